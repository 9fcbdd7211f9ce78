package vn.motcua.server.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.client.ApiException;
import vn.motcua.client.MotcuaClient;
import vn.motcua.client.api.Role;
import vn.motcua.client.api.StaffRequest;
import vn.motcua.client.api.StaffUpdate;
import vn.motcua.client.api.StaffView;
import vn.motcua.server.Fixtures;
import vn.motcua.server.IntegrationTest;
import vn.motcua.server.TestClock;

/** An admin edits, locks, unlocks and resets staff accounts of the office; anyone of staff changes their own password. */
@IntegrationTest
class StaffAccountsTest {

    private static final String PASSWORD = "mat-khau-dai-du";

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @Test
    void an_admin_changes_the_display_name_and_the_roles_and_the_next_sign_in_carries_them() {
        var office = fixtures.office();
        MotcuaClient admin = fixtures.staff(office.id(), Role.ADMIN);
        StaffView clerk = newClerk(admin, office.id());

        StaffView changed = admin.staff()
                .updateStaff(
                        office.id(),
                        clerk.id(),
                        new StaffUpdate("  Trần Thị Đổi  ", Set.of(Role.CLERK, Role.HEAD), null));

        assertThat(changed.fullName()).isEqualTo("Trần Thị Đổi");
        assertThat(admin.staff().staff(office.id()))
                .filteredOn(s -> s.id() == clerk.id())
                .singleElement()
                .satisfies(s -> {
                    assertThat(s.fullName()).isEqualTo("Trần Thị Đổi");
                    assertThat(s.roles()).containsExactlyInAnyOrder(Role.CLERK, Role.HEAD);
                });
        var token = fixtures.client().signInStaff(clerk.username(), PASSWORD);
        assertThat(token.displayName()).isEqualTo("Trần Thị Đổi");
        assertThat(token.roles()).containsExactlyInAnyOrder(Role.CLERK, Role.HEAD);
    }

    @Test
    void an_admin_records_a_staff_email_address_and_refuses_one_that_is_not_naming_the_field() {
        var office = fixtures.office();
        MotcuaClient admin = fixtures.staff(office.id(), Role.ADMIN);
        StaffView head = newClerk(admin, office.id());

        StaffView changed = admin.staff()
                .updateStaff(
                        office.id(),
                        head.id(),
                        new StaffUpdate("Lê Văn Trưởng", Set.of(Role.HEAD), " truong@example.vn "));

        assertThat(changed.email()).isEqualTo("truong@example.vn");
        assertThat(admin.staff().staff(office.id()))
                .filteredOn(s -> s.id() == head.id())
                .singleElement()
                .satisfies(s -> assertThat(s.email()).isEqualTo("truong@example.vn"));
        for (String wrong : List.of("truong", "truong@example", "a b@example.vn", "@example.vn")) {
            assertThatThrownBy(() -> admin.staff()
                            .updateStaff(
                                    office.id(), head.id(), new StaffUpdate("Lê Văn Trưởng", Set.of(Role.HEAD), wrong)))
                    .as(wrong)
                    .isInstanceOfSatisfying(ApiException.class, e -> {
                        assertThat(e.status()).isEqualTo(400);
                        assertThat(e.fieldErrors())
                                .extracting(f -> f.get("field"))
                                .containsExactly("email");
                    });
        }
        assertThat(admin.staff().staff(office.id()))
                .as("a refused address changes nothing")
                .filteredOn(s -> s.id() == head.id())
                .singleElement()
                .satisfies(s -> assertThat(s.email()).isEqualTo("truong@example.vn"));
        assertThat(admin.staff()
                        .updateStaff(office.id(), head.id(), new StaffUpdate("Lê Văn Trưởng", Set.of(Role.HEAD), " "))
                        .email())
                .as("blank removes it")
                .isNull();
    }

