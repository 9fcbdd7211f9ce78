package vn.motcua.counter.signin;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.motcua.client.api.Role;
import vn.motcua.counter.admin.AdminView;
import vn.motcua.counter.appointment.AppointmentsDayView;
import vn.motcua.counter.console.ConsoleView;
import vn.motcua.counter.dossier.DossierDeadlinesView;
import vn.motcua.counter.feedback.FeedbackInboxView;
import vn.motcua.counter.head.BoardView;
import vn.motcua.counter.indicator.IndicatorView;
import vn.motcua.counter.review.ReviewView;
import vn.motcua.counter.shared.Routes;
import vn.motcua.counter.testing.FakeBackend;
import vn.motcua.counter.testing.ViewTest;

/** Every kind of view, entered by nobody, by the roles it is for and by the staff roles it is not for. */
class ViewAccessTest extends ViewTest {

    private static final long COUNTER = FakeBackend.COUNTER_1;

    private static final Map<String, Class<? extends Component>> VIEWS = Map.of(
            Routes.CONSOLE, ConsoleView.class,
            Routes.BOARD, BoardView.class,
            Routes.REVIEW, ReviewView.class,
            Routes.DEADLINES, DossierDeadlinesView.class,
            Routes.INDICATORS, IndicatorView.class,
            Routes.ADMIN, AdminView.class,
            Routes.PLACE, PlaceView.class,
            Routes.FEEDBACK, FeedbackInboxView.class,
            Routes.APPOINTMENTS, AppointmentsDayView.class);

    private static final Map<String, Set<Role>> ALLOWED = Map.of(
            Routes.CONSOLE, EnumSet.of(Role.CLERK, Role.HEAD),
            Routes.BOARD, EnumSet.of(Role.HEAD, Role.ADMIN),
            Routes.REVIEW, EnumSet.of(Role.HEAD, Role.ADMIN),
            Routes.DEADLINES, EnumSet.of(Role.CLERK, Role.HEAD, Role.ADMIN),
            Routes.INDICATORS, EnumSet.of(Role.HEAD),
            Routes.ADMIN, EnumSet.of(Role.ADMIN),
            Routes.PLACE, EnumSet.of(Role.CLERK, Role.HEAD, Role.ADMIN),
            Routes.FEEDBACK, EnumSet.of(Role.HEAD),
            Routes.APPOINTMENTS, EnumSet.of(Role.CLERK, Role.HEAD, Role.ADMIN));

    @Test
    void nobody_signed_in_is_sent_to_sign_in_from_every_view_and_from_the_start_address() {
        for (String route : VIEWS.keySet()) {
            assertThat(follow(route)).as(route).isInstanceOf(SignInView.class);
        }
        assertThat(follow(Routes.START)).isInstanceOf(SignInView.class);
    }

    @Test
    void each_staff_role_opens_the_views_that_are_for_it() {
        for (Role role : staffRoles()) {
            signInAt(COUNTER, role);
            VIEWS.forEach((route, view) -> {
                if (ALLOWED.get(route).contains(role)) {
                    assertThat(follow(route)).as(role + " " + route).isInstanceOf(view);
                }
            });
        }
    }

    @Test
    void each_staff_role_is_refused_the_views_that_are_not_for_it() {
        int refusals = 0;
        for (Role role : staffRoles()) {
            signInAt(COUNTER, role);
            for (Map.Entry<String, Class<? extends Component>> view : VIEWS.entrySet()) {
                if (!ALLOWED.get(view.getKey()).contains(role)) {
                    assertThat(follow(view.getKey()))
                            .as(role + " " + view.getKey())
                            .isNotInstanceOf(view.getValue())
                            .isNotInstanceOf(SignInView.class);
                    refusals++;
                }
            }
        }
        assertThat(refusals).isEqualTo(9);
    }

    @Test
    void a_signed_in_clerk_who_opens_the_start_address_is_shown_the_place_picker() {
        signInAt(null, Role.CLERK);
        assertThat(follow(Routes.START)).isInstanceOf(PlaceView.class);
    }

    private static Role[] staffRoles() {
        return Arrays.stream(Role.values()).filter(r -> !r.isDevice()).toArray(Role[]::new);
    }
}
