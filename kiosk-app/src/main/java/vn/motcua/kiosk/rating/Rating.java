package vn.motcua.kiosk.rating;

import java.util.List;
import java.util.Set;
import vn.motcua.client.api.RatingLevel;
import vn.motcua.client.api.RatingRequest;

/** One citizen's rating of the service of one ticket; reasons and comment only when dissatisfied. */
record Rating(String ticketId, RatingLevel level, Set<DissatisfactionReason> reasons, String comment) {

    /** The rating as the server takes it. */
    RatingRequest request() {
        // the enum names are the stable reason codes the reports count by, so they go as they are
        List<String> codes = reasons.stream().sorted().map(Enum::name).toList();
        return new RatingRequest(ticketId, level, codes, comment);
    }
}
