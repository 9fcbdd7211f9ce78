package vn.motcua.kiosk.testing;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.motcua.client.ApiException;
import vn.motcua.client.DossierApi;
import vn.motcua.client.api.ApologyShare;
import vn.motcua.client.api.DossierApologyRequest;
import vn.motcua.client.api.DossierDue;
import vn.motcua.client.api.DossierHandover;
import vn.motcua.client.api.DossierHandoverRequest;
import vn.motcua.client.api.DossierPublicView;
import vn.motcua.client.api.DossierRefusalRequest;
import vn.motcua.client.api.DossierRequest;
import vn.motcua.client.api.DossierStatus;
import vn.motcua.client.api.DossierStatusChange;
import vn.motcua.client.api.DossierSupplementRequest;
import vn.motcua.client.api.DossierView;

/** Finds one dossier, or fails as the test tells it to; keeps every question it was asked. */
public final class FakeDossierApi implements DossierApi {

    public record Question(String how, String code, String key) {}

    public static final DossierPublicView DOSSIER = new DossierPublicView(
            "000.00.00.H00-261126-0007",
            "Đăng ký khai sinh",
            "Nguyễn T. H.",
            DossierStatus.PROCESSING,
            4,
            "Đang xử lý",
            LocalDateTime.of(2026, 12, 3, 16, 30),
            "Hồ sơ đang được giải quyết. Mời ông/bà nhận kết quả theo ngày hẹn.");

    public final List<Question> questions = new ArrayList<>();
    public ApiException failure;
    public Locale lastLanguage;

    @Override
    public DossierPublicView publicDossier(String code, String lookupToken, String languageTag) {
        lastLanguage = Locale.forLanguageTag(languageTag);
        return answer(new Question("receipt", code, lookupToken));
    }

    @Override
    public DossierPublicView dossierAtKiosk(long officeId, String code, String phoneLast4, String languageTag) {
        lastLanguage = Locale.forLanguageTag(languageTag);
        return answer(new Question("phone", code, phoneLast4));
    }

    private DossierPublicView answer(Question question) {
        questions.add(question);
        if (failure != null) {
            throw failure;
        }
        return DOSSIER;
    }

    @Override
    public DossierView registerDossier(long officeId, DossierRequest dossier) {
        throw new UnsupportedOperationException("dossiers are received at a counter");
    }

    @Override
    public DossierView dossier(long officeId, String code) {
        throw new UnsupportedOperationException("a kiosk sees the public status only");
    }

    @Override
    public DossierView changeDossierStatus(long officeId, String code, DossierStatusChange change) {
        throw new UnsupportedOperationException("dossiers are handled at a counter");
    }

    @Override
    public DossierView apologize(long officeId, String code, DossierApologyRequest apology) {
        throw new UnsupportedOperationException("dossiers are handled at a counter");
    }

    @Override
    public DossierView requestSupplement(long officeId, String code, DossierSupplementRequest request) {
        throw new UnsupportedOperationException("dossiers are handled at a counter");
    }

    @Override
    public DossierView refuseDossier(long officeId, String code, DossierRefusalRequest request) {
        throw new UnsupportedOperationException("dossiers are handled at a counter");
    }

    @Override
    public List<DossierHandover> recordHandover(long officeId, String code, DossierHandoverRequest handover) {
        throw new UnsupportedOperationException("dossiers are handled at a counter");
    }

    @Override
    public List<DossierHandover> handovers(long officeId, String code) {
        throw new UnsupportedOperationException("a kiosk sees the public status only");
    }

    @Override
    public List<DossierDue> dossiersDueSoon(long officeId) {
        throw new UnsupportedOperationException("a kiosk sees the public status only");
    }

    @Override
    public ApologyShare apologyShare(long officeId, LocalDate from, LocalDate to) {
        throw new UnsupportedOperationException("a kiosk sees the public status only");
    }
}
