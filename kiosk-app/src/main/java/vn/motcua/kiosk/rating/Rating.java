package vn.motcua.kiosk.rating;

import java.util.Set;
import vn.motcua.client.api.RatingLevel;

/** One citizen's rating of the service of one ticket; reasons and comment only when dissatisfied. */
record Rating(String ticketId, RatingLevel level, Set<DissatisfactionReason> reasons, String comment) {}
