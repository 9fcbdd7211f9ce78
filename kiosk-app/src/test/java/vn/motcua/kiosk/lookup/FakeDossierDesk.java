package vn.motcua.kiosk.lookup;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.motcua.client.ApiException;
import vn.motcua.client.api.DossierPublicView;
import vn.motcua.client.api.DossierStatus;

/** Finds one dossier, or fails as the test tells it to; keeps every question it was asked. */
final class FakeDossierDesk implements DossierDesk {

    record Question(String how, String code, String key) {}

    static final DossierPublicView DOSSIER = new DossierPublicView(
            "000.00.00.H00-261126-0007",
            "Đăng ký khai sinh",
            "Nguyễn T. H.",
            DossierStatus.PROCESSING,
            4,
            "Đang xử lý",
            LocalDateTime.of(2026, 12, 3, 16, 30),
            "Hồ sơ đang được giải quyết. Mời ông/bà nhận kết quả theo ngày hẹn.");

    final List<Question> questions = new ArrayList<>();
    ApiException failure;
    Locale lastLanguage;

    @Override
    public DossierPublicView byReceipt(String code, String token, Locale language) {
        lastLanguage = language;
        return answer(new Question("receipt", code, token));
    }

    @Override
    public DossierPublicView byPhone(String code, String phoneLast4, Locale language) {
        lastLanguage = language;
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
