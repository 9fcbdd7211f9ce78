package vn.motcua.kiosk.rating;

/** The three answers the tablet offers, as the server's rating endpoint is proposed to take them. */
enum SatisfactionLevel {
    VERY_SATISFIED, SATISFIED, DISSATISFIED
}
