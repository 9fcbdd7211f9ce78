package vn.motcua.server.appointment;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.client.api.AppointmentAreaRequest;
import vn.motcua.client.api.Role;
import vn.motcua.server.Fixtures;
import vn.motcua.server.IntegrationTest;
import vn.motcua.server.TestClock;

/** The public booking page over HTTP as a phone uses it: no script, plain forms, Vietnamese first. */
@IntegrationTest
class AppointmentPageTest {

    private static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final Instant NINE =
            LocalDateTime.parse("2026-06-01T09:00").atZone(HANOI).toInstant();
    /** As long as the form takes: 100 characters, every one of the last ones with its diacritics. */
    private static final String LONGEST_NAME =
            "Tôn Nữ Hoàng Khánh Quỳnh Nguyễn Huỳnh Thị Ngọc Phượng Trương Đặng Bảo Ngọc Lê Phạm Diễm Hương Trần Ý";

    private static final Pattern CODE = Pattern.compile("LH-[2-9A-Z]{4}-[2-9A-Z]{4}");

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    private BookingDesk desk;
    private Fixtures.TestOffice office;
    private String address;
    private String areaName;

    @BeforeEach
    void anOfficeWhoseAreaWithTheLongestNameTakesBookings() {
        TestClock.pin(LocalDateTime.parse("2026-06-01T07:00").atZone(HANOI).toInstant());
        desk = new BookingDesk(fixtures);
        address = BookingDesk.anyAddress();
        office = fixtures.office();
        areaName =
                "Lĩnh vực Hộ tịch, Chứng thực, Quốc tịch, Nuôi con nuôi và Đăng ký giao dịch bảo đảm quyền sử dụng đất";
        jdbc.sql("update service_area set name = ? where id = ?")
                .params(areaName, office.area(0))
                .update();
        fixtures.staff(office.id(), Role.ADMIN)
                .appointments()
                .setAppointmentArea(office.id(), office.area(0), new AppointmentAreaRequest(30, 2, true));
    }

    @AfterEach
    void releaseClock() {
        TestClock.release();
    }

    @Test
    void a_citizen_chooses_area_day_and_time_books_with_the_longest_name_and_gets_a_code_with_its_qr_code() {
        assertThat(LONGEST_NAME).hasSize(100);
        HttpResponse<String> start = desk.get("/cong-khai/" + office.id() + "/dat-lich", address);
        assertThat(start.statusCode()).isEqualTo(200);
        assertThat(start.headers().firstValue("content-security-policy"))
                .hasValueSatisfying(
                        p -> assertThat(p).contains("form-action 'self'").contains("script-src 'self'"));
        assertThat(start.body())
                .contains("<html lang=vi>", "Đặt lịch hẹn", areaName, "Thứ Hai, 01/06/2026")
                .doesNotContain("<script");

        HttpResponse<String> day = desk.get(
                "/cong-khai/" + office.id() + "/dat-lich?lang=vi&area=" + office.area(0) + "&day=2026-06-01", address);
        assertThat(day.body()).contains("value='" + NINE + "'", "09:00–09:30 · còn 2 chỗ");

        HttpResponse<String> booked = postForm(
                "/cong-khai/" + office.id() + "/dat-lich?lang=vi",
                form(
                        "area",
                        String.valueOf(office.area(0)),
                        "day",
                        "2026-06-01",
                        "slot",
                        NINE.toString(),
                        "name",
                        LONGEST_NAME,
                        "phone",
                        "0912 345 678"));

        assertThat(booked.statusCode()).as(booked.body()).isEqualTo(200);
        Matcher code = CODE.matcher(booked.body());
        assertThat(code.find()).isTrue();
        assertThat(booked.body())
                .contains("Đã đặt lịch hẹn", "src='data:image/png;base64,", "Mời Ông/Bà đến từ 08:45 đến 09:15")
                .doesNotContain(LONGEST_NAME)
                .doesNotContain("0912");
        assertThat(jdbc.sql("select name from appointment where code = ?")
                        .param(code.group())
                        .query(String.class)
                        .single())
                .isEqualTo(LONGEST_NAME);

        HttpResponse<String> page = desk.get(
                "/cong-khai/" + office.id() + "/dat-lich/" + code.group().toLowerCase(), address);
        assertThat(page.body()).contains(code.group(), "Đã đặt, chờ đến giờ hẹn.", "Hủy lịch hẹn");
        assertThat(desk.get(
                                "/cong-khai/" + office.id() + "/dat-lich?lang=vi&area=" + office.area(0)
                                        + "&day=2026-06-01",
                                address)
                        .body())
                .contains("09:00–09:30 · còn 1 chỗ");

        HttpResponse<String> cancelled =
                postForm("/cong-khai/" + office.id() + "/dat-lich/" + code.group() + "/huy?lang=vi", "");
        assertThat(cancelled.statusCode()).isEqualTo(200);
        assertThat(cancelled.body())
                .contains("Lịch hẹn đã được hủy.", "Đã hủy.")
                .doesNotContain("data:image/png");
    }

    @Test
    void a_wrong_phone_number_or_no_time_chosen_gives_the_form_back_with_the_fields_marked_and_what_was_typed() {
        HttpResponse<String> wrong = postForm(
                "/cong-khai/" + office.id() + "/dat-lich?lang=vi",
                form(
                        "area",
                        String.valueOf(office.area(0)),
                        "day",
                        "2026-06-01",
                        "slot",
                        NINE.toString(),
                        "name",
                        LONGEST_NAME,
                        "phone",
                        "024 3825 1234"));
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(wrong.body())
                .contains("Vui lòng nhập số di động Việt Nam", "value='" + LONGEST_NAME + "'", "value='024 3825 1234'");

        HttpResponse<String> noTime = postForm(
                "/cong-khai/" + office.id() + "/dat-lich?lang=vi",
                form("area", String.valueOf(office.area(0)), "day", "2026-06-01", "name", "", "phone", "0912345678"));
        assertThat(noTime.statusCode()).isEqualTo(400);
        assertThat(noTime.body()).contains("Vui lòng chọn một giờ còn trống.", "Vui lòng nhập họ và tên");
        assertThat(jdbc.sql("select count(*) from appointment where office_id = ?")
                        .param(office.id())
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void the_page_speaks_english_with_lang_en_and_an_unknown_code_or_office_gets_a_404_page() {
        HttpResponse<String> english = desk.get(
                "/cong-khai/" + office.id() + "/dat-lich?lang=en&area=" + office.area(0) + "&day=2026-06-01", address);
        assertThat(english.body())
                .contains("<html lang=en>", "Book an appointment", "Monday, 01/06/2026", "2 places left");

        assertThat(desk.get("/cong-khai/" + office.id() + "/dat-lich/LH-2222-2222", address)
                        .statusCode())
                .isEqualTo(404);
        assertThat(desk.get("/cong-khai/abc/dat-lich", address).statusCode()).isEqualTo(404);
    }

    private HttpResponse<String> postForm(String path, String body) {
        return desk.post(path, "application/x-www-form-urlencoded", body, address);
    }

    private static String form(String... pairs) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            fields.put(pairs[i], pairs[i + 1]);
        }
        return fields.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
