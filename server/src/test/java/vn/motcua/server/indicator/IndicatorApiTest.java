package vn.motcua.server.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.util.HtmlUtils;
import vn.motcua.client.ApiException;
import vn.motcua.client.MotcuaClient;
import vn.motcua.client.api.DossierRequest;
import vn.motcua.client.api.DossierStatus;
import vn.motcua.client.api.DossierStatusChange;
import vn.motcua.client.api.DossierView;
import vn.motcua.client.api.FeedbackCategory;
import vn.motcua.client.api.FeedbackRequest;
import vn.motcua.client.api.IndicatorDossier;
import vn.motcua.client.api.IndicatorInput;
import vn.motcua.client.api.IndicatorLevel;
import vn.motcua.client.api.IndicatorReport;
import vn.motcua.client.api.IndicatorRow;
import vn.motcua.client.api.IndicatorValue;
import vn.motcua.client.api.RatingLevel;
import vn.motcua.client.api.RatingRequest;
import vn.motcua.client.api.Role;
import vn.motcua.server.Fixtures;
import vn.motcua.server.IntegrationTest;
import vn.motcua.server.TestClock;
import vn.motcua.server.dossier.DossierTestKit;

/**
 * June 2026 at an office open 07:30–17:00 on weekdays: four dossiers received Monday the 1st at 09:00, due Wednesday
 * the 3rd at 17:00. A and B resolved Tuesday at 10:00 (10.5 working hours each), C resolved Friday at 10:00 (39
 * working hours, late), D still open on the 10th (late). A was received on a ticket rated "not satisfied".
 *
 * <p>By hand: 2.1 = 2 / 4 = 50 %; 2.2 = (10.5 + 10.5 + 39) / 3 = 20 h; 5.4 = 100 − (50 + 25) = 25 %, 25 × 6 / 90 =
 * 1.67 points; one rating, not satisfied: 100 %.
 */
