package vn.motcua.client.api;

/** What the feedback is about, as the public form offers it. */
public enum FeedbackCategory {
    STAFF_CONDUCT,
    WAITING,
    PROCEDURE,
    LATE_RESULT,
    FACILITIES,
    SUGGESTION,
    OTHER
}
