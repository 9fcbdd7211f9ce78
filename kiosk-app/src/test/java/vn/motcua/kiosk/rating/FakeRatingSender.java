package vn.motcua.kiosk.rating;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import vn.motcua.client.ApiException;

/** Keeps what reaches it; the failures queued first are thrown, one per attempt, before anything is kept. */
final class FakeRatingSender implements RatingSender {

    final List<Rating> saved = new ArrayList<>();
    final Deque<ApiException> failures = new ArrayDeque<>();
    int attempts;

    @Override
    public void send(Rating rating) {
        attempts++;
        if (!failures.isEmpty()) {
            throw failures.removeFirst();
        }
        saved.add(rating);
    }

    static ApiException unreachable() {
        return new ApiException(0, "UNREACHABLE", "The server cannot be reached", null);
    }

    static ApiException alreadyRated() {
        return new ApiException(409, "ALREADY_RATED", "This ticket has already been rated", null);
    }
}
