package vn.motcua.server.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.motcua.client.ApiException;
import vn.motcua.client.MotcuaClient;
import vn.motcua.client.api.AreaRequest;
import vn.motcua.client.api.CounterRequest;
import vn.motcua.client.api.DeviceRequest;
import vn.motcua.client.api.OfficeSettings;
import vn.motcua.client.api.Role;
import vn.motcua.client.api.StaffRequest;
import vn.motcua.server.Fixtures;
import vn.motcua.server.IntegrationTest;
import vn.motcua.server.TestClock;

@IntegrationTest
class AdministrationTest {

    @Autowired
    Fixtures fixtures;

    @Test
    void an_admin_adds_a_service_area_and_a_counter_and_kiosks_can_issue_tickets_for_it_at_once() {
        var office = fixtures.office();
        MotcuaClient admin = fixtures.staff(office.id(), Role.ADMIN);
        MotcuaClient kiosk = fixtures.device(office.id(), Role.KIOSK, null);

        var area = admin.offices()
                .addArea(office.id(), new AreaRequest("HOTICH", "Hộ tịch", "Civil status", "H", 50, null));
        var counter =
                admin.offices().addCounter(office.id(), new CounterRequest(9, "Quầy 9", List.of(area.id()), null));

        assertThat(kiosk.offices().office(office.id()).areas())
                .extracting(a -> a.name())
                .contains("Hộ tịch");
        assertThat(kiosk.queue()
                        .issueTicket(office.id(), area.id(), null)
                        .ticket()
                        .code())
                .isEqualTo("H001");
        MotcuaClient clerk = fixtures.staff(office.id(), Role.CLERK);
        assertThat(clerk.queue().callNext(office.id(), counter.id()).code()).isEqualTo("H001");
    }

    @Test
    void a_taken_prefix_or_a_bad_field_is_refused_naming_the_field() {
        var office = fixtures.office();
        MotcuaClient admin = fixtures.staff(office.id(), Role.ADMIN);

        assertThatThrownBy(() ->
                        admin.offices().addArea(office.id(), new AreaRequest("NEW", "Mới", null, "A", null, null)))
                .isInstanceOfSatisfying(
                        ApiException.class,
                        e -> assertThat(e.fieldErrors())
                                .extracting(m -> m.get("field"))
                                .containsExactly("prefix"));
        assertThatThrownBy(
                        () -> admin.offices().addArea(office.id(), new AreaRequest("NEW", "Mới", null, "a1", 0, null)))
                .isInstanceOfSatisfying(
                        ApiException.class,
                        e -> assertThat(e.fieldErrors())
                                .extracting(m -> m.get("field"))
                                .containsExactlyInAnyOrder("prefix", "dailyLimit"));
        assertThatThrownBy(() -> admin.offices()
                        .addCounter(office.id(), new CounterRequest(1, "Quầy 1 bis", List.of(office.area(0)), null)))
                .isInstanceOfSatisfying(
                        ApiException.class,
                        e -> assertThat(e.fieldErrors())
                                .extracting(m -> m.get("field"))
                                .containsExactly("number"));
    }

