package vn.motcua.server.norm;

import vn.motcua.client.api.NormKind;

/**
 * A norm broken right now, as one check sees it: {@code subject} names what it concerns ("ticket:…", "counter:…" or
 * "office") so that a lasting breach is matched across checks; {@code value} is the minutes or tickets now.
 */
record Found(
        NormKind kind,
        String subject,
        Long areaId,
        Long counterId,
        String ticketId,
        String ticketCode,
        int limit,
        int value) {}
