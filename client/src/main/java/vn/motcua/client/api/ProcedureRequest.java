package vn.motcua.client.api;

import java.util.List;

/** A new procedure or the new content of one; {@code areaId} and {@code fee} may be null. */
public record ProcedureRequest(
        String code,
        String name,
        Long areaId,
        int processingDays,
        List<String> requiredDocuments,
        String fee,
        boolean active) {}
