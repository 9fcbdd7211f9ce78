package vn.motcua.kiosk.testing;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.motcua.client.ApiException;
import vn.motcua.client.api.DossierPublicView;
import vn.motcua.client.api.DossierStatus;

/** Finds one dossier, or fails as the test tells it to; keeps every question it was asked ({@code DossierApi}). */
public final class FakeDossierApi {

    public record Question(String how, String code, String key) {}

    public static final DossierPublicView DOSSIER = new DossierPublicView(
            "000.00.00.H00-261126-0007",
            "Đăng ký khai sinh",
            "Nguyễn T. H.",
            DossierStatus.PROCESSING,
            4,
            "Đang xử lý",
            LocalDateTime.of(2026, 12, 3, 16, 30),
            "Hồ sơ đang được giải quyết. Mời ông/bà nhận kết quả theo ngày hẹn.",
            1);

    public final List<Question> questions = new ArrayList<>();
    public ApiException failure;
    public Locale lastLanguage;

    public DossierPublicView publicDossier(String code, String lookupToken, String languageTag) {
        lastLanguage = Locale.forLanguageTag(languageTag);
        return answer(new Question("receipt", code, lookupToken));
    }

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
}
