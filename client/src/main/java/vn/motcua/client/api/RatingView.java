package vn.motcua.client.api;

import java.time.Instant;
import java.util.List;

/** A stored rating, with the ticket, counter, clerk, service area and office it belongs to. */
public record RatingView(
        long id,
        String ticketId,
        String ticketCode,
        long officeId,
        long counterId,
        Long clerkId,
        long areaId,
        RatingLevel level,
        List<String> reasons,
        String comment,
        Instant at) {}
