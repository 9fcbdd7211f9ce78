package vn.motcua.server.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static vn.motcua.client.api.CalendarAdjustmentView.Kind.DAY_OFF;
import static vn.motcua.client.api.CalendarAdjustmentView.Kind.WORKING_DAY;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.client.ApiException;
import vn.motcua.client.MotcuaClient;
import vn.motcua.client.api.CalendarAdjustmentView;
import vn.motcua.client.api.CalendarDay;
import vn.motcua.client.api.CalendarImportResult;
import vn.motcua.client.api.ProcedureView;
import vn.motcua.client.api.Role;
import vn.motcua.server.Fixtures;
import vn.motcua.server.IntegrationTest;
import vn.motcua.server.TestClock;
import vn.motcua.server.dossier.DossierTestKit;

/**
 * The calendar is shared by every office, and these tests commit through the API, so they keep to 2096, a
 * year no other test uses, and clear it around each test.
 */
@IntegrationTest
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class CalendarApiTest {

    static final LocalDate MONDAY = LocalDate.of(2096, 3, 12);
    static final LocalDate SATURDAY = LocalDate.of(2096, 3, 17);

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    MotcuaClient admin;
    long office;

    @AfterEach
    void releaseClock() {
        TestClock.release();
    }

    @BeforeEach
    @AfterEach
    void clear_2096() {
        jdbc.sql("delete from calendar_adjustment where day >= '2096-01-01' and day < '2097-01-01'")
                .update();
    }

    @BeforeEach
    void sign_in() {
        office = fixtures.office().id();
        admin = fixtures.staff(office, Role.ADMIN);
    }

    @Test
    void an_admin_records_a_swap_which_the_year_view_shows_with_its_reasons_and_removes_it() {
        admin.calendar()
                .addCalendarAdjustment(new CalendarAdjustmentView(MONDAY, DAY_OFF, "Hoán đổi với thứ Bảy 17/3"));
        admin.calendar()
                .addCalendarAdjustment(new CalendarAdjustmentView(SATURDAY, WORKING_DAY, "Làm bù cho thứ Hai 12/3"));

        assertThat(admin.calendar().calendarAdjustments(2096))
                .extracting(CalendarAdjustmentView::day, CalendarAdjustmentView::kind)
                .containsExactly(tuple(MONDAY, DAY_OFF), tuple(SATURDAY, WORKING_DAY));
        assertThat(admin.calendar().calendarYear(2096, false))
                .filteredOn(d -> d.day().getMonthValue() == 3)
                .containsExactly(
                        new CalendarDay(
                                MONDAY, false, CalendarDay.Reason.DECIDED_DAY_OFF, "Hoán đổi với thứ Bảy 17/3", null),
                        new CalendarDay(
                                SATURDAY,
                                true,
                                CalendarDay.Reason.DECIDED_WORKING_DAY,
                                "Làm bù cho thứ Hai 12/3",
                                CalendarDay.Reason.WEEKEND));

        admin.calendar().removeCalendarAdjustment(MONDAY);

        assertThat(admin.calendar().calendarAdjustments(2096))
                .extracting(CalendarAdjustmentView::day)
                .containsExactly(SATURDAY);
    }

    @Test
    void a_decision_recorded_after_a_dossier_was_received_keeps_its_printed_due_date_and_moves_later_ones()
            throws Exception {
        // Friday 9/3/2096 09:00 in Hà Nội: one working day, due Monday 12/3 at closing (signed in then, so that the
        // tokens are valid at that time)
        TestClock.pin(Instant.parse("2096-03-09T02:00:00Z"));
        DossierTestKit desk = new DossierTestKit(fixtures, jdbc);
        ProcedureView oneDay = desk.procedure(1);
        String before = desk.clerk
                .dossiers()
                .registerDossier(desk.id(), DossierTestKit.dossier(oneDay))
                .code();

        desk.admin
                .calendar()
                .addCalendarAdjustment(new CalendarAdjustmentView(MONDAY, DAY_OFF, "Nghỉ theo quyết định"));
        String after = desk.clerk
                .dossiers()
                .registerDossier(desk.id(), DossierTestKit.dossier(oneDay))
                .code();

        assertThat(desk.clerk.dossiers().dossier(desk.id(), before).dueAt())
                .isEqualTo(LocalDateTime.of(2096, 3, 12, 17, 0));
        assertThat(DossierTestKit.pdfText(desk.clerk.files().dossierReceiptPdf(desk.id(), before)))
                .contains("17 giờ 00 phút, ngày 12 tháng 03 năm 2096");
        assertThat(desk.clerk.dossiers().dossier(desk.id(), after).dueAt())
                .isEqualTo(LocalDateTime.of(2096, 3, 13, 17, 0));
    }

    @Test
    void the_year_view_names_holidays_and_compensatory_days_and_lists_weekends_only_when_asked() {
        MotcuaClient clerk = fixtures.staff(office, Role.CLERK);

        List<CalendarDay> year = clerk.calendar().calendarYear(2026, false);

        assertThat(year)
                .contains(new CalendarDay(
                        LocalDate.of(2026, 4, 27),
                        false,
                        CalendarDay.Reason.COMPENSATORY,
                        "Nghỉ bù Giỗ Tổ Hùng Vương (Chủ nhật 26/04/2026)",
                        null));
        assertThat(year).noneMatch(d -> d.reason() == CalendarDay.Reason.WEEKEND);
        assertThat(clerk.calendar().calendarYear(2096, true)).anyMatch(d -> d.reason() == CalendarDay.Reason.WEEKEND);
    }

    @Test
    void a_CSV_file_records_every_decision_and_importing_it_again_changes_nothing() {
        String csv = """
                day,kind,note
                2096-03-12,DAY_OFF,"Hoán đổi ngày làm việc, nghỉ thứ Hai 12/3"
                17/03/2096,working_day,Làm bù cho thứ Hai 12/3
                """;

        assertThat(admin.calendar().importCalendarAdjustments(csv)).isEqualTo(new CalendarImportResult(2, 0));
        assertThat(admin.calendar().importCalendarAdjustments(csv)).isEqualTo(new CalendarImportResult(0, 2));
        assertThat(admin.calendar().calendarAdjustments(2096))
                .extracting(CalendarAdjustmentView::note)
                .containsExactly("Hoán đổi ngày làm việc, nghỉ thứ Hai 12/3", "Làm bù cho thứ Hai 12/3");
    }

    @Test
    void a_JSON_list_is_imported_like_the_CSV_file() {
        CalendarImportResult result = admin.calendar()
                .importCalendarAdjustments(List.of(
                        new CalendarAdjustmentView(MONDAY, DAY_OFF, "Nghỉ thêm"),
                        new CalendarAdjustmentView(SATURDAY, WORKING_DAY, "Làm bù")));

        assertThat(result).isEqualTo(new CalendarImportResult(2, 0));
    }

    @Test
    void a_file_with_wrong_lines_records_nothing_and_names_every_problem_by_line() {
        String csv = """
                day,kind,note
                2096-03-12,DAY_OFF,Nghỉ thêm
                2096-03-13,HOLIDAY,Sai loại
                2096-03-10,DAY_OFF,Thứ Bảy đã nghỉ
                32/03/2096,DAY_OFF,Sai ngày
                """;

        assertThatThrownBy(() -> admin.calendar().importCalendarAdjustments(csv))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.code()).isEqualTo("INVALID_CALENDAR_FILE");
                    assertThat(e.fieldErrors())
                            .extracting(m -> m.get("line"), m -> m.get("field"))
                            .containsExactly(tuple("3", "kind"), tuple("5", "day"));
                });
        assertThatThrownBy(() -> admin.calendar().importCalendarAdjustments("""
                day,kind,note
                2096-03-12,DAY_OFF,Nghỉ thêm
                2096-03-10,DAY_OFF,Thứ Bảy đã nghỉ
                """))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.code()).isEqualTo("INVALID_CALENDAR_FILE");
                    assertThat(e.fieldErrors()).singleElement().satisfies(m -> {
                        assertThat(m.get("line")).isEqualTo("3");
                        assertThat(m.get("message")).startsWith("2096-03-10 is already a day off (Saturday)");
                    });
                });
        assertThat(admin.calendar().calendarAdjustments(2096)).isEmpty();
    }

    @Test
    void a_decision_that_changes_nothing_is_400_and_a_second_one_for_the_same_day_is_409() {
        admin.calendar().addCalendarAdjustment(new CalendarAdjustmentView(MONDAY, DAY_OFF, "Nghỉ thêm"));

        assertThatThrownBy(() ->
                        admin.calendar().addCalendarAdjustment(new CalendarAdjustmentView(MONDAY, DAY_OFF, "Lần hai")))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(409);
                    assertThat(e.code()).isEqualTo("CALENDAR_DAY_ADJUSTED");
                });
        refusedWith(
                400, () -> admin.calendar().addCalendarAdjustment(new CalendarAdjustmentView(SATURDAY, DAY_OFF, "x")));
        refusedWith(
                400,
                () -> admin.calendar()
                        .addCalendarAdjustment(new CalendarAdjustmentView(MONDAY.plusDays(1), null, "x")));
        refusedWith(
                400,
                () -> admin.calendar()
                        .addCalendarAdjustment(new CalendarAdjustmentView(MONDAY.plusDays(1), DAY_OFF, " ")));
        refusedWith(
                400,
                () -> admin.calendar()
                        .addCalendarAdjustment(new CalendarAdjustmentView(LocalDate.of(2200, 1, 6), DAY_OFF, "x")));
        refusedWith(400, () -> admin.calendar().calendarYear(1899, false));
        refusedWith(404, () -> admin.calendar().removeCalendarAdjustment(SATURDAY));
    }

    @Test
    void bad_input_is_answered_with_problem_json_not_a_server_error() throws Exception {
        String token = admin.token().token();

        HttpResponse<String> badKind = send(HttpRequest.newBuilder(uri("/api/v1/calendar/adjustments"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"day\":\"2096-03-12\",\"kind\":\"HOLIDAY\",\"note\":\"x\"}")));
        HttpResponse<String> badDay = send(HttpRequest.newBuilder(uri("/api/v1/calendar/adjustments/12-03-2096"))
                .header("Authorization", "Bearer " + token)
                .DELETE());
        HttpResponse<String> emptyFile = send(HttpRequest.newBuilder(uri("/api/v1/calendar/adjustments/import"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString("day,kind,note\n")));

        for (HttpResponse<String> response : List.of(badKind, badDay, emptyFile)) {
            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        }
    }

    @Test
    void staff_and_devices_may_read_the_calendar_but_only_an_admin_may_change_it() {
        MotcuaClient clerk = fixtures.staff(office, Role.CLERK);
        MotcuaClient head = fixtures.staff(office, Role.HEAD);
        MotcuaClient kiosk = fixtures.device(office, Role.KIOSK, null);
        CalendarAdjustmentView dayOff = new CalendarAdjustmentView(MONDAY, DAY_OFF, "Nghỉ thêm");

        for (MotcuaClient caller : List.of(clerk, head, kiosk)) {
            assertThat(caller.calendar().calendarYear(2096, false)).isNotEmpty();
            assertThat(caller.calendar().calendarAdjustments(2096)).isEmpty();
            refusedWith(403, () -> caller.calendar().addCalendarAdjustment(dayOff));
            refusedWith(403, () -> caller.calendar().removeCalendarAdjustment(MONDAY));
            refusedWith(
                    403, () -> caller.calendar().importCalendarAdjustments("day,kind,note\n2096-03-12,DAY_OFF,x\n"));
            refusedWith(403, () -> caller.calendar().importCalendarAdjustments(List.of(dayOff)));
        }
        assertThat(admin.calendar().calendarAdjustments(2096)).isEmpty();
    }

    @Test
    void without_a_token_every_calendar_endpoint_answers_401() throws Exception {
        List<HttpRequest.Builder> requests = List.of(
                HttpRequest.newBuilder(uri("/api/v1/calendar/2096")).GET(),
                HttpRequest.newBuilder(uri("/api/v1/calendar/2096/adjustments")).GET(),
                HttpRequest.newBuilder(uri("/api/v1/calendar/adjustments"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "{\"day\":\"2096-03-12\",\"kind\":\"DAY_OFF\",\"note\":\"x\"}")),
                HttpRequest.newBuilder(uri("/api/v1/calendar/adjustments/2096-03-12"))
                        .DELETE(),
                HttpRequest.newBuilder(uri("/api/v1/calendar/adjustments/import"))
                        .header("Content-Type", "text/csv")
                        .POST(HttpRequest.BodyPublishers.ofString("day,kind,note\n2096-03-12,DAY_OFF,x\n")));

        for (HttpRequest.Builder request : requests) {
            assertThat(send(request).statusCode())
                    .as("%s", request.build().uri())
                    .isEqualTo(401);
        }
    }

    private URI uri(String path) {
        return fixtures.baseUrl().resolve(path);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }
    }

    private static void refusedWith(int status, Runnable call) {
        assertThatThrownBy(call::run)
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.status()).isEqualTo(status));
    }
}
