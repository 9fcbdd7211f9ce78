package vn.motcua.kiosk.rating;

/**
 * Hands a rating to the server. No implementation exists yet because the server has no rating endpoint; the
 * one to come calls MotcuaClient once (POST /api/v1/offices/{o}/ratings). Until a bean implements it, the
 * tablet asks and thanks but sends nothing.
 */
interface RatingSender {

    void send(Rating rating);
}
