package vn.motcua.server.phone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.client.ApiException;
import vn.motcua.client.MotcuaClient;
import vn.motcua.client.api.PhoneTicketSettings;
import vn.motcua.client.api.Role;
import vn.motcua.server.Fixtures;
import vn.motcua.server.IntegrationTest;
import vn.motcua.server.TestClock;

/**
 * The rules of a ticket from the phone, over HTTP as a phone uses the page: the code (6 digits, 5 minutes, once, 3
 * wrong tries, kept hashed), 3 codes per number a day, one ticket per number a day, the office's daily cap, opening
 * hours, the office's switch, the per-address bound, and who may set them.
 */
@IntegrationTest
class PhoneTicketRulesTest {

    private static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    private Fixtures.TestOffice office;
    private MotcuaClient admin;
    private PhoneDesk desk;

    @BeforeEach
    void anOfficeThatGivesTicketsToPhones() {
        office = fixtures.office();
        admin = fixtures.staff(office.id(), Role.ADMIN);
        admin.offices().setPhoneTickets(office.id(), new PhoneTicketSettings(true, 200, 3));
        desk = new PhoneDesk(fixtures, jdbc, office.id());
    }

    @AfterEach
    void releaseClock() {
        TestClock.release();
    }

    @Test
    void a_citizen_types_the_number_then_the_code_the_SMS_brought_and_lands_on_the_page_of_the_ticket() {
        HttpResponse<String> form = desk.form("vi");
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.headers().firstValue("content-security-policy"))
                .hasValueSatisfying(p -> assertThat(p).contains("form-action 'self'"));
        assertThat(form.body())
                .contains("<html lang=vi>", "Lấy số thứ tự từ xa", "Lĩnh vực A", "type=tel")
                .doesNotContain("<script");
        String phone = PhoneDesk.anyPhone();

        HttpResponse<String> sent = desk.sendCode(
                office.area(0),
                "+84 " + phone.substring(1, 4) + "." + phone.substring(4, 7) + "." + phone.substring(7));

        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(200);
        assertThat(sent.body())
                .contains("Đã gửi mã xác nhận gồm 6 chữ số qua SMS. Mã có hiệu lực 5 phút.")
                .as("the code is shown only in the demo")
                .doesNotContain("bản trình diễn", "demo-code");
        String request = PhoneDesk.request(sent);
        String code = desk.smsCode(request);
        assertThat(desk.smsText(request))
                .isEqualTo("Mã xác nhận lấy số tại Văn phòng thử " + officeCode() + ": " + code
                        + ". Mã có hiệu lực 5 phút. Không đưa mã này cho người khác.");
        assertThat(sent.body()).doesNotContain(code);
        Map<String, Object> stored = jdbc.sql("select * from phone_code where id = ?")
                .param(UUID.fromString(request))
                .query()
                .singleRow();
        assertThat(stored.get("phone")).isEqualTo(phone);
        assertThat((byte[]) stored.get("code_hash"))
                .as("kept only as its salted hash")
                .isEqualTo(PhoneTickets.hash((byte[]) stored.get("salt"), code));

        HttpResponse<String> taken = desk.take(request, code);

