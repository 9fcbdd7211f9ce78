package vn.motcua.client.api;

/** Which of an office's feedback the heads' list shows: the open ones, the answered ones, or both. */
public enum FeedbackState {
    OPEN,
    ANSWERED,
    ALL
}
