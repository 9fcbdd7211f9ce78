package vn.motcua.kiosk.rating;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import vn.motcua.client.ApiException;
import vn.motcua.client.api.RatingRequest;
import vn.motcua.client.api.RatingView;

/**
 * Keeps the ratings that reach it ({@code RatingApi}); the failures queued first are thrown, one per attempt, before
 * anything is kept.
 */
final class FakeRatingApi {

    final List<RatingRequest> saved = new ArrayList<>();
    final Deque<ApiException> failures = new ArrayDeque<>();
    int attempts;

    public RatingView rate(long officeId, RatingRequest rating) {
        attempts++;
        if (!failures.isEmpty()) {
            throw failures.removeFirst();
        }
        saved.add(rating);
        return null;
    }

    static ApiException unreachable() {
        return new ApiException(0, "UNREACHABLE", "The server cannot be reached", null);
    }

    static ApiException alreadyRated() {
        return new ApiException(409, "ALREADY_RATED", "This ticket has already been rated", null);
    }
}