        assertThat(taken.statusCode()).as(taken.body()).isEqualTo(303);
        String location = taken.headers().firstValue("location").orElseThrow();
        assertThat(location).matches("/t/" + office.id() + "/[0-9a-f-]{36}\\?lang=vi");
        String ticketId = location.substring(location.lastIndexOf('/') + 1, location.indexOf('?'));
        assertThat(jdbc.sql("select ticket_id from phone_ticket where office_id = ? and phone = ?")
                        .params(office.id(), phone)
                        .query(UUID.class)
                        .single())
                .hasToString(ticketId);
        assertThat(fixtures.staff(office.id(), Role.CLERK)
                        .queue()
                        .ticket(office.id(), ticketId)
                        .code())
                .isEqualTo("A001");
    }

    @Test
    void a_wrong_code_is_refused_with_the_tries_left_and_the_third_spends_it_so_a_new_one_is_needed() {
        String phone = PhoneDesk.anyPhone();
        String request = PhoneDesk.request(desk.sendCode(office.area(0), phone));
        String code = desk.smsCode(request);
        String wrong = String.format("%06d", (Integer.parseInt(code) + 1) % 1_000_000);

        HttpResponse<String> first = desk.take(request, wrong);
        assertThat(first.statusCode()).isEqualTo(400);
        assertThat(first.body()).contains("Mã xác nhận không đúng. Còn 2 lần thử.", "value='" + request + "'");
        assertThat(desk.take(request, wrong).body()).contains("Còn 1 lần thử.");
        HttpResponse<String> third = desk.take(request, wrong);
        assertThat(third.statusCode()).isEqualTo(409);
        assertThat(third.body()).contains("Đã nhập sai mã 3 lần. Vui lòng nhận mã mới.");

        HttpResponse<String> right = desk.take(request, code);
        assertThat(right.statusCode()).isEqualTo(409);
        assertThat(right.body()).contains("Đã nhập sai mã 3 lần.");
        assertThat(phoneTickets()).isZero();

        String again = PhoneDesk.request(desk.sendCode(office.area(0), phone));
        assertThat(desk.take(again, desk.smsCode(again)).statusCode()).isEqualTo(303);
    }

    @Test
    void a_code_is_good_for_five_minutes_and_once_and_a_number_gets_one_ticket_a_day() {
        TestClock.pin(Instant.now());
        String phone = PhoneDesk.anyPhone();
        String late = PhoneDesk.request(desk.sendCode(office.area(0), phone));
        TestClock.advance(Duration.ofMinutes(5));
        HttpResponse<String> expired = desk.take(late, desk.smsCode(late));
        assertThat(expired.statusCode()).isEqualTo(409);
        assertThat(expired.body()).contains("Mã xác nhận đã hết hạn.", "Lấy số lại từ đầu");

        String request = PhoneDesk.request(desk.sendCode(office.area(1), phone));
        TestClock.advance(Duration.ofMinutes(4).plusSeconds(59));
        String code = desk.smsCode(request);
        assertThat(desk.take(request, code).statusCode()).isEqualTo(303);

        HttpResponse<String> reused = desk.take(request, code);
        assertThat(reused.statusCode()).isEqualTo(409);
        assertThat(reused.body()).contains("Mã xác nhận này đã được dùng.");
        HttpResponse<String> second = desk.sendCode(office.area(0), phone);
        assertThat(second.statusCode()).isEqualTo(409);
        assertThat(second.body()).contains("Số điện thoại này đã lấy số thứ tự hôm nay.");
        assertThat(phoneTickets()).isOne();
    }

    @Test
    void two_codes_of_one_number_taken_at_once_give_one_ticket() throws Exception {
        String phone = PhoneDesk.anyPhone();
        String first = PhoneDesk.request(desk.sendCode(office.area(0), phone));
        String second = PhoneDesk.request(desk.sendCode(office.area(1), phone));
        String firstCode = desk.smsCode(first);
        String secondCode = desk.smsCode(second);

        var one = CompletableFuture.supplyAsync(() -> desk.take(first, firstCode));
        var other = CompletableFuture.supplyAsync(() -> desk.take(second, secondCode));

        assertThat(List.of(one.get().statusCode(), other.get().statusCode())).containsExactlyInAnyOrder(303, 409);
        assertThat(phoneTickets()).isOne();
    }

    @Test
    void a_number_gets_three_codes_a_day_at_one_office() {
        String phone = PhoneDesk.anyPhone();
        for (int i = 0; i < PhoneTickets.CODES_PER_PHONE; i++) {
            assertThat(desk.sendCode(office.area(0), phone).statusCode()).isEqualTo(200);
        }

        HttpResponse<String> fourth = desk.sendCode(office.area(0), phone);

        assertThat(fourth.statusCode()).isEqualTo(409);
        assertThat(fourth.body()).contains("Số điện thoại này đã nhận đủ 3 mã xác nhận hôm nay.");
    }

    @Test
    void the_office_gives_no_more_phone_tickets_a_day_than_its_cap() {
        admin.offices().setPhoneTickets(office.id(), new PhoneTicketSettings(true, 1, 3));
        String first = PhoneDesk.request(desk.sendCode(office.area(0), PhoneDesk.anyPhone()));
        String second = PhoneDesk.request(desk.sendCode(office.area(0), PhoneDesk.anyPhone()));
        assertThat(desk.take(first, desk.smsCode(first)).statusCode()).isEqualTo(303);

        HttpResponse<String> late = desk.take(second, desk.smsCode(second));
        assertThat(late.statusCode()).isEqualTo(409);
        assertThat(late.body()).contains("Hôm nay đã hết số thứ tự lấy từ xa.");
        HttpResponse<String> another = desk.sendCode(office.area(0), PhoneDesk.anyPhone());
        assertThat(another.statusCode()).isEqualTo(409);
        assertThat(another.body()).contains("Hôm nay đã hết số thứ tự lấy từ xa.");
        assertThat(phoneTickets()).isOne();
    }

    @Test
    void outside_opening_hours_the_page_shows_the_hours_and_neither_a_code_nor_a_ticket_is_given() {
        jdbc.sql("""
                        update office set opens_at = '07:30', closes_at = '17:00', open_on_saturday = false,
                            open_on_sunday = false where id = ?""").param(office.id()).update();
        TestClock.pin(LocalDateTime.parse("2026-06-07T10:00").atZone(HANOI).toInstant());
        HttpResponse<String> sunday = desk.form("vi");
        assertThat(sunday.statusCode()).isEqualTo(200);
        assertThat(sunday.body())
                .contains("Bộ phận Một cửa đang ngoài giờ làm việc (07:30–17:00).")
                .doesNotContain("<form");
        HttpResponse<String> refused = desk.sendCode(office.area(0), PhoneDesk.anyPhone());
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body()).contains("ngoài giờ làm việc");
        assertThat(codes()).isZero();

        TestClock.pin(LocalDateTime.parse("2026-06-05T16:58").atZone(HANOI).toInstant());
        String request = PhoneDesk.request(desk.sendCode(office.area(0), PhoneDesk.anyPhone()));
        TestClock.advance(Duration.ofMinutes(2));
        HttpResponse<String> closedMeanwhile = desk.take(request, desk.smsCode(request));
        assertThat(closedMeanwhile.statusCode()).isEqualTo(409);
        assertThat(closedMeanwhile.body()).contains("ngoài giờ làm việc (07:30–17:00)");
        assertThat(phoneTickets()).isZero();
    }

    @Test
    void an_office_that_does_not_allow_it_answers_404_and_sends_no_code() {
        Fixtures.TestOffice never = fixtures.office();
        PhoneDesk elsewhere = new PhoneDesk(fixtures, jdbc, never.id());
        HttpResponse<String> page = elsewhere.form("en");
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("<html lang=en>", "This office does not give tickets to phones.");
        assertThat(elsewhere.sendCode(never.area(0), PhoneDesk.anyPhone()).statusCode())
                .isEqualTo(404);

        String request = PhoneDesk.request(desk.sendCode(office.area(0), PhoneDesk.anyPhone()));
        admin.offices().setPhoneTickets(office.id(), new PhoneTicketSettings(false, 200, 3));
        assertThat(desk.form("vi").statusCode()).isEqualTo(404);
        HttpResponse<String> stopped = desk.take(request, desk.smsCode(request));
        assertThat(stopped.statusCode()).isEqualTo(409);
        assertThat(stopped.body()).contains("Đơn vị này chưa cho lấy số thứ tự từ xa.");
        assertThat(phoneTickets()).isZero();
        assertThat(new PhoneDesk(fixtures, jdbc, 999_999_999L).form("vi").statusCode())
                .isEqualTo(404);
    }

    @Test
    void one_address_has_ten_codes_sent_a_day_then_waits() {
        for (int i = 0; i < PhoneThrottle.FREE_CODES_PER_ADDRESS; i++) {
            assertThat(desk.sendCode(office.area(0), PhoneDesk.anyPhone()).statusCode())
                    .isEqualTo(200);
        }

        HttpResponse<String> eleventh = desk.sendCode(office.area(0), PhoneDesk.anyPhone());

        assertThat(eleventh.statusCode()).isEqualTo(429);
        assertThat(eleventh.headers().firstValue("retry-after")).isPresent();
        assertThat(eleventh.body()).contains("Đã gửi quá nhiều mã xác nhận từ địa chỉ này.");
        assertThat(codes()).isEqualTo(PhoneThrottle.FREE_CODES_PER_ADDRESS);
    }

    @Test
    void wrong_input_gives_the_form_back_with_the_field_marked_and_never_a_500() {
        HttpResponse<String> landline = desk.sendCode(office.area(0), "024 3825 1234");
        assertThat(landline.statusCode()).isEqualTo(400);
        assertThat(landline.body())
                .contains("Vui lòng nhập số di động Việt Nam, ví dụ 0912 345 678.", "value='024 3825 1234'");
        HttpResponse<String> noArea = desk.sendCode(fixtures.office().area(0), PhoneDesk.anyPhone());
        assertThat(noArea.statusCode()).isEqualTo(400);
        assertThat(noArea.body()).contains("Vui lòng chọn lĩnh vực.");

        HttpResponse<String> noRequest = desk.take("nope", "123456");
        assertThat(noRequest.statusCode()).isEqualTo(400);
        assertThat(noRequest.body()).contains("Không tìm thấy yêu cầu này.");
        HttpResponse<String> unknown = desk.take(UUID.randomUUID().toString(), "123456");
        assertThat(unknown.statusCode()).isEqualTo(409);
        String request = PhoneDesk.request(desk.sendCode(office.area(0), PhoneDesk.anyPhone()));
        HttpResponse<String> letters = desk.take(request, "12ab56");
        assertThat(letters.statusCode()).isEqualTo(400);
        assertThat(letters.body()).contains("Vui lòng nhập đủ 6 chữ số.");
        assertThat(jdbc.sql("select wrong_tries from phone_code where id = ?")
                        .param(UUID.fromString(request))
                        .query(Integer.class)
                        .single())
                .as("not a try")
                .isZero();
    }

    @Test
    void only_the_office_admin_sets_phone_tickets_and_its_heads_read_them() {
        MotcuaClient head = fixtures.staff(office.id(), Role.HEAD);
        MotcuaClient clerk = fixtures.staff(office.id(), Role.CLERK);
        MotcuaClient kiosk = fixtures.device(office.id(), Role.KIOSK, null);
        MotcuaClient otherAdmin = fixtures.staff(fixtures.office().id(), Role.ADMIN);
        MotcuaClient nobody = fixtures.client();
        PhoneTicketSettings settings = new PhoneTicketSettings(true, 50, 2);

        assertThat(head.offices().phoneTickets(office.id())).isEqualTo(new PhoneTicketSettings(true, 200, 3));
        assertThat(admin.offices().setPhoneTickets(office.id(), settings)).isEqualTo(settings);
        assertThat(admin.offices().phoneTickets(office.id())).isEqualTo(settings);
        for (MotcuaClient refused : List.of(clerk, kiosk, otherAdmin)) {
            assertRefused(() -> refused.offices().phoneTickets(office.id()), 403);
        }
        for (MotcuaClient refused : List.of(head, clerk, kiosk, otherAdmin)) {
            assertRefused(() -> refused.offices().setPhoneTickets(office.id(), settings), 403);
        }
        assertRefused(() -> nobody.offices().phoneTickets(office.id()), 401);
        assertRefused(() -> nobody.offices().setPhoneTickets(office.id(), settings), 401);
        assertThatThrownBy(() -> admin.offices().setPhoneTickets(office.id(), new PhoneTicketSettings(true, 0, 3)))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.fieldErrors()).anySatisfy(f -> assertThat(f).containsEntry("field", "dailyCap"));
                });
        long fresh = fixtures.office().id();
        assertThat(fixtures.staff(fresh, Role.ADMIN)
                        .offices()
                        .phoneTickets(fresh)
                        .enabled())
                .as("off unless the admin allows it")
                .isFalse();
    }

    private int phoneTickets() {
        return jdbc.sql("select count(*) from phone_ticket where office_id = ?")
                .param(office.id())
                .query(Integer.class)
                .single();
    }

    private int codes() {
        return jdbc.sql("select count(*) from phone_code where office_id = ?")
                .param(office.id())
                .query(Integer.class)
                .single();
    }

    private String officeCode() {
        return jdbc.sql("select code from office where id = ?")
                .param(office.id())
                .query(String.class)
                .single();
    }

    private static void assertRefused(Runnable call, int status) {
        assertThatThrownBy(call::run)
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.status()).isEqualTo(status));
    }
}
