package vn.motcua.server.appointment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.StringRedisTemplate;
import vn.motcua.client.ApiException;
import vn.motcua.client.MotcuaClient;
import vn.motcua.client.api.AppointmentAreaRequest;
import vn.motcua.client.api.AppointmentStatus;
import vn.motcua.client.api.IssuedTicket;
import vn.motcua.client.api.PriorityGroup;
import vn.motcua.client.api.Role;
import vn.motcua.client.api.TicketView;
import vn.motcua.server.Fixtures;
import vn.motcua.server.IntegrationTest;
import vn.motcua.server.TestClock;

/**
 * How checked-in appointments join the walk-in queue, with the clock pinned: on time from 15 minutes before the slot
 * to 15 minutes after it, served first but never more than the office's priority run in a row while a walk-in waits;
 * late ones join as walk-ins; early ones are told when to come back.
 */
@IntegrationTest
class AppointmentQueueTest {

    private static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");

    @Autowired
    Fixtures fixtures;

    @Autowired
    StringRedisTemplate redis;

    private BookingDesk desk;
    private Fixtures.TestOffice office;
    private MotcuaClient kiosk;
    private MotcuaClient clerk;

    /** Monday 1 June 2026, a working day, in the office's local time. */
    private static Instant monday(String time) {
        return LocalDateTime.parse("2026-06-01T" + time).atZone(HANOI).toInstant();
    }

    @BeforeEach
    void anOfficeWhoseAreaATakesBookings() {
        TestClock.pin(monday("07:00"));
        desk = new BookingDesk(fixtures);
        office = fixtures.office(3);
        fixtures.staff(office.id(), Role.ADMIN)
                .appointments()
                .setAppointmentArea(office.id(), office.area(0), new AppointmentAreaRequest(30, 6, true));
        kiosk = fixtures.device(office.id(), Role.KIOSK, null);
        clerk = fixtures.staff(office.id(), Role.CLERK);
    }

    @AfterEach
    void releaseClock() {
        TestClock.release();
    }

