package vn.motcua.server.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.motcua.client.LiveListener;
import vn.motcua.client.LiveSubscription;
import vn.motcua.client.MotcuaClient;
import vn.motcua.client.api.OfficeSnapshot;
import vn.motcua.client.api.QueueEvent;
import vn.motcua.client.api.Role;
import vn.motcua.server.Fixtures;
import vn.motcua.server.IntegrationTest;
import vn.motcua.server.TestClock;

/** An open live session follows its party's rights as they change, not those of the token it opened with. */
@IntegrationTest
class LiveSessionRightsTest {

    @Autowired
    Fixtures fixtures;

    @Test
    void a_locked_clerks_open_session_is_closed_within_5_seconds_and_not_let_back_in() {
        var office = fixtures.office();
        MotcuaClient clerk = fixtures.staff(office.id(), Role.CLERK);
        MotcuaClient admin = fixtures.staff(office.id(), Role.ADMIN);
        Connection screen = new Connection();

        try (LiveSubscription live = LiveSubscription.queue(clerk, office.id(), screen)) {
            await().atMost(Duration.ofSeconds(10)).until(() -> screen.states.contains(true));

            admin.staff()
                    .lockStaff(
                            office.id(), Long.parseLong(clerk.token().subject().substring("staff:".length())));
            long locked = System.nanoTime();

            await().atMost(Duration.ofSeconds(5)).until(() -> screen.states.getLast() == Boolean.FALSE);
            assertThat(Duration.ofNanos(System.nanoTime() - locked)).isLessThan(Duration.ofSeconds(5));
            await().during(Duration.ofSeconds(3))
                    .atMost(Duration.ofSeconds(4))
                    .until(() -> screen.states.getLast() == Boolean.FALSE);
        }
    }

    @Test
    void a_clerks_open_session_is_closed_within_5_seconds_of_an_admin_resetting_the_password() {
        var office = fixtures.office();
        MotcuaClient clerk = fixtures.staff(office.id(), Role.CLERK);
        MotcuaClient admin = fixtures.staff(office.id(), Role.ADMIN);
        Connection screen = new Connection();

        try (LiveSubscription live = LiveSubscription.queue(clerk, office.id(), screen)) {
            await().atMost(Duration.ofSeconds(10)).until(() -> screen.states.contains(true));
            // a token's issue time has whole seconds: the reset must come in a later second to refuse it
            TestClock.pin(Instant.now().plusSeconds(2));

            admin.staff()
                    .resetPassword(
                            office.id(),
                            Long.parseLong(clerk.token().subject().substring("staff:".length())),
                            "Tam.thoi-2026+reset");

            await().atMost(Duration.ofSeconds(5)).until(() -> screen.states.getLast() == Boolean.FALSE);
        } finally {
            TestClock.release();
        }
    }

    @Test
    void a_revoked_display_boards_session_is_closed_within_5_seconds() {
        var office = fixtures.office();
        MotcuaClient display = fixtures.device(office.id(), Role.DISPLAY, null);
        MotcuaClient admin = fixtures.staff(office.id(), Role.ADMIN);
        Connection board = new Connection();

        try (LiveSubscription live = LiveSubscription.display(display, office.id(), board)) {
            await().atMost(Duration.ofSeconds(10)).until(() -> board.states.contains(true));

            admin.devices()
                    .revokeDevice(
                            office.id(),
                            Long.parseLong(display.token().subject().substring("device:".length())));

            await().atMost(Duration.ofSeconds(5)).until(() -> board.states.getLast() == Boolean.FALSE);
        }
    }

    static class Connection implements LiveListener {
        final List<Boolean> states = new CopyOnWriteArrayList<>();

        @Override
        public void onSnapshot(OfficeSnapshot snapshot) {}

        @Override
        public void onEvent(QueueEvent event) {}

        @Override
        public void onConnectionChanged(boolean connected) {
            states.add(connected);
        }
    }
}
