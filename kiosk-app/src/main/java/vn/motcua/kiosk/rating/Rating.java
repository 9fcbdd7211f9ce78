package vn.motcua.kiosk.rating;

import java.util.Set;

/** One citizen's rating of the service of one ticket; reasons and comment only when dissatisfied. */
record Rating(String ticketId, SatisfactionLevel level, Set<DissatisfactionReason> reasons, String comment) {
}