@IntegrationTest
class IndicatorApiTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    DossierTestKit office;
    MotcuaClient head;
    DossierView a;
    DossierView b;
    DossierView c;
    DossierView d;

    @BeforeEach
    void juneOfOneOffice() {
        office = new DossierTestKit(fixtures, jdbc);
        head = office.head();
        var procedure = office.procedure(2);
        TestClock.pin(Instant.parse("2026-06-01T02:00:00Z"));
        String ticket = servedTicket();
        var withTicket = DossierTestKit.dossier(procedure);
        a = office.clerk
                .dossiers()
                .registerDossier(
                        office.id(),
                        new DossierRequest(
                                withTicket.procedureId(),
                                withTicket.applicant(),
                                withTicket.documents(),
                                withTicket.delivery(),
                                ticket));
        b = office.clerk.dossiers().registerDossier(office.id(), DossierTestKit.dossier(procedure));
        c = office.clerk.dossiers().registerDossier(office.id(), DossierTestKit.dossier(procedure));
        d = office.clerk.dossiers().registerDossier(office.id(), DossierTestKit.dossier(procedure));
        fixtures.device(office.id(), Role.RATING_TABLET, counter())
                .ratings()
                .rate(office.id(), new RatingRequest(ticket, RatingLevel.DISSATISFIED, null, null));
        TestClock.pin(Instant.parse("2026-06-02T03:00:00Z"));
        resolve(a);
        resolve(b);
        TestClock.pin(Instant.parse("2026-06-05T03:00:00Z"));
        resolve(c);
        TestClock.pin(Instant.parse("2026-06-10T03:00:00Z"));
    }

    @AfterEach
    void releaseClock() {
        TestClock.release();
    }

    @Test
    void the_office_month_gives_each_indicator_by_its_formula_with_its_inputs_and_band() {
        IndicatorReport report = head.reports().indicators(List.of(office.id()), "2026-06");

        assertThat(report.period()).isEqualTo("2026-06");
        IndicatorRow row = only(report, IndicatorLevel.OFFICE);
        Map<String, IndicatorValue> values = byCode(row);
        assertThat(values.get("2.1").value()).isEqualTo(50.0);
        assertThat(values.get("2.1").inputs())
                .extracting(IndicatorInput::key, IndicatorInput::value)
                .containsExactly(tuple("onTime", 2.0), tuple("handled", 4.0));
        assertThat(values.get("2.2").value()).isEqualTo(20.0);
        assertThat(values.get("2.2").inputs())
                .extracting(IndicatorInput::key, IndicatorInput::value)
                .containsExactly(tuple("handlingHours", 60.0), tuple("completed", 3.0));
        assertThat(values.get("5.4").value()).isEqualTo(25.0);
        assertThat(values.get("5.4").points()).isEqualTo(1.67);
        assertThat(values.get("5.4").maxPoints()).isEqualTo(6.0);
        assertThat(values.get("HL.3").value()).isEqualTo(100.0);
        assertThat(values.get("HL.1").value()).isEqualTo(0.0);
        // the office's one area holds all of it; no province row for a single office
        assertThat(byCode(only(report, IndicatorLevel.AREA)).get("2.1").value()).isEqualTo(50.0);
        assertThat(report.rows()).noneMatch(r -> r.level() == IndicatorLevel.PROVINCE);
        assertThat(report.definitions()).anySatisfy(def -> {
            assertThat(def.code()).isEqualTo("5.4");
            assertThat(def.formula()).startsWith("100% − (Tỷ lệ hồ sơ giải quyết quá hạn");
            assertThat(def.band()).contains("90%");
        });
        assertThat(report.unavailable())
                .extracting(u -> u.code())
                .contains("3.3", "4.2", "4.3", "5.1")
                .doesNotContain("2.1", "5.4");
        assertThat(report.unavailable()).allSatisfy(u -> assertThat(u.reason()).isNotBlank());
    }

    @Test
    void the_dossiers_behind_a_low_indicator_are_the_late_ones_for_2_1_and_also_the_disliked_for_5_4() {
        List<IndicatorDossier> late = head.reports().indicatorDossiers(List.of(office.id()), "2026-06", "2.1");
        List<IndicatorDossier> unhappy = head.reports().indicatorDossiers(List.of(office.id()), "2026-06", "5.4");

        assertThat(late).extracting(IndicatorDossier::code).containsExactlyInAnyOrder(c.code(), d.code());
        assertThat(late)
                .filteredOn(x -> x.code().equals(d.code()))
                .singleElement()
                .satisfies(x -> assertThat(x.endedAt()).isNull());
        assertThat(unhappy)
                .extracting(IndicatorDossier::code, IndicatorDossier::late, IndicatorDossier::dissatisfied)
                .containsExactlyInAnyOrder(
                        tuple(a.code(), false, true), tuple(c.code(), true, false), tuple(d.code(), true, false));
    }

    @Test
    void a_dossier_named_by_a_feedback_counts_in_5_4_like_one_rated_not_satisfied() {
        // as typed at a kiosk: lower case, spaces around; a ticket number and an unknown code name no dossier
        office.clerk
                .feedback()
                .fileFeedback(office.id(), feedbackAbout(" " + b.code().toLowerCase(Locale.ROOT) + " "));
        office.clerk.feedback().fileFeedback(office.id(), feedbackAbout("A023"));
        office.clerk.feedback().fileFeedback(office.id(), feedbackAbout(b.code() + "9"));

        IndicatorValue satisfaction = byCode(
                        only(head.reports().indicators(List.of(office.id()), "2026-06"), IndicatorLevel.OFFICE))
                .get("5.4");
        // 100 − (2 late of 4 + 2 of 4 with a dislike (A) or a feedback (B)) = 0
        assertThat(satisfaction.value()).isEqualTo(0.0);
        assertThat(satisfaction.inputs())
                .extracting(IndicatorInput::key, IndicatorInput::value)
                .contains(tuple("dissatisfied", 2.0));
        assertThat(head.reports().indicatorDossiers(List.of(office.id()), "2026-06", "5.4"))
                .extracting(IndicatorDossier::code, IndicatorDossier::dissatisfied)
                .contains(tuple(b.code(), true));
    }

    private static FeedbackRequest feedbackAbout(String subject) {
        return new FeedbackRequest(
                FeedbackCategory.LATE_RESULT,
                "Hồ sơ của tôi chưa được trả kết quả như giấy hẹn.",
                null,
                null,
                null,
                false,
                subject);
    }

    @Test
    void a_month_before_anything_was_received_has_no_values_rather_than_zeros() {
        IndicatorRow row = only(head.reports().indicators(List.of(office.id()), "2026-05"), IndicatorLevel.OFFICE);

        assertThat(row.values()).allSatisfy(v -> assertThat(v.value()).isNull());
    }

    @Test
    void a_head_of_two_offices_sees_them_side_by_side_ranked_with_the_province_and_agencies() {
        DossierTestKit other = new DossierTestKit(fixtures, jdbc);
        MotcuaClient provincial = headOf(office.id(), other.id());

        IndicatorReport report = provincial.reports().indicators(null, "2026-Q2");

        assertThat(report.rows())
                .filteredOn(r -> r.level() == IndicatorLevel.OFFICE)
                .extracting(IndicatorRow::officeId, IndicatorRow::rank)
                .containsExactly(tuple(office.id(), 1), tuple(other.id(), 2));
        assertThat(byCode(only(report, IndicatorLevel.PROVINCE)).get("2.1").value())
                .isEqualTo(50.0);
        assertThat(report.rows())
                .filteredOn(r -> r.level() == IndicatorLevel.AGENCY)
                .hasSize(2);
    }

    @Test
    void the_table_exports_as_xlsx_and_csv_with_the_same_figures() throws Exception {
        byte[] xlsx = head.files().indicatorsFile(List.of(office.id()), "2026-06", "xlsx");
        String csv =
                new String(head.files().indicatorsFile(List.of(office.id()), "2026-06", "csv"), StandardCharsets.UTF_8);

        try (var book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(book.getSheetAt(0).getSheetName()).isEqualTo("Chỉ số");
            var header = book.getSheetAt(0).getRow(1);
            assertThat(header.getCell(5).getStringCellValue()).isEqualTo("Giá trị");
            var line = book.getSheetAt(0).getRow(2);
            assertThat(line.getCell(3).getStringCellValue()).isEqualTo("2.1");
            assertThat(line.getCell(5).getNumericCellValue()).isEqualTo(50.0);
            assertThat(book.getSheet("Chưa tính được").getRow(1).getCell(0).getStringCellValue())
                    .isEqualTo("1.1");
        }
        assertThat(csv)
                .startsWith("\uFEFFCấp,Đơn vị,Xếp hạng,Mã chỉ số")
                .contains(",5.4,\"5.4 Tỷ lệ hài lòng trong tiếp nhận, giải quyết TTHC\",25.0,%,");
    }

    @Test
    void the_table_prints_as_pdf_with_a_line_per_unit_the_formulas_and_what_cannot_be_computed() throws Exception {
        String text = DossierTestKit.pdfText(head.files().indicatorsFile(List.of(office.id()), "2026-06", "pdf"));

        assertThat(text)
                .contains("CHỈ SỐ ĐÁNH GIÁ VIỆC GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH THEO QUYẾT ĐỊNH 766/QĐ-TTg")
                .contains("Kỳ báo cáo: 2026-06")
                .contains("Lập lúc 10/06/2026 10:00")
                .contains("Đơn vị: " + officeName() + " 50 % 20 giờ làm việc 25 % 1,67/6 điểm 0 % 0 % 100 %")
                .contains("Lĩnh vực: Lĩnh vực A 50 % 20 giờ làm việc 25 % 1,67/6 điểm 0 % 0 % 100 %")
                .contains("2. Công thức và thang điểm")
                .contains("100% − (Tỷ lệ hồ sơ giải quyết quá hạn")
                .contains("3. Chỉ số hệ thống chưa tính được")
                .contains("1.1 Tỷ lệ TTHC công bố đúng hạn");
        assertThat(DossierTestKit.pdfText(head.files().indicatorsFile(List.of(office.id()), "2026-05", "pdf")))
                .as("a month before anything was received")
                .contains("Không có số liệu");
    }

    @Test
    void only_a_head_of_every_office_asked_for_may_read_its_indicators() {
        DossierTestKit other = new DossierTestKit(fixtures, jdbc);
        MotcuaClient clerk = office.clerk;
        MotcuaClient otherHead = other.head();
        MotcuaClient kiosk = fixtures.device(office.id(), Role.KIOSK, null);

        assertThatThrownBy(() -> clerk.reports().indicators(List.of(office.id()), "2026-06"))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.status()).isEqualTo(403));
        assertThatThrownBy(() -> clerk.reports().indicators(null, "2026-06"))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.status()).isEqualTo(403));
        assertThatThrownBy(() -> otherHead.reports().indicators(List.of(office.id(), other.id()), "2026-06"))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.status()).isEqualTo(403));
        assertThatThrownBy(() -> otherHead.files().indicatorsFile(List.of(office.id()), "2026-06", "xlsx"))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.status()).isEqualTo(403));
        assertThatThrownBy(() -> otherHead.files().indicatorsFile(List.of(office.id()), "2026-06", "pdf"))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.status()).isEqualTo(403));
        assertThatThrownBy(() -> clerk.files().indicatorsFile(null, "2026-06", "pdf"))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.status()).isEqualTo(403));
        assertThatThrownBy(() -> fixtures.client().files().indicatorsFile(List.of(office.id()), "2026-06", "pdf"))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.status()).isEqualTo(401));
        assertThatThrownBy(() -> otherHead.reports().indicatorDossiers(List.of(office.id()), "2026-06", "2.1"))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.status()).isEqualTo(403));
        assertThatThrownBy(() -> kiosk.reports().indicators(null, null))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.status()).isEqualTo(403));
        assertThatThrownBy(() -> fixtures.client().reports().indicators(List.of(office.id()), "2026-06"))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.status()).isEqualTo(401));
    }

    @Test
    void a_period_or_indicator_written_wrong_is_a_problem_naming_the_field() {
        for (String period : List.of("2026-Q5", "2026-13", "Q3", "2026-06-01")) {
            assertThatThrownBy(() -> head.reports().indicators(List.of(office.id()), period))
                    .isInstanceOfSatisfying(ApiException.class, e -> {
                        assertThat(e.status()).isEqualTo(400);
                        assertThat(e.fieldErrors())
                                .extracting(f -> f.get("field"))
                                .containsExactly("period");
                    });
        }
        assertThatThrownBy(() -> head.reports().indicatorDossiers(List.of(office.id()), "2026-06", "9.9"))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.fieldErrors()).extracting(f -> f.get("field")).containsExactly("indicator");
                });
    }

    @Test
    void the_public_satisfaction_page_shows_the_last_months_ratings_and_5_4_without_sign_in_or_personal_data()
            throws Exception {
        TestClock.pin(Instant.parse("2026-07-02T03:00:00Z"));

        HttpResponse<String> vi = publicPage(office.id() + "/hai-long");
        HttpResponse<String> en = publicPage(office.id() + "/hai-long?month=2026-06&lang=en");

        assertThat(vi.statusCode()).isEqualTo(200);
        assertThat(vi.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        String page = text(vi.body());
        assertThat(page)
                .contains("Kết quả đánh giá mức độ hài lòng của người dân, doanh nghiệp")
                .contains("tháng 06/2026")
                .contains("Rất hài lòng 0 0 %")
                .contains("Hài lòng 0 0 %")
                .contains("Không hài lòng 1 100 %")
                .contains("Tổng số phiếu đánh giá 1")
                .contains("5.4 Tỷ lệ hài lòng trong tiếp nhận, giải quyết TTHC 25 % 1,67/6 điểm")
                .contains("Hồ sơ tiếp nhận, giải quyết trong kỳ 4")
                .contains("Hồ sơ quá hạn 2")
                .contains("Hồ sơ có phản ánh, kiến nghị hoặc đánh giá Không hài lòng 1")
                .contains("English");
        assertThat(vi.body()).contains("href='/cong-khai/" + office.id() + "/hai-long?month=2026-06&amp;lang=en'");
        assertThat(en.statusCode()).isEqualTo(200);
        assertThat(text(en.body()))
                .contains("Citizens' satisfaction results")
                .contains("Not satisfied 1 100 %")
                .contains("25 % 1.67 of 6 points")
                .contains("Overdue dossiers 2")
                .contains("Tiếng Việt");
        for (String body : List.of(vi.body(), en.body())) {
            assertThat(body)
                    .doesNotContain(a.code(), b.code(), c.code(), d.code())
                    .doesNotContain(
                            a.applicant().name(),
                            a.applicant().idNumber(),
                            a.applicant().phone())
                    .doesNotContain(office.clerk.token().displayName())
                    .doesNotContain("A001");
        }
    }

    @Test
    void the_public_satisfaction_page_refuses_an_unknown_office_and_a_month_written_wrong_or_not_over_with_a_page() {
        TestClock.pin(Instant.parse("2026-07-02T03:00:00Z"));
        long id = office.id();

        assertThat(List.of(
                        "999999999/hai-long",
                        "abc/hai-long",
                        "99999999999999999999/hai-long",
                        id + "/hai-long?month=2026-13",
                        id + "/hai-long?month=2026-6",
                        id + "/hai-long?month=juni",
                        id + "/hai-long?month=2026-07",
                        id + "/hai-long?month=2027-01&lang=en"))
                .allSatisfy(path -> {
                    HttpResponse<String> response = publicPage(path);
                    assertThat(response.statusCode()).as(path).isBetween(400, 404);
                    assertThat(response.headers().firstValue("Content-Type"))
                            .as(path)
                            .hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
                });
        assertThat(text(publicPage("999999999/hai-long").body())).contains("Không tìm thấy đơn vị này.");
        assertThat(publicPage("abc/hai-long").statusCode()).isEqualTo(404);
        assertThat(text(publicPage(id + "/hai-long?month=2026-6").body())).contains("Tháng phải viết dạng YYYY-MM");
        assertThat(text(publicPage(id + "/hai-long?month=2026-07").body()))
                .contains("chỉ được công bố khi tháng đó đã kết thúc");
        assertThat(text(publicPage(id + "/hai-long?month=2027-01&lang=en").body()))
                .contains("published once the month is over");
    }

    @Test
    void without_a_period_the_head_gets_the_last_whole_quarter() {
        assertThat(head.reports().indicators(List.of(office.id()), null).period())
                .isEqualTo("2026-Q1");
    }

    /**
     * Issued, called, served. The office's first command rebuilds its queue while the watchdog may rebuild it too; a
     * ticket issued across that race can be gone when called (seen once in CI), so the whole serve is tried again.
     */
    private String servedTicket() {
        MotcuaClient kiosk = fixtures.device(office.id(), Role.KIOSK, null);
        return Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .ignoreException(ApiException.class)
                .until(
                        () -> {
                            String id = kiosk.queue()
                                    .issueTicket(office.id(), areaId(), null)
                                    .ticket()
                                    .id();
                            office.clerk.queue().callNext(office.id(), counter());
                            office.clerk.queue().start(office.id(), counter());
                            office.clerk.queue().finish(office.id(), counter());
                            return id;
                        },
                        Objects::nonNull);
    }

    private HttpResponse<String> publicPage(String path) {
        try {
            return HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(fixtures.baseUrl() + "/cong-khai/" + path))
                                    .GET()
                                    .build(),
                            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException | InterruptedException e) {
            throw new AssertionError(path, e);
        }
    }

    /** The page's words as a reader sees them: tags dropped, entities read, spaces collapsed. */
    private static String text(String html) {
        return HtmlUtils.htmlUnescape(html.replaceAll("<[^>]*>", " ")).replaceAll("\\s+", " ");
    }

    private String officeName() {
        return jdbc.sql("select name from office where id = ?")
                .param(office.id())
                .query(String.class)
                .single();
    }

    private long counter() {
        return jdbc.sql("select min(c.id) from counter c join counter_area ca on ca.counter_id = c.id"
                        + " where c.office_id = ? and ca.area_id = ?")
                .params(office.id(), areaId())
                .query(Long.class)
                .single();
    }

    private long areaId() {
        return jdbc.sql("select area_id from procedure where office_id = ? limit 1")
                .param(office.id())
                .query(Long.class)
                .single();
    }

    private MotcuaClient headOf(long first, long second) {
        String username = jdbc.sql("select s.username from staff s join staff_office_role r on r.staff_id = s.id"
                        + " where r.office_id = ? and r.role = 'HEAD' order by s.id desc limit 1")
                .param(first)
                .query(String.class)
                .single();
        jdbc.sql("insert into staff_office_role (staff_id, office_id, role)"
                        + " select id, ?, 'HEAD' from staff where username = ?")
                .params(second, username)
                .update();
        MotcuaClient client = fixtures.client();
        client.signInStaff(username, Fixtures.PASSWORD);
        return client;
    }

    private void resolve(DossierView dossier) {
        office.clerk
                .dossiers()
                .changeDossierStatus(
                        office.id(), dossier.code(), new DossierStatusChange(DossierStatus.RESOLVED, null));
    }

    private static IndicatorRow only(IndicatorReport report, IndicatorLevel level) {
        return report.rows().stream()
                .filter(r -> r.level() == level)
                .reduce((x, y) -> {
                    throw new AssertionError("more than one " + level + " row");
                })
                .orElseThrow();
    }

    private static Map<String, IndicatorValue> byCode(IndicatorRow row) {
        return row.values().stream().collect(Collectors.toMap(IndicatorValue::code, Function.identity()));
    }
}
