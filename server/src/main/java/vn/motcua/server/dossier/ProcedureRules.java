package vn.motcua.server.dossier;

import java.util.ArrayList;
import java.util.List;
import vn.motcua.client.api.ProcedureRequest;
import vn.motcua.server.office.Office;

/**
 * What makes a procedure acceptable, shared by the form and the CSV import so both refuse the same things.
 * Answers the problems found and a normalised copy (blank fee and missing lists made empty).
 */
final class ProcedureRules {

    record Problem(String field, String message) {}

    record Checked(ProcedureRequest procedure, List<Problem> problems) {}

    private ProcedureRules() {}

    static Checked check(ProcedureRequest p, Office office) {
        List<Problem> problems = new ArrayList<>();
        String code = p.code() == null ? "" : p.code().strip();
        String name = p.name() == null ? "" : p.name().strip();
        if (code.isEmpty() || code.length() > 100) {
            problems.add(new Problem("code", "code is required, at most 100 characters"));
        }
        if (name.isEmpty() || name.length() > 1000) {
            problems.add(new Problem("name", "name is required, at most 1000 characters"));
        }
        if (p.processingDays() < 0 || p.processingDays() > 365) {
            problems.add(new Problem("processingDays", "processingDays must be between 0 and 365"));
        }
        if (p.areaId() != null && office.area(p.areaId()).isEmpty()) {
            problems.add(new Problem("areaId", "no service area " + p.areaId() + " in this office"));
        }
        List<String> documents = p.requiredDocuments() == null
                ? List.of()
                : p.requiredDocuments().stream()
                        .map(d -> d == null ? "" : d.strip())
                        .toList();
        if (documents.stream().anyMatch(String::isEmpty)) {
            problems.add(new Problem("requiredDocuments", "a required document has no name"));
        }
        String fee = p.fee() == null ? "" : p.fee().strip();
        return new Checked(
                new ProcedureRequest(code, name, p.areaId(), p.processingDays(), documents, fee, p.active()), problems);
    }
}
