package vn.motcua.client.api;

import java.time.Instant;

/**
 * One breach of a service norm, from when it started to when its condition cleared ({@code endedAt} null while it
 * lasts). It names what it concerns: the ticket (waiting and service time, with its area), the counter (idle) or
 * nothing more than the office (queue length). {@code worst} is the largest value seen, against {@code limit}.
 */
public record NormBreach(
        long id,
        long officeId,
        NormKind kind,
        Long areaId,
        Long counterId,
        String ticketId,
        String ticketCode,
        int limit,
        int worst,
        Instant startedAt,
        Instant endedAt) {

    public boolean open() {
        return endedAt == null;
    }
}