    @Test
    void an_email_address_given_when_creating_an_account_is_kept_and_one_that_is_not_is_refused_naming_the_field() {
        var office = fixtures.office();
        MotcuaClient admin = fixtures.staff(office.id(), Role.ADMIN);
        String username = "nv" + System.nanoTime();

        StaffView head = admin.staff()
                .addStaff(
                        office.id(),
                        new StaffRequest(
                                username, "Lê Văn Trưởng", PASSWORD, Set.of(Role.HEAD), " truong@example.vn "));

        assertThat(head.email()).isEqualTo("truong@example.vn");
        assertThat(admin.staff().staff(office.id()))
                .filteredOn(s -> s.id() == head.id())
                .singleElement()
                .satisfies(s -> assertThat(s.email()).isEqualTo("truong@example.vn"));
        assertThatThrownBy(() -> admin.staff()
                        .addStaff(
                                office.id(),
                                new StaffRequest(
                                        username + "x", "Lê Văn Sai", PASSWORD, Set.of(Role.HEAD), "truong@example")))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.fieldErrors()).extracting(f -> f.get("field")).containsExactly("email");
                });
        assertThat(admin.staff().staff(office.id()))
                .as("a refused account is not made")
                .noneMatch(s -> s.username().equals(username + "x"));
    }

    @Test
    void a_new_display_name_shows_at_once_as_the_clerk_on_duty_at_a_counter() {
        var office = fixtures.office();
        MotcuaClient admin = fixtures.staff(office.id(), Role.ADMIN);
        StaffView account = newClerk(admin, office.id());
        MotcuaClient clerk = fixtures.client();
        clerk.signInStaff(account.username(), PASSWORD);
        clerk.queue().pause(office.id(), office.counter(0), "Họp");
        assertThat(clerkOnDuty(clerk, office.id(), office.counter(0))).isEqualTo("Nguyễn Văn Mới");

        admin.staff()
                .updateStaff(office.id(), account.id(), new StaffUpdate("Nguyễn Văn Đổi", Set.of(Role.CLERK), null));

        assertThat(clerkOnDuty(clerk, office.id(), office.counter(0))).isEqualTo("Nguyễn Văn Đổi");
    }

    @Test
    void a_locked_account_cannot_sign_in_and_its_token_stops_working_until_it_is_unlocked() {
        var office = fixtures.office();
        MotcuaClient admin = fixtures.staff(office.id(), Role.ADMIN);
        StaffView account = newClerk(admin, office.id());
        MotcuaClient clerk = fixtures.client();
        clerk.signInStaff(account.username(), PASSWORD);
        clerk.queue().snapshot(office.id());

        admin.staff().lockStaff(office.id(), account.id());

        assertThat(admin.staff().staff(office.id()))
                .filteredOn(s -> s.id() == account.id())
                .singleElement()
                .satisfies(s -> assertThat(s.active()).isFalse());
        assertThatThrownBy(() -> clerk.queue().snapshot(office.id()))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.status()).isEqualTo(401));
        assertThatThrownBy(() -> fixtures.client().signInStaff(account.username(), PASSWORD))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(403);
                    assertThat(e.code()).isEqualTo("ACCOUNT_LOCKED");
                });
        assertThatThrownBy(() -> fixtures.client().signInStaff(account.username(), "not-the-password"))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.status()).isEqualTo(401));

        admin.staff().unlockStaff(office.id(), account.id());

        clerk.signInStaff(account.username(), PASSWORD);
        assertThat(clerk.queue().snapshot(office.id()).officeId()).isEqualTo(office.id());
    }

    @Test
    void a_password_reset_by_an_admin_refuses_the_tokens_issued_before_it() {
        var office = fixtures.office();
        MotcuaClient admin = fixtures.staff(office.id(), Role.ADMIN);
        StaffView account = newClerk(admin, office.id());
        MotcuaClient clerk = fixtures.client();
        TestClock.pin(Instant.now());
        try {
            clerk.signInStaff(account.username(), PASSWORD);
            clerk.queue().snapshot(office.id());
            // a token's issue time has whole seconds, and one issued in the second of the reset still counts
            TestClock.advance(Duration.ofSeconds(2));

            admin.staff().resetPassword(office.id(), account.id(), "Tam.thoi-2026+reset");

            assertThatThrownBy(() -> clerk.queue().snapshot(office.id()))
                    .isInstanceOfSatisfying(
                            ApiException.class, e -> assertThat(e.status()).isEqualTo(401));
        } finally {
            TestClock.release();
        }
    }

    @Test
    void an_admin_can_neither_lock_their_own_account_nor_drop_their_own_admin_role() {
        var office = fixtures.office();
        MotcuaClient admin = fixtures.staff(office.id(), Role.ADMIN);
        long self = admin.staff().staff(office.id()).getFirst().id();

        assertThatThrownBy(() -> admin.staff().lockStaff(office.id(), self))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(409);
                    assertThat(e.code()).isEqualTo("OWN_ACCOUNT_LOCK");
                });
        assertThatThrownBy(() ->
                        admin.staff().updateStaff(office.id(), self, new StaffUpdate("Tôi", Set.of(Role.HEAD), null)))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(409);
                    assertThat(e.code()).isEqualTo("OWN_ADMIN_ROLE");
                });
        assertThat(admin.staff()
                        .updateStaff(office.id(), self, new StaffUpdate("Tôi", Set.of(Role.ADMIN, Role.HEAD), null))
                        .roles())
                .containsExactlyInAnyOrder(Role.ADMIN, Role.HEAD);
    }

    @Test
    void an_admin_sets_a_temporary_password_that_its_owner_must_replace_before_signing_in() {
        var office = fixtures.office();
        MotcuaClient admin = fixtures.staff(office.id(), Role.ADMIN);
        StaffView account = newClerk(admin, office.id());

        assertThatThrownBy(() -> admin.staff().resetPassword(office.id(), account.id(), "ngan"))
                .isInstanceOfSatisfying(
                        ApiException.class,
                        e -> assertThat(e.fieldErrors())
                                .extracting(m -> m.get("field"))
                                .containsExactly("password"));
        admin.staff().resetPassword(office.id(), account.id(), "tam-thoi-123");

        assertThatThrownBy(() -> fixtures.client().signInStaff(account.username(), PASSWORD))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.status()).isEqualTo(401));
        assertThatThrownBy(() -> fixtures.client().signInStaff(account.username(), "tam-thoi-123"))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(403);
                    assertThat(e.code()).isEqualTo("PASSWORD_CHANGE_REQUIRED");
                });
        assertThatThrownBy(() ->
                        fixtures.client().replaceTemporaryPassword(account.username(), "tam-thoi-123", "1234567890123"))
                .isInstanceOfSatisfying(
                        ApiException.class,
                        e -> assertThat(e.fieldErrors())
                                .extracting(m -> m.get("field"))
                                .containsExactly("newPassword"));

        assertThat(fixtures.client()
                        .replaceTemporaryPassword(account.username(), "tam-thoi-123", "cau-mat-khau-rieng")
                        .subject())
                .isEqualTo("staff:" + account.id());
        assertThat(fixtures.client()
                        .signInStaff(account.username(), "cau-mat-khau-rieng")
                        .subject())
                .isEqualTo("staff:" + account.id());
    }

    @Test
    void a_member_of_staff_changes_their_own_password_knowing_the_current_one() {
        var office = fixtures.office();
        MotcuaClient admin = fixtures.staff(office.id(), Role.ADMIN);
        StaffView account = newClerk(admin, office.id());
        MotcuaClient clerk = fixtures.client();
        clerk.signInStaff(account.username(), PASSWORD);

        assertThatThrownBy(() -> clerk.staff().changeOwnPassword("sai-mat-khau", "mat-khau-moi-1"))
                .isInstanceOfSatisfying(
                        ApiException.class,
                        e -> assertThat(e.fieldErrors())
                                .extracting(m -> m.get("field"))
                                .containsExactly("currentPassword"));
        assertThatThrownBy(() -> clerk.staff().changeOwnPassword(PASSWORD, "ngan"))
                .isInstanceOfSatisfying(
                        ApiException.class,
                        e -> assertThat(e.fieldErrors())
                                .extracting(m -> m.get("field"))
                                .containsExactly("newPassword"));
        clerk.staff().changeOwnPassword(PASSWORD, "mat-khau-moi-1");

        assertThat(clerk.queue().snapshot(office.id()).officeId()).isEqualTo(office.id());
        assertThat(fixtures.client()
                        .signInStaff(account.username(), "mat-khau-moi-1")
                        .subject())
                .isEqualTo("staff:" + account.id());
        assertThatThrownBy(() -> fixtures.client().signInStaff(account.username(), PASSWORD))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.status()).isEqualTo(401));
    }

    @Test
    void a_device_has_no_password_of_its_own_to_change() {
        var office = fixtures.office();
        MotcuaClient kiosk = fixtures.device(office.id(), Role.KIOSK, null);

        assertForbidden(() -> kiosk.staff().changeOwnPassword(Fixtures.PASSWORD, "mat-khau-moi-1"));
    }

    @Test
    void clerks_heads_devices_and_admins_of_another_office_are_refused() {
        var office = fixtures.office();
        var other = fixtures.office();
        MotcuaClient admin = fixtures.staff(office.id(), Role.ADMIN);
        long target = newClerk(admin, office.id()).id();
        MotcuaClient clerk = fixtures.staff(office.id(), Role.CLERK);
        MotcuaClient head = fixtures.staff(office.id(), Role.HEAD);
        MotcuaClient kiosk = fixtures.device(office.id(), Role.KIOSK, null);
        MotcuaClient otherAdmin = fixtures.staff(other.id(), Role.ADMIN);

        for (MotcuaClient caller : List.of(clerk, head, kiosk, otherAdmin)) {
            assertForbidden(() ->
                    caller.staff().updateStaff(office.id(), target, new StaffUpdate("X", Set.of(Role.CLERK), null)));
            assertForbidden(() -> caller.staff().lockStaff(office.id(), target));
            assertForbidden(() -> caller.staff().unlockStaff(office.id(), target));
            assertForbidden(() -> caller.staff().resetPassword(office.id(), target, "tam-thoi-123"));
        }
    }

    @Test
    void an_admin_cannot_reach_an_account_of_another_office_through_their_own() {
        var office = fixtures.office();
        var other = fixtures.office();
        MotcuaClient admin = fixtures.staff(office.id(), Role.ADMIN);
        MotcuaClient otherAdmin = fixtures.staff(other.id(), Role.ADMIN);
        long stranger = newClerk(otherAdmin, other.id()).id();

        for (Runnable call : List.<Runnable>of(
                () -> admin.staff().updateStaff(office.id(), stranger, new StaffUpdate("X", Set.of(Role.CLERK), null)),
                () -> admin.staff().lockStaff(office.id(), stranger),
                () -> admin.staff().unlockStaff(office.id(), stranger),
                () -> admin.staff().resetPassword(office.id(), stranger, "tam-thoi-123"))) {
            assertThatThrownBy(call::run)
                    .isInstanceOfSatisfying(
                            ApiException.class, e -> assertThat(e.status()).isEqualTo(404));
        }
    }

    @Test
    void an_account_that_also_works_elsewhere_is_locked_or_reset_only_by_an_admin_of_both_offices() {
        var office = fixtures.office();
        var other = fixtures.office();
        MotcuaClient admin = fixtures.staff(office.id(), Role.ADMIN);
        long shared = newClerk(admin, office.id()).id();
        jdbc.sql("insert into staff_office_role (staff_id, office_id, role) values (?, ?, 'ADMIN')")
                .params(shared, other.id())
                .update();

        assertForbidden(() -> admin.staff().lockStaff(office.id(), shared));
        assertForbidden(() -> admin.staff().resetPassword(office.id(), shared, "tam-thoi-123"));

        long adminId = Long.parseLong(admin.token().subject().substring("staff:".length()));
        jdbc.sql("insert into staff_office_role (staff_id, office_id, role) values (?, ?, 'ADMIN')")
                .params(adminId, other.id())
                .update();
        MotcuaClient adminOfBoth = fixtures.client();
        adminOfBoth.signInStaff(
                admin.staff().staff(office.id()).stream()
                        .filter(s -> s.id() == adminId)
                        .findFirst()
                        .orElseThrow()
                        .username(),
                Fixtures.PASSWORD);
        adminOfBoth.staff().lockStaff(office.id(), shared);
        adminOfBoth.staff().unlockStaff(office.id(), shared);
        adminOfBoth.staff().resetPassword(office.id(), shared, "tam-thoi-123");
    }

    private static String clerkOnDuty(MotcuaClient client, long officeId, long counterId) {
        return client.queue().snapshot(officeId).counters().stream()
                .filter(c -> c.counterId() == counterId)
                .findFirst()
                .orElseThrow()
                .clerkName();
    }

    private static StaffView newClerk(MotcuaClient admin, long officeId) {
        return admin.staff()
                .addStaff(
                        officeId,
                        new StaffRequest("nv" + System.nanoTime(), "Nguyễn Văn Mới", PASSWORD, Set.of(Role.CLERK)));
    }

    private static void assertForbidden(Runnable call) {
        assertThatThrownBy(call::run)
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.status()).isEqualTo(403));
    }
}
