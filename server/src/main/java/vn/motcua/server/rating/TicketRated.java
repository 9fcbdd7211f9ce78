package vn.motcua.server.rating;

import vn.motcua.client.api.RatingLevel;

/**
 * A served ticket got its citizen's rating; published in the rating's transaction, so a synchronous listener's writes
 * commit (or roll back) with the rating.
 */
public record TicketRated(long officeId, String ticketId, RatingLevel level) {}
