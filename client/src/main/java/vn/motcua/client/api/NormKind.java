package vn.motcua.client.api;

/** Which norm a breach broke; waiting, service and idle values are minutes, queue length is tickets. */
public enum NormKind {
    WAITING_TIME,
    SERVICE_TIME,
    QUEUE_LENGTH,
    IDLE_COUNTER
}