    @Test
    void an_on_time_arrival_is_served_before_walk_ins_a_late_one_joins_as_a_walk_in_and_an_early_one_must_wait() {
        String first = book("0912345601");
        String second = book("0912345602");
        String late = book("0912345603");

        TestClock.pin(monday("08:44:59"));
        assertThatThrownBy(() -> kiosk.appointments().checkIn(office.id(), first))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(409);
                    assertThat(e.code()).isEqualTo("APPOINTMENT_TOO_EARLY");
                    assertThat(e.getMessage()).contains("08:45");
                });
        TicketView walkIn =
                kiosk.queue().issueTicket(office.id(), office.area(0), null).ticket();

        TestClock.pin(monday("08:45"));
        TicketView onTime = kiosk.appointments().checkIn(office.id(), first).ticket();
        TestClock.pin(monday("09:15"));
        TicketView lastMinute = kiosk.appointments()
                .checkIn(office.id(), second.toLowerCase().replace("-", ""))
                .ticket();
        TestClock.pin(monday("09:15:00.001"));
        TicketView walkedIn = kiosk.appointments().checkIn(office.id(), late).ticket();

        assertThat(onTime.priority()).isEqualTo(PriorityGroup.APPOINTMENT);
        assertThat(onTime.appointment()).isEqualTo(first);
        assertThat(lastMinute.priority()).isEqualTo(PriorityGroup.APPOINTMENT);
        assertThat(walkedIn.priority()).isNull();
        assertThat(walkedIn.appointment()).isEqualTo(late);
        assertThat(walkIn.appointment()).isNull();
        assertThat(callAll(4))
                .containsExactly(onTime.code(), lastMinute.code(), walkIn.code(), walkedIn.code())
                .containsExactly("A002", "A003", "A001", "A004");
        assertThat(kiosk.appointments().appointment(office.id(), late).status())
                .isEqualTo(AppointmentStatus.CHECKED_IN);
    }

    @Test
    void walk_ins_are_never_starved_at_most_the_priority_run_of_appointments_is_called_in_a_row() {
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            codes.add(book("09123456" + (10 + i)));
        }
        TestClock.pin(monday("08:50"));
        kiosk.queue().issueTicket(office.id(), office.area(0), null);
        TestClock.advance(Duration.ofSeconds(1));
        kiosk.queue().issueTicket(office.id(), office.area(0), null);
        TestClock.pin(monday("08:55"));
        for (String code : codes) {
            TestClock.advance(Duration.ofSeconds(1));
            kiosk.appointments().checkIn(office.id(), code);
        }

        assertThat(callAll(8)).containsExactly("A003", "A004", "A005", "A001", "A006", "A007", "A008", "A002");
    }

    @Test
    void a_second_check_in_of_one_code_answers_the_same_ticket() {
        String code = book("0912345620");
        TestClock.pin(monday("08:50"));

        IssuedTicket first = kiosk.appointments().checkIn(office.id(), code);
        IssuedTicket again = kiosk.appointments().checkIn(office.id(), code);

        assertThat(again.ticket().id()).isEqualTo(first.ticket().id());
        assertThat(kiosk.queue().snapshot(office.id()).waitingByArea().get(office.area(0)))
                .hasSize(1);
    }

    @Test
    void the_appointment_mark_survives_a_rebuild_of_the_queue_from_the_record() {
        String code = book("0912345621");
        TestClock.pin(monday("08:50"));
        kiosk.appointments().checkIn(office.id(), code);

        redis.delete("mc:{" + office.id() + "}:loaded");

        TicketView rebuilt = kiosk.queue()
                .snapshot(office.id())
                .waitingByArea()
                .get(office.area(0))
                .getFirst();
        assertThat(rebuilt.appointment()).isEqualTo(code);
        assertThat(rebuilt.priority()).isEqualTo(PriorityGroup.APPOINTMENT);
    }

    @Test
    void a_booking_of_another_day_or_a_cancelled_one_issues_no_ticket() {
        String tomorrow = desk.booked(
                        office.id(), office.area(0), monday("09:00").plusSeconds(86_400), "Trần Văn Bình", "0912345622")
                .code();
        String cancelled = book("0912345623");
        fixtures.client().appointments().cancel(office.id(), cancelled);
        TestClock.pin(monday("08:50"));

        assertThatThrownBy(() -> kiosk.appointments().checkIn(office.id(), tomorrow))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.code()).isEqualTo("APPOINTMENT_NOT_TODAY"));
        assertThatThrownBy(() -> kiosk.appointments().checkIn(office.id(), cancelled))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.code()).isEqualTo("APPOINTMENT_CANCELLED"));
        assertThatThrownBy(() -> kiosk.appointments().checkIn(office.id(), "LH-2222-2222"))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.status()).isEqualTo(404));
        assertThat(kiosk.queue().snapshot(office.id()).waitingCount(office.area(0)))
                .isZero();
    }

    @Test
    void the_appointment_priority_cannot_be_chosen_when_taking_a_ticket() {
        TestClock.pin(monday("08:50"));

        assertThatThrownBy(() -> kiosk.queue().issueTicket(office.id(), office.area(0), PriorityGroup.APPOINTMENT))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.fieldErrors()).extracting(f -> f.get("field")).containsExactly("priority");
                });
        assertThat(kiosk.queue().snapshot(office.id()).waitingCount(office.area(0)))
                .isZero();
    }

    private String book(String phone) {
        return desk.booked(office.id(), office.area(0), monday("09:00"), "Nguyễn Thị Hồng Nhung", phone)
                .code();
    }

    private List<String> callAll(int count) {
        List<String> order = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            order.add(clerk.queue().callNext(office.id(), office.counter(0)).code());
            clerk.queue().noShow(office.id(), office.counter(0));
        }
        return order;
    }
}
