package vn.motcua.client.api;

/** Where the feedback was filed: taken from who filed it, never from the request's body. */
public enum FeedbackChannel {
    WEB,
    KIOSK,
    COUNTER
}
