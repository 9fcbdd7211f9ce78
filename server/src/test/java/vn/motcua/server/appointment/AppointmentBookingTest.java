package vn.motcua.server.appointment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import vn.motcua.client.ApiException;
import vn.motcua.client.MotcuaClient;
import vn.motcua.client.api.AppointmentAreaRequest;
import vn.motcua.client.api.AppointmentEntry;
import vn.motcua.client.api.AppointmentRequest;
import vn.motcua.client.api.AppointmentSlot;
import vn.motcua.client.api.AppointmentStatus;
import vn.motcua.client.api.Role;
import vn.motcua.server.Fixtures;
import vn.motcua.server.IntegrationTest;
import vn.motcua.server.TestClock;
import vn.motcua.server.office.OfficeDirectory;

/** Slots, booking and its bounds, cancellation, no-shows and reminders, and who may call each endpoint. */
@IntegrationTest
@RecordApplicationEvents
class AppointmentBookingTest {

    private static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final LocalDate MONDAY = LocalDate.parse("2026-06-01");
    /** The longest name the form takes, as Vietnamese names run. */
    private static final String LONG_NAME =
            "Nguyễn Huỳnh Thị Ngọc Phượng Tôn Nữ Hoàng Khánh Quỳnh Trương Đặng Bảo Ngọc "
                    .repeat(2)
                    .substring(0, 100);

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Appointments appointments;

    @Autowired
    ApplicationEvents events;

    @Autowired
    OfficeDirectory directory;

    private BookingDesk desk;
    private Fixtures.TestOffice office;
    private MotcuaClient admin;

    private static Instant at(LocalDate day, String time) {
        return LocalDateTime.of(day, LocalTime.parse(time)).atZone(HANOI).toInstant();
    }

    @BeforeEach
    void anOfficeWhoseAreaATakesThreeCitizensPerHalfHour() {
        TestClock.pin(at(MONDAY, "07:00"));
        desk = new BookingDesk(fixtures);
        office = fixtures.office();
        admin = fixtures.staff(office.id(), Role.ADMIN);
        admin.appointments().setAppointmentArea(office.id(), office.area(0), new AppointmentAreaRequest(30, 3, true));
    }

    @AfterEach
    void releaseClock() {
        TestClock.release();
    }

    @Test
    void forty_citizens_booking_one_slot_at_once_get_exactly_its_three_places() throws Exception {
        Instant nine = at(MONDAY, "09:00");
        int citizens = 40;
        ExecutorService pool = Executors.newFixedThreadPool(citizens);
        CountDownLatch gate = new CountDownLatch(1);
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        for (int i = 0; i < citizens; i++) {
            String phone = "0987654" + (100 + i);
            Callable<HttpResponse<String>> booking = () -> {
                gate.await();
                return desk.book(office.id(), office.area(0), nine, LONG_NAME, phone);
            };
            answers.add(pool.submit(booking));
        }
        gate.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<HttpResponse<String>> answer : answers) {
            HttpResponse<String> response = answer.get();
            statuses.add(response.statusCode());
            if (response.statusCode() == 409) {
                assertThat(response.body()).contains("SLOT_FULL");
            }
        }
        pool.shutdown();

