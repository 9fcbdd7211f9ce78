package vn.motcua.client.api;

import java.util.List;

/** An administrative procedure (thủ tục hành chính) an office receives dossiers for. */
public record ProcedureView(
        long id,
        String code,
        String name,
        Long areaId,
        int processingDays,
        List<String> requiredDocuments,
        String fee,
        boolean active) {}
