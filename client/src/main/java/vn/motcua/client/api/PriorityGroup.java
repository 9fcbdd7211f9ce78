package vn.motcua.client.api;

/** Citizens whom the law asks the one-stop department to serve first. */
public enum PriorityGroup {
    ELDERLY,
    DISABLED,
    PREGNANT,
    MERITORIOUS_SERVICE,
    CHILD_CARER
}
