package vn.motcua.counter.testing;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.motcua.client.ApiException;
import vn.motcua.client.api.ApologyShare;
import vn.motcua.client.api.DossierApologyRequest;
import vn.motcua.client.api.DossierApplicant;
import vn.motcua.client.api.DossierDelivery;
import vn.motcua.client.api.DossierDocument;
import vn.motcua.client.api.DossierDocumentForm;
import vn.motcua.client.api.DossierDue;
import vn.motcua.client.api.DossierHandover;
import vn.motcua.client.api.DossierHandoverRequest;
import vn.motcua.client.api.DossierHistoryEntry;
import vn.motcua.client.api.DossierRefusalRequest;
import vn.motcua.client.api.DossierRequest;
import vn.motcua.client.api.DossierStatus;
import vn.motcua.client.api.DossierStatusChange;
import vn.motcua.client.api.DossierSupplementRequest;
import vn.motcua.client.api.DossierTimeliness;
import vn.motcua.client.api.DossierView;
import vn.motcua.client.api.ProcedureView;

/**
 * The server's dossiers for view tests ({@code DossierApi}): the one dossier last registered or looked up, every call
 * recorded, refusals on demand.
 */
public final class FakeDossierApi {

    public static final String CODE = "000.00.00.H00-261126-0001";
    public static final LocalDateTime DUE = LocalDateTime.of(2026, 12, 3, 17, 0);
    public static final ProcedureView BUSINESS = new ProcedureView(
            7,
            "1.001612",
            "Đăng ký thành lập hộ kinh doanh",
            null,
            3,
            List.of("Giấy đề nghị đăng ký hộ kinh doanh", "Bản sao CCCD của chủ hộ"),
            "100.000 đồng",
            true);