        assertThat(statuses).filteredOn(s -> s == 201).hasSize(3);
        assertThat(statuses).filteredOn(s -> s == 409).hasSize(citizens - 3);
        assertThat(jdbc.sql("select count(*) from appointment where area_id = ? and starts_at = ?")
                        .params(office.area(0), Timestamp.from(nine))
                        .query(Integer.class)
                        .single())
                .isEqualTo(3);
        assertThat(slot(MONDAY, nine).free()).isZero();
    }

    @Test
    void slots_follow_opening_hours_and_the_working_calendar() {
        jdbc.sql("update office set opens_at = '07:30', closes_at = '17:00', open_on_saturday = false,"
                        + " open_on_sunday = false where id = ?")
                .param(office.id())
                .update();
        directory.forget(office.id());
        admin.appointments().setAppointmentArea(office.id(), office.area(0), new AppointmentAreaRequest(45, 3, true));

        List<AppointmentSlot> monday = slots(MONDAY);
        assertThat(monday).hasSize(12);
        assertThat(monday.getFirst().startsAt()).isEqualTo(at(MONDAY, "07:30"));
        assertThat(monday.getLast().startsAt()).isEqualTo(at(MONDAY, "15:45"));
        assertThat(slots(LocalDate.parse("2026-06-06")))
                .as("a Saturday the office is closed")
                .isEmpty();
        assertThat(slots(LocalDate.parse("2026-09-02"))).as("Quốc khánh").isEmpty();
        assertThat(slots(MONDAY.plusDays(14)))
                .as("further ahead than bookings go")
                .isEmpty();
        TestClock.pin(at(MONDAY, "08:15"));
        assertThat(slots(MONDAY).getFirst().startsAt())
                .as("slots begun are not offered")
                .isEqualTo(at(MONDAY, "09:00"));
    }

    @Test
    void a_booking_is_refused_with_the_field_named_and_bounded_per_phone_and_per_address() {
        Instant nine = at(MONDAY, "09:00");
        assertField(desk.book(office.id(), office.area(0), nine, LONG_NAME, "12345"), "phone");
        assertField(desk.book(office.id(), office.area(0), at(MONDAY, "09:10"), LONG_NAME, "0987654321"), "startsAt");
        assertField(desk.book(office.id(), office.area(0), at(MONDAY, "06:30"), LONG_NAME, "0987654321"), "startsAt");
        assertField(desk.book(office.id(), office.area(1), nine, LONG_NAME, "0987654321"), "areaId");
        assertField(desk.book(office.id(), office.area(0), nine, LONG_NAME + "x", "0987654321"), "name");

        desk.booked(office.id(), office.area(0), nine, LONG_NAME, "+84 987 654 321");
        desk.booked(office.id(), office.area(0), at(MONDAY, "10:00"), LONG_NAME, "0987.654.321");
        HttpResponse<String> third =
                desk.book(office.id(), office.area(0), at(MONDAY, "11:00"), LONG_NAME, "0987654321");
        assertThat(third.statusCode()).isEqualTo(409);
        assertThat(third.body()).contains("PHONE_HAS_BOOKINGS");

        String address = BookingDesk.anyAddress();
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < BookingThrottle.FREE_BOOKINGS_PER_ADDRESS + 1; i++) {
            statuses.add(desk.book(
                            office.id(),
                            office.area(0),
                            at(MONDAY.plusDays(1), "08:00").plus(Duration.ofMinutes(30L * i)),
                            LONG_NAME,
                            "09111111" + (10 + i),
                            address)
                    .statusCode());
        }
        assertThat(statuses.subList(0, BookingThrottle.FREE_BOOKINGS_PER_ADDRESS))
                .containsOnly(201);
        assertThat(statuses.getLast()).isEqualTo(429);
    }

    @Test
    void a_cancelled_booking_and_a_no_show_give_their_place_back() {
        Instant nine = at(MONDAY, "09:00");
        String cancelled = desk.booked(office.id(), office.area(0), nine, LONG_NAME, "0987000001")
                .code();
        String missed = desk.booked(office.id(), office.area(0), nine, LONG_NAME, "0987000002")
                .code();
        desk.booked(office.id(), office.area(0), nine, LONG_NAME, "0987000003");
        assertThat(slot(MONDAY, nine).free()).isZero();

        assertThat(fixtures.client()
                        .appointments()
                        .cancel(office.id(), cancelled)
                        .status())
                .isEqualTo(AppointmentStatus.CANCELLED);
        assertThat(slot(MONDAY, nine).free()).isEqualTo(1);
        assertThatThrownBy(() -> fixtures.client().appointments().cancel(office.id(), cancelled))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.code()).isEqualTo("APPOINTMENT_NOT_CANCELLABLE"));

        TestClock.pin(at(MONDAY, "09:15"));
        appointments.releaseNoShows();
        assertThat(status(missed)).as("still within its window").isEqualTo(AppointmentStatus.BOOKED);
        TestClock.pin(at(MONDAY, "09:15:00.001"));
        appointments.releaseNoShows();
        assertThat(status(missed)).isEqualTo(AppointmentStatus.NO_SHOW);
        assertThat(jdbc.sql("select count(*) from appointment where area_id = ? and status in ('BOOKED', 'CHECKED_IN')")
                        .param(office.area(0))
                        .query(Integer.class)
                        .single())
                .as("the slot's two no-shows hold no place")
                .isZero();

        TestClock.pin(at(MONDAY, "10:30"));
        var ticket = fixtures.device(office.id(), Role.KIOSK, null)
                .appointments()
                .checkIn(office.id(), missed)
                .ticket();
        assertThat(ticket.priority())
                .as("a no-show who comes after all joins as a walk-in")
                .isNull();
        assertThat(status(missed)).isEqualTo(AppointmentStatus.CHECKED_IN);
    }

    @Test
    void the_days_list_shows_the_staff_every_booking_of_that_day_by_time_with_what_became_of_it() {
        admin.appointments().setAppointmentArea(office.id(), office.area(1), new AppointmentAreaRequest(30, 3, true));
        String late = desk.booked(office.id(), office.area(1), at(MONDAY, "10:00"), LONG_NAME, "0987000031")
                .code();
        String early = desk.booked(office.id(), office.area(0), at(MONDAY, "08:00"), "Trần Văn Bình", "0987000032")
                .code();
        String cancelled = desk.booked(office.id(), office.area(0), at(MONDAY, "09:00"), "Lê Thị Cúc", "0987000033")
                .code();
        desk.booked(office.id(), office.area(0), at(MONDAY.plusDays(1), "08:00"), "Ngày mai", "0987000034");
        fixtures.client().appointments().cancel(office.id(), cancelled);
        TestClock.pin(at(MONDAY, "07:50"));
        String ticket = fixtures.device(office.id(), Role.KIOSK, null)
                .appointments()
                .checkIn(office.id(), early)
                .ticket()
                .id();

        List<AppointmentEntry> day =
                fixtures.staff(office.id(), Role.CLERK).appointments().appointmentsOf(office.id(), MONDAY);

        assertThat(day).extracting(AppointmentEntry::code).containsExactly(early, cancelled, late);
        assertThat(day.getFirst())
                .isEqualTo(new AppointmentEntry(
                        early,
                        office.area(0),
                        at(MONDAY, "08:00"),
                        AppointmentStatus.CHECKED_IN,
                        "Trần Văn Bình",
                        "0987000032",
                        ticket));
        assertThat(day.get(1).status()).isEqualTo(AppointmentStatus.CANCELLED);
        assertThat(day.get(2).name()).isEqualTo(LONG_NAME);
        assertThat(fixtures.staff(office.id(), Role.HEAD)
                        .appointments()
                        .appointmentsOf(office.id(), MONDAY.plusDays(1)))
                .extracting(AppointmentEntry::name)
                .containsExactly("Ngày mai");
        for (MotcuaClient refused : List.of(
                fixtures.device(office.id(), Role.KIOSK, null),
                fixtures.staff(fixtures.office().id(), Role.HEAD))) {
            assertRefused(() -> refused.appointments().appointmentsOf(office.id(), MONDAY), 403);
        }
        assertRefused(() -> fixtures.client().appointments().appointmentsOf(office.id(), MONDAY), 401);
    }

    @Test
    void a_booking_is_announced_once_and_reminded_once_a_day_ahead_unless_booked_within_that_day() {
        String code = appointments
                .book(
                        office.id(),
                        new AppointmentRequest(
                                office.area(0), at(MONDAY.plusDays(2), "09:00"), LONG_NAME, "0987000010", "en"))
                .code();
        String late = appointments
                .book(
                        office.id(),
                        new AppointmentRequest(
                                office.area(0), at(MONDAY.plusDays(1), "08:30"), LONG_NAME, "0987000011", null))
                .code();

        assertThat(events.stream(AppointmentBooked.class))
                .extracting(AppointmentBooked::code)
                .containsExactly(code, late);
        AppointmentBooked booked =
                events.stream(AppointmentBooked.class).findFirst().orElseThrow();
        assertThat(booked.name()).isEqualTo(LONG_NAME);
        assertThat(booked.phone()).isEqualTo("0987000010");
        assertThat(booked.language()).isEqualTo("en");
        assertThat(booked.startsAt()).isEqualTo(LocalDateTime.parse("2026-06-03T09:00"));
        assertThat(booked.page()).endsWith("/cong-khai/" + office.id() + "/dat-lich/" + code + "?lang=en");

        TestClock.pin(at(MONDAY.plusDays(1), "08:59:59"));
        appointments.remind();
        assertThat(reminders()).isEmpty();
        TestClock.pin(at(MONDAY.plusDays(1), "09:00"));
        appointments.remind();
        appointments.remind();

        assertThat(reminders())
                .extracting(AppointmentReminderDue::code)
                .containsExactly(code)
                .doesNotContain(late);
    }

    @Test
    void each_endpoint_refuses_callers_it_does_not_name() {
        var other = fixtures.office();
        MotcuaClient otherKiosk = fixtures.device(other.id(), Role.KIOSK, null);
        MotcuaClient clerk = fixtures.staff(office.id(), Role.CLERK);
        MotcuaClient head = fixtures.staff(office.id(), Role.HEAD);
        MotcuaClient kiosk = fixtures.device(office.id(), Role.KIOSK, null);
        MotcuaClient nobody = fixtures.client();
        AppointmentAreaRequest settings = new AppointmentAreaRequest(20, 2, true);
        String code = desk.booked(office.id(), office.area(0), at(MONDAY, "09:00"), LONG_NAME, "0987000020")
                .code();
        TestClock.pin(at(MONDAY, "08:50"));

        assertThat(head.appointments().appointmentAreas(office.id())).hasSize(1);
        for (MotcuaClient refused : List.of(clerk, kiosk, otherKiosk)) {
            assertRefused(() -> refused.appointments().appointmentAreas(office.id()), 403);
        }
        for (MotcuaClient refused : List.of(head, clerk, kiosk)) {
            assertRefused(() -> refused.appointments().setAppointmentArea(office.id(), office.area(1), settings), 403);
        }
        assertRefused(
                () -> fixtures.staff(other.id(), Role.ADMIN)
                        .appointments()
                        .setAppointmentArea(office.id(), office.area(1), settings),
                403);
        assertRefused(() -> admin.appointments().setAppointmentArea(office.id(), other.area(0), settings), 400);
        for (MotcuaClient refused : List.of(clerk, head, admin, otherKiosk)) {
            assertRefused(() -> refused.appointments().checkIn(office.id(), code), 403);
        }
        assertRefused(() -> nobody.appointments().checkIn(office.id(), code), 401);
        assertRefused(() -> nobody.appointments().appointmentAreas(office.id()), 401);
        assertThat(kiosk.appointments().checkIn(office.id(), code).ticket().appointment())
                .isEqualTo(code);
    }

    /** The reminders of this test's office: the job claims those of every office, other tests' bookings too. */
    private List<AppointmentReminderDue> reminders() {
        return events.stream(AppointmentReminderDue.class)
                .filter(r -> r.officeId() == office.id())
                .toList();
    }

    private void assertField(HttpResponse<String> answer, String field) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
        assertThat(answer.headers().firstValue("content-type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(answer.body()).contains("\"field\":\"" + field + "\"");
    }

    private static void assertRefused(Runnable call, int status) {
        assertThatThrownBy(call::run)
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.status()).isEqualTo(status));
    }

    private AppointmentStatus status(String code) {
        return fixtures.client().appointments().appointment(office.id(), code).status();
    }

    private List<AppointmentSlot> slots(LocalDate day) {
        return fixtures.client().appointments().slots(office.id(), office.area(0), day);
    }

    private AppointmentSlot slot(LocalDate day, Instant start) {
        return slots(day).stream()
                .filter(s -> s.startsAt().equals(start))
                .findFirst()
                .orElseThrow();
    }
}
