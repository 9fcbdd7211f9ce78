package vn.motcua.kiosk.rating;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import vn.motcua.client.ApiException;
import vn.motcua.client.RatingApi;
import vn.motcua.client.api.RatingRequest;
import vn.motcua.client.api.RatingSummary;
import vn.motcua.client.api.RatingView;

/** Keeps what reaches it; the failures queued first are thrown, one per attempt, before anything is kept. */
final class FakeRatingApi implements RatingApi {

    final List<RatingRequest> saved = new ArrayList<>();
    final Deque<ApiException> failures = new ArrayDeque<>();
    int attempts;

    @Override
    public RatingView rate(long officeId, RatingRequest rating) {
        attempts++;
        if (!failures.isEmpty()) {
            throw failures.removeFirst();
        }
        saved.add(rating);
        return null;
    }

    @Override
    public List<RatingView> ratings(
            long officeId, LocalDate from, LocalDate to, Long areaId, Long counterId, Long clerkId) {
        throw new UnsupportedOperationException("a tablet reads no ratings");
    }

    @Override
    public RatingSummary ratingSummary(
            long officeId, LocalDate from, LocalDate to, Long areaId, Long counterId, Long clerkId) {
        throw new UnsupportedOperationException("a tablet reads no ratings");
    }

    static ApiException unreachable() {
        return new ApiException(0, "UNREACHABLE", "The server cannot be reached", null);
    }

    static ApiException alreadyRated() {
        return new ApiException(409, "ALREADY_RATED", "This ticket has already been rated", null);
    }
}
