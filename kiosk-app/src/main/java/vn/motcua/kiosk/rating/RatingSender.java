package vn.motcua.kiosk.rating;

/** Hands a rating to the server; throws ApiException, UNREACHABLE and ALREADY_RATED included. */
interface RatingSender {

    void send(Rating rating);
}
