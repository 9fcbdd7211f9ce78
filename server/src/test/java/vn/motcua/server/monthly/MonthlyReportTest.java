package vn.motcua.server.monthly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.support.CronExpression;
import vn.motcua.client.ApiException;
import vn.motcua.client.MotcuaClient;
import vn.motcua.client.api.DossierRequest;
import vn.motcua.client.api.DossierStatus;
import vn.motcua.client.api.DossierStatusChange;
import vn.motcua.client.api.DossierView;
import vn.motcua.client.api.RatingLevel;
import vn.motcua.client.api.RatingRequest;
import vn.motcua.client.api.Role;
import vn.motcua.server.Fixtures;
import vn.motcua.server.IntegrationTest;
import vn.motcua.server.TestClock;
import vn.motcua.server.dossier.DossierTestKit;

/**
 * June 2026 at an office open 07:30–17:00 on weekdays (the month of IndicatorApiTest): on Monday the 1st three
 * tickets of "Lĩnh vực A" are served, waiting 12, 20 and 40 minutes and served in 7, 3 and 5; the first is rated "not
 * satisfied", the second "very satisfied". Four dossiers are received that day at 09:00, due Wednesday the 3rd at
 * 17:00: A (on the first ticket) and B resolved Tuesday at 10:00, C resolved Friday at 10:00 (late), D still open
 * (late), with an apology issued Thursday the 4th at 10:00, after its last day (Tuesday).
 *
 * <p>By hand: ratings 1 very satisfied, 0 satisfied, 1 not satisfied of 2, satisfied share 50 %; waiting median 20,
 * average 24 minutes; service median 5, average 5; 2.1 = 50 %, 2.2 = 20 h, 5.4 = 25 % (1.67 of 6 points); late: C
 * without apology, D with one issued 04/06/2026 10:00, late.
 */