    @Test
    void a_new_device_gets_its_secret_once_and_a_revoked_device_is_refused_at_once() {
        var office = fixtures.office();
        MotcuaClient admin = fixtures.staff(office.id(), Role.ADMIN);
        var device = admin.devices().addDevice(office.id(), new DeviceRequest(Role.KIOSK, null));
        MotcuaClient kiosk = fixtures.client();
        kiosk.signInDevice(device.code(), device.secret());
        kiosk.queue().issueTicket(office.id(), office.area(0), null);

        assertThat(admin.devices().devices(office.id()))
                .allSatisfy(d -> assertThat(d.secret()).isNull());
        admin.devices().revokeDevice(office.id(), device.id());

        assertThatThrownBy(() -> kiosk.queue().issueTicket(office.id(), office.area(0), null))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.status()).isEqualTo(401));
    }

    @Test
    void a_new_clerk_signs_in_with_the_password_the_admin_set() {
        var office = fixtures.office();
        MotcuaClient admin = fixtures.staff(office.id(), Role.ADMIN);
        String username = "nv" + System.nanoTime();

        admin.staff()
                .addStaff(
                        office.id(),
                        new StaffRequest(username, "Nguyễn Văn Mới", "mat-khau-dai-du", Set.of(Role.CLERK)));

        MotcuaClient clerk = fixtures.client();
        assertThat(clerk.signInStaff(username, "mat-khau-dai-du").roles()).containsExactly(Role.CLERK);
        assertThatThrownBy(() -> admin.staff()
                        .addStaff(office.id(), new StaffRequest(username, "X", "mat-khau-dai-du", Set.of(Role.CLERK))))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.status()).isEqualTo(400));
    }

    @Test
    void only_an_admin_of_the_office_administers_it() {
        var office = fixtures.office();
        var other = fixtures.office();
        MotcuaClient head = fixtures.staff(office.id(), Role.HEAD);
        MotcuaClient otherAdmin = fixtures.staff(other.id(), Role.ADMIN);

        for (MotcuaClient caller : List.of(head, otherAdmin)) {
            assertThatThrownBy(() ->
                            caller.offices().addArea(office.id(), new AreaRequest("X", "X", null, "X", null, null)))
                    .isInstanceOfSatisfying(
                            ApiException.class, e -> assertThat(e.status()).isEqualTo(403));
            assertThatThrownBy(() -> caller.devices().devices(office.id()))
                    .isInstanceOfSatisfying(
                            ApiException.class, e -> assertThat(e.status()).isEqualTo(403));
            assertThatThrownBy(() -> caller.staff().staff(office.id()))
                    .isInstanceOfSatisfying(
                            ApiException.class, e -> assertThat(e.status()).isEqualTo(403));
        }
    }

    @Test
    void an_admin_changes_the_opening_hours_and_the_office_refuses_tickets_outside_them() {
        var office = fixtures.office();
        MotcuaClient admin = fixtures.staff(office.id(), Role.ADMIN);
        MotcuaClient kiosk = fixtures.device(office.id(), Role.KIOSK, null);

        var changed = admin.offices()
                .updateOffice(
                        office.id(),
                        new OfficeSettings(
                                "Văn phòng mới",
                                "000.00.00.T01",
                                LocalTime.of(7, 30),
                                LocalTime.of(11, 0),
                                false,
                                false,
                                2));
        // Wednesday 12:00 in Hanoi, after the new closing time
        TestClock.pin(Instant.parse("2026-03-04T05:00:00Z"));

        try {
            assertThat(changed.name()).isEqualTo("Văn phòng mới");
            assertThat(changed.priorityRun()).isEqualTo(2);
            assertThatThrownBy(() -> kiosk.queue().issueTicket(office.id(), office.area(0), null))
                    .isInstanceOfSatisfying(
                            ApiException.class, e -> assertThat(e.code()).isEqualTo("OFFICE_CLOSED"));
        } finally {
            TestClock.release();
        }
        assertThatThrownBy(() -> admin.offices()
                        .updateOffice(
                                office.id(),
                                new OfficeSettings(
                                        "X", "000", LocalTime.of(17, 0), LocalTime.of(7, 30), false, false, 3)))
                .isInstanceOfSatisfying(
                        ApiException.class,
                        e -> assertThat(e.fieldErrors())
                                .extracting(m -> m.get("field"))
                                .containsExactly("closesAt"));
    }

    @Test
    void an_office_hands_out_tickets_on_sunday_only_while_it_opens_on_sundays() {
        var office = fixtures.office();
        MotcuaClient admin = fixtures.staff(office.id(), Role.ADMIN);
        MotcuaClient kiosk = fixtures.device(office.id(), Role.KIOSK, null);
        // Sunday 8/3/2026 09:00 in Hanoi
        TestClock.pin(Instant.parse("2026-03-08T02:00:00Z"));
        try {
            assertThat(kiosk.queue()
                            .issueTicket(office.id(), office.area(0), null)
                            .ticket()
                            .code())
                    .isEqualTo("A001");
            admin.offices()
                    .updateOffice(
                            office.id(),
                            new OfficeSettings(
                                    "Văn phòng thử", "000.00.00.T01", LocalTime.MIN, LocalTime.MAX, true, false, 3));
            assertThatThrownBy(() -> kiosk.queue().issueTicket(office.id(), office.area(0), null))
                    .isInstanceOfSatisfying(
                            ApiException.class, e -> assertThat(e.code()).isEqualTo("OFFICE_CLOSED"));
        } finally {
            TestClock.release();
        }
    }
}
