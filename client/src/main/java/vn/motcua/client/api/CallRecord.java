package vn.motcua.client.api;

import java.time.Instant;

/** One line of the hall display board: which number was called to which counter, and when. */
public record CallRecord(String ticketId, String code, long counterId, String counterName, long areaId, Instant at) {}