    public final List<String> calls = new ArrayList<>();
    public final List<DossierRequest> registered = new ArrayList<>();
    public final List<DossierStatusChange> changes = new ArrayList<>();
    public final List<DossierApologyRequest> apologies = new ArrayList<>();
    public final List<DossierSupplementRequest> supplements = new ArrayList<>();
    public List<DossierDue> due =
            List.of(new DossierDue(CODE, BUSINESS.name(), "Nguyễn Văn An", DossierStatus.PROCESSING, DUE, false));
    public ApologyShare share = new ApologyShare(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30), 40, 2, 1, 0);
    public final List<DossierRefusalRequest> refusals = new ArrayList<>();
    public final List<DossierHandover> handovers = new ArrayList<>();
    public final List<DossierHandoverRequest> handoverRequests = new ArrayList<>();
    public DossierView stored = dossier(DossierStatus.RECEIVED, null);
    /** Thrown by the next call, then forgotten. */
    public ApiException refusal;

    /** What the server would list as next; the fake's own table, just enough for the screens' tests. */
    private static final Map<DossierStatus, List<DossierStatus>> NEXT = Map.of(
            DossierStatus.RECEIVED,
                    List.of(
                            DossierStatus.PROCESSING,
                            DossierStatus.SUPPLEMENT_REQUESTED,
                            DossierStatus.FINANCIAL_OBLIGATION,
                            DossierStatus.WITHDRAWN,
                            DossierStatus.STOPPED,
                            DossierStatus.RESOLVED,
                            DossierStatus.REJECTED),
            DossierStatus.PROCESSING,
                    List.of(
                            DossierStatus.SUPPLEMENT_REQUESTED,
                            DossierStatus.FINANCIAL_OBLIGATION,
                            DossierStatus.WITHDRAWN,
                            DossierStatus.STOPPED,
                            DossierStatus.RESOLVED),
            DossierStatus.SUPPLEMENT_REQUESTED,
                    List.of(DossierStatus.PROCESSING, DossierStatus.WITHDRAWN, DossierStatus.STOPPED),
            DossierStatus.RESOLVED, List.of(DossierStatus.RETURNED));

    public static final LocalDate APOLOGY_LAST_DAY = LocalDate.of(2026, 12, 2);

    public static DossierView dossier(DossierStatus status, LocalDateTime rescheduled) {
        List<DossierStatus> next = NEXT.getOrDefault(status, List.of());
        boolean finished = status == DossierStatus.RESOLVED || next.isEmpty();
        return new DossierView(
                CODE,
                1,
                BUSINESS.id(),
                BUSINESS.name(),
                3,
                new DossierApplicant(
                        "Nguyễn Văn An", "001085012345", "12 Lê Lợi, Hoàn Kiếm, Hà Nội", "0912345678", null),
                List.of(new DossierDocument("Giấy đề nghị đăng ký hộ kinh doanh", DossierDocumentForm.ORIGINAL, 1)),
                DossierDelivery.COUNTER,
                null,
                status,
                status.nationalCode(),
                Instant.parse("2026-11-26T02:30:00Z"),
                DUE,
                rescheduled,
                DossierTimeliness.RUNNING,
                "https://example.vn/tra-cuu/" + CODE,
                List.of(new DossierHistoryEntry(
                        DossierStatus.RECEIVED,
                        2,
                        Instant.parse("2026-11-26T02:30:00Z"),
                        "Cán bộ Một",
                        "Tiếp nhận hồ sơ tại Bộ phận Một cửa")),
                next,
                rescheduled != null || finished ? null : APOLOGY_LAST_DAY);
    }

    public static ApiException refused(int status, String code) {
        return new ApiException(status, code, "English detail", null);
    }

    public static ApiException invalid(String field) {
        return new ApiException(
                400, "INVALID_FIELDS", "English detail", List.of(Map.of("field", field, "message", "x")));
    }

    private void refuseIfAsked() {
        ApiException pending = refusal;
        refusal = null;
        if (pending != null) {
            throw pending;
        }
    }

    public DossierView registerDossier(long officeId, DossierRequest request) {
        calls.add("register");
        refuseIfAsked();
        registered.add(request);
        return stored;
    }

    public DossierView dossier(long officeId, String code) {
        calls.add("dossier " + code);
        refuseIfAsked();
        return stored;
    }

    public DossierView changeDossierStatus(long officeId, String code, DossierStatusChange change) {
        calls.add("status " + change.status());
        refuseIfAsked();
        changes.add(change);
        stored = dossier(change.status(), stored.rescheduledDueAt());
        return stored;
    }

    public DossierView apologize(long officeId, String code, DossierApologyRequest apology) {
        calls.add("apology");
        refuseIfAsked();
        apologies.add(apology);
        stored = dossier(stored.status(), apology.newDueDate().atTime(17, 0));
        return stored;
    }

    public DossierView requestSupplement(long officeId, String code, DossierSupplementRequest request) {
        calls.add("supplement");
        refuseIfAsked();
        supplements.add(request);
        stored = dossier(DossierStatus.SUPPLEMENT_REQUESTED, stored.rescheduledDueAt());
        return stored;
    }

    public DossierView refuseDossier(long officeId, String code, DossierRefusalRequest request) {
        calls.add("refusal");
        refuseIfAsked();
        refusals.add(request);
        stored = dossier(DossierStatus.REJECTED, stored.rescheduledDueAt());
        return stored;
    }

    public List<DossierDue> dossiersDueSoon(long officeId) {
        calls.add("dueSoon");
        refuseIfAsked();
        return due;
    }

    public ApologyShare apologyShare(long officeId, LocalDate from, LocalDate to) {
        calls.add("share " + from + " " + to);
        refuseIfAsked();
        return share;
    }

    public List<DossierHandover> handovers(long officeId, String code) {
        calls.add("handovers");
        return List.copyOf(handovers);
    }

    /** Like the server: the giver is the latest receiver, or the desk and the receiving clerk; no time is now. */
    public List<DossierHandover> recordHandover(long officeId, String code, DossierHandoverRequest request) {
        calls.add("handover");
        refuseIfAsked();
        handoverRequests.add(request);
        DossierHandover last = handovers.isEmpty() ? null : handovers.getLast();
        handovers.add(new DossierHandover(
                request.at() == null ? Instant.now() : request.at(),
                last == null ? "Bộ phận Một cửa" : last.toUnit(),
                last == null ? "Cán bộ Một" : last.toOfficer(),
                request.toUnit(),
                request.toOfficer(),
                request.note(),
                "Cán bộ Một"));
        return List.copyOf(handovers);
    }
}
