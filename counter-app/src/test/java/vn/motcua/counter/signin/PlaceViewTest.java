package vn.motcua.counter.signin;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.select.Select;
import org.junit.jupiter.api.Test;
import vn.motcua.client.api.CounterView;
import vn.motcua.client.api.OfficeView;
import vn.motcua.client.api.Role;
import vn.motcua.counter.console.ConsoleView;
import vn.motcua.counter.head.BoardView;
import vn.motcua.counter.shared.Routes;
import vn.motcua.counter.testing.FakeBackend;
import vn.motcua.counter.testing.ViewTest;

class PlaceViewTest extends ViewTest {

    private Button button(String text) {
        return find(Button.class).withText(text).single();
    }

    @SuppressWarnings("unchecked")
    private Select<CounterView> counterSelect() {
        return find(Select.class).withCaption("Quầy").single();
    }

    @Test
    void nobody_signed_in_is_sent_to_sign_in() {
        assertThat(navigate(Routes.PLACE, SignInView.class)).isNotNull();
    }

    @Test
    void the_only_office_is_preselected_and_the_counter_opens_once_chosen() {
        signInAt(null, Role.CLERK);
        navigate(PlaceView.class);
        @SuppressWarnings("unchecked")
        Select<OfficeView> office = find(Select.class).withCaption("Đơn vị").single();
        assertThat(office.getValue()).isEqualTo(FakeBackend.OFFICE_VIEW);
        assertThat(button("Vào quầy").isEnabled()).isFalse();
        test(counterSelect()).selectItem("Quầy 2 — C Đất đai");
        test(button("Vào quầy")).click();
        assertThat(getCurrentView()).isInstanceOf(ConsoleView.class);
        assertThat(staff.counter().id()).isEqualTo(FakeBackend.COUNTER_2);
    }

    @Test
    void the_chosen_counter_is_remembered_for_the_session() {
        signInAt(FakeBackend.COUNTER_1, Role.CLERK);
        navigate(PlaceView.class);
        assertThat(counterSelect().getValue().id()).isEqualTo(FakeBackend.COUNTER_1);
        assertThat(button("Vào quầy").isEnabled()).isTrue();
    }

    @Test
    void a_clerk_is_not_offered_the_office_board() {
        signInAt(null, Role.CLERK);
        navigate(PlaceView.class);
        assertThat(find(Button.class).withText("Bảng điều hành").exists()).isFalse();
    }

    @Test
    void a_head_may_open_the_office_board_without_choosing_a_counter() {
        signInAt(null, Role.HEAD);
        navigate(PlaceView.class);
        test(button("Bảng điều hành")).click();
        assertThat(getCurrentView()).isInstanceOf(BoardView.class);
    }
}