@IntegrationTest
class MonthlyReportTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MonthlyReportJob job;

    DossierTestKit office;
    MotcuaClient head;
    DossierView c;
    DossierView d;

    @BeforeEach
    void juneOfOneOffice() {
        office = new DossierTestKit(fixtures, jdbc);
        head = office.head();
        var procedure = office.procedure(2);
        TestClock.pin(Instant.parse("2026-06-01T02:00:00Z"));
        MotcuaClient tablet = fixtures.device(office.id(), Role.RATING_TABLET, counter());
        String first = servedTicket(12, 7);
        tablet.ratings().rate(office.id(), new RatingRequest(first, RatingLevel.DISSATISFIED, null, null));
        String second = servedTicket(20, 3);
        tablet.ratings().rate(office.id(), new RatingRequest(second, RatingLevel.VERY_SATISFIED, null, null));
        servedTicket(40, 5);
        var withTicket = DossierTestKit.dossier(procedure);
        DossierView a = office.clerk
                .dossiers()
                .registerDossier(
                        office.id(),
                        new DossierRequest(
                                withTicket.procedureId(),
                                withTicket.applicant(),
                                withTicket.documents(),
                                withTicket.delivery(),
                                first));
        DossierView b = office.clerk.dossiers().registerDossier(office.id(), DossierTestKit.dossier(procedure));
        c = office.clerk.dossiers().registerDossier(office.id(), DossierTestKit.dossier(procedure));
        d = office.clerk.dossiers().registerDossier(office.id(), DossierTestKit.dossier(procedure));
        TestClock.pin(Instant.parse("2026-06-02T03:00:00Z"));
        resolve(a);
        resolve(b);
        TestClock.pin(Instant.parse("2026-06-04T03:00:00Z"));
        office.clerk.dossiers().apologize(office.id(), d.code(), DossierTestKit.APOLOGY);
        TestClock.pin(Instant.parse("2026-06-05T03:00:00Z"));
        resolve(c);
        TestClock.pin(Instant.parse("2026-06-10T03:00:00Z"));
    }

    @AfterEach
    void releaseClock() {
        TestClock.release();
    }

    @Test
    void the_pdf_gives_the_hand_computed_figures_of_the_month() throws Exception {
        String text = DossierTestKit.pdfText(head.files().monthlyReport(office.id(), "2026-06", "pdf"));

        assertThat(text)
                .contains("BÁO CÁO THÁNG 06/2026")
                .contains("Rất hài lòng 1 50")
                .contains("Hài lòng 0 0")
                .contains("Không hài lòng 1 50")
                .contains("Tổng số lượt đánh giá 2 100")
                .contains("Hài lòng và rất hài lòng 1 50")
                .contains("Lĩnh vực A 3 20 24 5 5")
                .contains("2.1")
                .contains("50 %")
                .contains("20 giờ làm việc")
                .contains("25 % 1,67")
                .contains("Chưa có")
                .contains("Đã gửi 04/06/2026 10:00 (muộn)");
        // a code wraps in its cell, where the text reader sees a space
        assertThat(text.replace(" ", "")).contains(c.code(), d.code());
    }

    @Test
    void the_xlsx_gives_the_same_figures_as_numbers() throws Exception {
        byte[] xlsx = head.files().monthlyReport(office.id(), "2026-06", "xlsx");

        try (var book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet ratings = book.getSheet("Đánh giá");
            assertThat(number(ratings.getRow(2), 1)).isEqualTo(1.0);
            assertThat(number(ratings.getRow(2), 2)).isEqualTo(50.0);
            assertThat(number(ratings.getRow(5), 1)).isEqualTo(2.0);
            assertThat(ratings.getRow(6).getCell(0).getStringCellValue()).isEqualTo("Hài lòng và rất hài lòng");
            assertThat(number(ratings.getRow(6), 2)).isEqualTo(50.0);
            Row times = book.getSheet("Thời gian chờ, phục vụ").getRow(2);
            assertThat(times.getCell(0).getStringCellValue()).isEqualTo("Lĩnh vực A");
            assertThat(List.of(
                            number(times, 1), number(times, 2), number(times, 3), number(times, 4), number(times, 5)))
                    .containsExactly(3.0, 20.0, 24.0, 5.0, 5.0);
            Sheet indicators = book.getSheet("Chỉ số 766");
            assertThat(number(indicators.getRow(2), 1)).isEqualTo(50.0);
            assertThat(number(indicators.getRow(3), 1)).isEqualTo(20.0);
            assertThat(number(indicators.getRow(4), 1)).isEqualTo(25.0);
            assertThat(number(indicators.getRow(4), 3)).isEqualTo(1.67);
            assertThat(indicators.getRow(4).getCell(5).getStringCellValue()).contains("90%");
            Sheet late = book.getSheet("Hồ sơ trễ hạn");
            assertThat(late.getLastRowNum()).isEqualTo(3);
            assertThat(List.of(
                            late.getRow(2).getCell(0).getStringCellValue(),
                            late.getRow(3).getCell(0).getStringCellValue()))
                    .containsExactlyInAnyOrder(c.code(), d.code());
        }
    }

    @Test
    void the_norms_breached_in_the_office_month_are_counted_per_norm_and_place_in_the_pdf_and_xlsx() throws Exception {
        breachesAroundJune();

        String text = DossierTestKit.pdfText(head.files().monthlyReport(office.id(), "2026-06", "pdf"));
        byte[] xlsx = head.files().monthlyReport(office.id(), "2026-06", "xlsx");

        assertThat(text)
                .contains("5. Vi phạm định mức phục vụ trong tháng")
                .contains("Thời gian chờ (phút) Lĩnh vực A 3 10–15 25 22")
                .contains("Số người chờ Toàn đơn vị 1 20 22 5")
                .contains("Quầy không gọi số (phút) Quầy 1 1 15 30 15");
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet norms = book.getSheet("Vi phạm định mức");
            assertThat(norms.getLastRowNum()).as("a line per norm and place").isEqualTo(4);
            Row waits = norms.getRow(2);
            assertThat(waits.getCell(0).getStringCellValue()).isEqualTo("Thời gian chờ (phút)");
            assertThat(waits.getCell(1).getStringCellValue()).isEqualTo("Lĩnh vực A");
            assertThat(List.of(number(waits, 2), number(waits, 4), number(waits, 5)))
                    .containsExactly(3.0, 25.0, 22.0);
            assertThat(waits.getCell(3).getStringCellValue()).isEqualTo("10–15");
            Row idle = norms.getRow(4);
            assertThat(idle.getCell(1).getStringCellValue()).isEqualTo("Quầy 1");
            assertThat(List.of(number(idle, 2), number(idle, 3), number(idle, 4), number(idle, 5)))
                    .containsExactly(1.0, 15.0, 30.0, 15.0);
        }
    }

    @Test
    void a_month_without_breaches_says_so() throws Exception {
        assertThat(DossierTestKit.pdfText(head.files().monthlyReport(office.id(), "2026-06", "pdf")))
                .contains("5. Vi phạm định mức phục vụ trong tháng Định mức Nơi Số lần Giới hạn Mức cao nhất"
                        + " Tổng thời gian kéo dài (phút) Không có");
    }

    @Test
    void on_the_first_the_job_queues_one_letter_per_head_with_an_address_even_when_run_twice_at_once()
            throws Exception {
        MotcuaClient secondHead = fixtures.staff(office.id(), Role.HEAD);
        fixtures.staff(office.id(), Role.HEAD);
        String firstAddress = "head-" + UUID.randomUUID() + "@example.org";
        String secondAddress = "head-" + UUID.randomUUID() + "@example.org";
        setEmail(head, firstAddress);
        setEmail(secondHead, secondAddress);
        // 06:00 on 1 July in Hanoi
        TestClock.pin(Instant.parse("2026-06-30T23:00:00Z"));

        CyclicBarrier together = new CyclicBarrier(2);
        Callable<Boolean> run = () -> {
            together.await();
            return job.makeAndMail(office.id());
        };
        List<Boolean> made;
        try (ExecutorService two = Executors.newFixedThreadPool(2)) {
            List<Future<Boolean>> runs = List.of(two.submit(run), two.submit(run));
            made = List.of(runs.get(0).get(), runs.get(1).get());
        }
        boolean again = job.makeAndMail(office.id());

        assertThat(made).containsExactlyInAnyOrder(true, false);
        assertThat(again).isFalse();
        List<String> recipients = jdbc.sql(
                        "select recipient from message_outbox where office_id = ? and kind = ?" + " order by recipient")
                .params(office.id(), "MONTHLY_REPORT")
                .query(String.class)
                .list();
        assertThat(recipients).containsExactlyInAnyOrder(firstAddress, secondAddress);
        var letter = jdbc.sql("select subject, attachment_name, attachment from message_outbox"
                        + " where recipient = ? and kind = 'MONTHLY_REPORT'")
                .param(firstAddress)
                .query((rs, n) -> List.of(rs.getString(1), rs.getString(2), rs.getBytes(3)))
                .single();
        assertThat((String) letter.get(0))
                .startsWith("Báo cáo tháng 06/2026 - ")
                .contains(" / Monthly report 06/2026");
        assertThat(letter.get(1)).isEqualTo("bao-cao-thang-2026-06.pdf");
        assertThat(DossierTestKit.pdfText((byte[]) letter.get(2))).contains("BÁO CÁO THÁNG 06/2026");
        assertThat(jdbc.sql("select month from monthly_report where office_id = ?")
                        .param(office.id())
                        .query(String.class)
                        .list())
                .containsExactly("2026-06");
    }

    @Test
    void a_first_the_servers_were_down_for_is_made_up_the_next_morning_and_only_once() {
        ZoneId hanoi = ZoneId.of("Asia/Ho_Chi_Minh");
        // down at 06:00 on 1 July: the job's next run is 06:00 on the 2nd, not on 1 August
        assertThat(CronExpression.parse(MonthlyReportJob.DAILY).next(ZonedDateTime.of(2026, 7, 1, 6, 30, 0, 0, hanoi)))
                .isEqualTo(ZonedDateTime.of(2026, 7, 2, 6, 0, 0, 0, hanoi));

        TestClock.pin(Instant.parse("2026-07-01T23:00:00Z"));
        boolean made = job.makeAndMail(office.id());
        TestClock.pin(Instant.parse("2026-07-02T23:00:00Z"));
        boolean again = job.makeAndMail(office.id());

        assertThat(made).isTrue();
        assertThat(again).isFalse();
        assertThat(jdbc.sql("select month from monthly_report where office_id = ?")
                        .param(office.id())
                        .query(String.class)
                        .list())
                .containsExactly("2026-06");
    }

    @Test
    void only_a_head_or_admin_of_the_office_gets_the_report() {
        DossierTestKit other = new DossierTestKit(fixtures, jdbc);

        assertThatThrownBy(() -> fixtures.client().files().monthlyReport(office.id(), "2026-06", "pdf"))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.status()).isEqualTo(401));
        assertThatThrownBy(() -> office.clerk.files().monthlyReport(office.id(), "2026-06", "pdf"))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.status()).isEqualTo(403));
        assertThatThrownBy(() -> other.head().files().monthlyReport(office.id(), "2026-06", "xlsx"))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.status()).isEqualTo(403));
        assertThat(fixtures.staff(office.id(), Role.ADMIN).files().monthlyReport(office.id(), "2026-06", "xlsx"))
                .isNotEmpty();
    }

    @Test
    void a_month_written_wrong_or_still_to_come_is_a_problem_naming_the_month() {
        for (String month : List.of("2026-13", "2026-6", "juni", "2026-07")) {
            assertThatThrownBy(() -> head.files().monthlyReport(office.id(), month, "pdf"))
                    .as(month)
                    .isInstanceOfSatisfying(ApiException.class, e -> {
                        assertThat(e.status()).isEqualTo(400);
                        assertThat(e.fieldErrors())
                                .extracting(f -> f.get("field"))
                                .containsExactly("month");
                    });
        }
    }

    /**
     * In the office's June (Hà Nội time): three waits over the norm in "Lĩnh vực A" (the first just after midnight on
     * the 1st, the norm raised from 10 to 15 minutes for the last; lasting 4, 8 and 10 minutes), a queue too long for
     * 5 minutes and counter 1 idle for 15. Left out: a wait that started at 23:30 on 31 May and one on 1 July.
     */
    private void breachesAroundJune() {
        long area = areaId();
        breach("WAITING_TIME", "ticket:a", area, null, 10, 12, "2026-05-31T16:30:00Z", "2026-05-31T16:40:00Z");
        breach("WAITING_TIME", "ticket:b", area, null, 10, 12, "2026-05-31T17:10:00Z", "2026-05-31T17:14:00Z");
        breach("WAITING_TIME", "ticket:c", area, null, 10, 25, "2026-06-01T02:00:00Z", "2026-06-01T02:08:00Z");
        breach("WAITING_TIME", "ticket:d", area, null, 15, 16, "2026-06-08T02:00:00Z", "2026-06-08T02:10:00Z");
        breach("QUEUE_LENGTH", "office", null, null, 20, 22, "2026-06-02T02:00:00Z", "2026-06-02T02:05:00Z");
        breach("IDLE_COUNTER", "counter:1", null, counter(), 15, 30, "2026-06-03T02:00:00Z", "2026-06-03T02:15:00Z");
        breach("WAITING_TIME", "ticket:e", area, null, 10, 40, "2026-06-30T17:00:00Z", "2026-06-30T17:30:00Z");
    }

    private void breach(
            String kind, String subject, Long area, Long counter, int limit, int worst, String start, String end) {
        jdbc.sql("""
                        insert into norm_breach (office_id, kind, subject, area_id, counter_id, ticket_code, norm_limit,
                                                 worst, started_at, ended_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        office.id(),
                        kind,
                        subject,
                        area,
                        counter,
                        subject.startsWith("ticket:") ? "A" + subject.substring(7) : null,
                        limit,
                        worst,
                        Timestamp.from(Instant.parse(start)),
                        Timestamp.from(Instant.parse(end)))
                .update();
    }

    private void setEmail(MotcuaClient staff, String email) {
        // a fixture's display name holds its unique username
        jdbc.sql("update staff set email = ? where full_name = ?")
                .params(email, staff.token().displayName())
                .update();
    }

    private static double number(Row row, int cell) {
        return row.getCell(cell).getNumericCellValue();
    }

    /** Issued, called, served, then given the waiting and service minutes of the fixture. */
    private String servedTicket(int waitMinutes, int serviceMinutes) {
        MotcuaClient kiosk = fixtures.device(office.id(), Role.KIOSK, null);
        String id = Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .ignoreException(ApiException.class)
                .until(
                        () -> {
                            String ticket = kiosk.queue()
                                    .issueTicket(office.id(), areaId(), null)
                                    .ticket()
                                    .id();
                            office.clerk.queue().callNext(office.id(), counter());
                            office.clerk.queue().start(office.id(), counter());
                            office.clerk.queue().finish(office.id(), counter());
                            return ticket;
                        },
                        Objects::nonNull);
        Instant issued = Instant.parse("2026-06-01T01:00:00Z");
        Instant called = issued.plus(Duration.ofMinutes(waitMinutes));
        jdbc.sql("update ticket set issued_at = ?, called_at = ?, started_at = ?, finished_at = ? where id = ?::uuid")
                .params(
                        Timestamp.from(issued),
                        Timestamp.from(called),
                        Timestamp.from(called),
                        Timestamp.from(called.plus(Duration.ofMinutes(serviceMinutes))),
                        id)
                .update();
        return id;
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

    private void resolve(DossierView dossier) {
        office.clerk
                .dossiers()
                .changeDossierStatus(
                        office.id(), dossier.code(), new DossierStatusChange(DossierStatus.RESOLVED, null));
    }
}
