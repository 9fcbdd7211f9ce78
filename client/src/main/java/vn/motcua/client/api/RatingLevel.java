package vn.motcua.client.api;

/** The three levels of the official satisfaction reports. */
public enum RatingLevel {
    VERY_SATISFIED,
    SATISFIED,
    DISSATISFIED
}
