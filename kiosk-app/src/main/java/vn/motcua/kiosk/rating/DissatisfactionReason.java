package vn.motcua.kiosk.rating;

/** Why a citizen was not satisfied: the common complaints, so that nobody has to type them. */
enum DissatisfactionReason {
    LONG_WAIT,
    ATTITUDE,
    UNCLEAR_GUIDANCE,
    EXTRA_DOCUMENTS,
    OTHER
}
