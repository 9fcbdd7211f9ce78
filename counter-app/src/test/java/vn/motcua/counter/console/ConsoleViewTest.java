package vn.motcua.counter.console;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.counter.testing.FakeBackend.AREA_A;
import static vn.motcua.counter.testing.FakeBackend.AREA_B;
import static vn.motcua.counter.testing.FakeBackend.AREA_C;
import static vn.motcua.counter.testing.FakeBackend.COUNTER_1;
import static vn.motcua.counter.testing.FakeBackend.COUNTER_2;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.client.ApiException;
import vn.motcua.client.api.CallTicketRequest;
import vn.motcua.client.api.CounterState;
import vn.motcua.client.api.MyDay;
import vn.motcua.client.api.PriorityGroup;
import vn.motcua.client.api.QueueEventType;
import vn.motcua.client.api.RatingLevel;
import vn.motcua.client.api.Role;
import vn.motcua.client.api.TicketStatus;
import vn.motcua.client.api.TicketView;
import vn.motcua.counter.shared.ConnectionBanner;
import vn.motcua.counter.shared.Routes;
import vn.motcua.counter.signin.PlaceView;
import vn.motcua.counter.signin.SignInView;
import vn.motcua.counter.testing.FakeBackend;
import vn.motcua.counter.testing.ViewTest;

class ConsoleViewTest extends ViewTest {

    @BeforeEach
    void clerkAtCounterOne() {
        signInAt(COUNTER_1, Role.CLERK);
    }

    private ConsoleView open() {
        ConsoleView view = navigate(ConsoleView.class);
        backend.goLive();
        deliver();
        backend.calls.clear();
        return view;
    }

    private Button button(String text) {
        return find(Button.class).withText(text).single();
    }

    /** The texts of the enabled action buttons (the help button is always enabled, so it is left out). */
    private List<String> enabled() {
        return find(Button.class).withClassName("action").all().stream()
                .filter(Button::isEnabled)
                .map(Button::getText)
                .filter(text -> !text.equals("Phím tắt"))
                .toList();
    }

    private Button inDialog(String text) {
        return find(Button.class, find(Dialog.class).single()).withText(text).single();
    }

    private String currentCode() {
        return find(Span.class).withClassName("current-code").single().getText();
    }

    private boolean bannerShown() {
        return find(ConnectionBanner.class).exists();
    }

    private String notification() {
        return test(find(Notification.class).last()).getText();
    }

    private static MyDay day(
            long served, double service, double wait, long verySatisfied, long satisfied, long dissatisfied) {
        return new MyDay(
                LocalDate.now(),
                served,
                service,
                wait,
                Map.of(
                        RatingLevel.VERY_SATISFIED,
                        verySatisfied,
                        RatingLevel.SATISFIED,
                        satisfied,
                        RatingLevel.DISSATISFIED,
                        dissatisfied));
    }

    private String figure(String id) {
        return find(Span.class).withId(id).single().getText();
    }

    @Test
    void the_clerks_own_figures_for_today_are_shown_when_the_console_opens() {
        backend.myDay = day(12, 6.5, 14, 7, 3, 1);
        open();
        assertThat(find(H3.class, find(MyDayPanel.class).single()).single().getText())
                .isEqualTo("Hôm nay của tôi");
        assertThat(figure("my-day-served")).isEqualTo("12");
        assertThat(figure("my-day-service")).isEqualTo("6,5 phút");
        assertThat(figure("my-day-wait")).isEqualTo("14 phút");
        assertThat(figure("my-day-rating-VERY_SATISFIED")).isEqualTo("7");
        assertThat(figure("my-day-rating-SATISFIED")).isEqualTo("3");
        assertThat(figure("my-day-rating-DISSATISFIED")).isEqualTo("1");
        assertThat(find(Span.class).withText("Rất hài lòng").exists()).isTrue();
    }

    @Test
    void before_anyone_is_served_the_averages_show_a_dash_not_zero_minutes() {
        open();
        assertThat(figure("my-day-served")).isEqualTo("0");
        assertThat(figure("my-day-service")).isEqualTo("—");
        assertThat(figure("my-day-rating-SATISFIED")).isEqualTo("0");
    }

    @Test
    void the_figures_are_read_again_after_each_finish() {
        backend.myDay = day(12, 6.5, 14, 7, 3, 1);
        backend.issue(AREA_A);
        open();
        test(button("Gọi tiếp")).click();
        test(button("Bắt đầu")).click();
        int before = backend.myDayReads;

        backend.myDay = day(13, 6.25, 13.5, 7, 3, 1);
        test(button("Hoàn thành")).click();

        assertThat(backend.myDayReads).isEqualTo(before + 1);
        assertThat(figure("my-day-served")).isEqualTo("13");
        assertThat(figure("my-day-wait")).isEqualTo("13,5 phút");
    }

    @Test
    void a_finish_refused_by_the_server_does_not_read_the_figures_again() {
        backend.issue(AREA_A);
        open();
        test(button("Gọi tiếp")).click();
        int before = backend.myDayReads;
        backend.refusal = new ApiException(409, "WRONG_STATE", "Not serving", null);
        test(button("Bắt đầu")).click();
        assertThat(backend.myDayReads).isEqualTo(before);
    }

    @Test
    void a_finish_at_this_counter_seen_live_refreshes_the_figures_but_one_at_another_counter_does_not() {
        TicketView ticket = backend.issue(AREA_A);
        open();
        int before = backend.myDayReads;

        backend.emit(
                QueueEventType.FINISHED,
                FakeBackend.withStatus(FakeBackend.calledAt(ticket, COUNTER_2), TicketStatus.DONE, 1),
                COUNTER_2,
                null);
        deliver();
        assertThat(backend.myDayReads).isEqualTo(before);

        backend.myDay = day(1, 4, 9, 0, 1, 0);
        backend.emit(
                QueueEventType.FINISHED,
                FakeBackend.withStatus(FakeBackend.calledAt(ticket, COUNTER_1), TicketStatus.DONE, 1),
                COUNTER_1,
                null);
        deliver();
        assertThat(backend.myDayReads).isEqualTo(before + 1);
        assertThat(figure("my-day-served")).isEqualTo("1");
    }

    @Test
    void figures_that_cannot_be_read_are_hidden_without_troubling_the_clerk() {
        backend.myDayRefusal = new ApiException(0, "UNREACHABLE", "down", null);
        open();
        assertThat(find(MyDayPanel.class).exists()).isFalse();
        assertThat(find(Notification.class).exists()).isFalse();
        assertThat(button("Gọi tiếp")).isNotNull();
    }

    @Test
    void a_clerk_who_has_not_chosen_a_counter_is_sent_to_choose_one() {
        staff.choose(null, null);
        assertThat(navigate(Routes.CONSOLE, PlaceView.class)).isNotNull();
    }

    @Test
    void before_the_first_snapshot_the_banner_shows_and_every_action_is_disabled() {
        navigate(ConsoleView.class);
        assertThat(bannerShown()).isTrue();
        assertThat(enabled()).isEmpty();
    }

    @Test
    void a_free_counter_with_people_waiting_can_only_call_or_pause() {
        backend.issue(AREA_A);
        open();
        assertThat(bannerShown()).isFalse();
        assertThat(enabled()).containsExactlyInAnyOrder("Gọi tiếp", "Gọi số cụ thể", "Tạm dừng");
    }

    @Test
    void a_free_counter_with_nobody_waiting_can_only_pause() {
        backend.issue(AREA_C);
        open();
        assertThat(enabled()).containsExactly("Tạm dừng");
    }

    @Test
    void a_called_ticket_can_be_recalled_started_marked_absent_transferred_or_parked() {
        backend.issue(AREA_A);
        open();
        test(button("Gọi tiếp")).click();
        assertThat(enabled()).containsExactlyInAnyOrder("Gọi lại", "Bắt đầu", "Vắng mặt", "Chuyển", "Tạm giữ");
    }

    @Test
    void a_ticket_being_served_can_be_finished_transferred_or_parked_but_not_recalled() {
        backend.issue(AREA_A);
        open();
        test(button("Gọi tiếp")).click();
        test(button("Bắt đầu")).click();
        assertThat(enabled()).containsExactlyInAnyOrder("Hoàn thành", "Chuyển", "Tạm giữ");
    }

    @Test
    void call_next_asks_the_server_and_shows_the_called_ticket_large_with_its_area_and_priority() {
        backend.issue(AREA_B, PriorityGroup.ELDERLY, Instant.now().minusSeconds(300));
        open();
        test(button("Gọi tiếp")).click();
        assertThat(backend.calls).containsExactly("callNext");
        assertThat(currentCode()).isEqualTo("B001");
        assertThat(find(Span.class).withClassName("current-area").single().getText())
                .isEqualTo("Xây dựng");
        assertThat(find(Span.class).withClassName("priority-mark").single().getText())
                .isEqualTo("Người cao tuổi");
        assertThat(find(Span.class).withClassName("current-calls").single().getText())
                .isEqualTo("Đã gọi 1 lần");
    }

    @Test
    void serving_a_citizen_from_call_to_finish_calls_the_server_at_each_step() {
        backend.issue(AREA_A);
        open();
        test(button("Gọi tiếp")).click();
        test(button("Gọi lại")).click();
        test(button("Bắt đầu")).click();
        test(button("Hoàn thành")).click();
        assertThat(backend.calls).containsExactly("callNext", "recall", "start", "finish");
        assertThat(find(Span.class).withClassName("current-status").single().getText())
                .isEqualTo("Chưa có số nào tại quầy");
    }

    @Test
    void a_citizen_who_does_not_come_is_marked_absent() {
        backend.issue(AREA_A);
        open();
        test(button("Gọi tiếp")).click();
        test(button("Vắng mặt")).click();
        assertThat(backend.calls).containsExactly("callNext", "noShow");
        assertThat(find(Span.class).withClassName("current-code").exists()).isFalse();
    }

    @Test
    void a_parked_ticket_is_listed_and_can_be_called_back() {
        TicketView ticket = backend.issue(AREA_A);
        open();
        test(button("Gọi tiếp")).click();
        test(button("Tạm giữ")).click();
        TicketView parked = FakeBackend.withStatus(FakeBackend.calledAt(ticket, COUNTER_1), TicketStatus.PARKED, 1);
        backend.setCounter(COUNTER_1, c -> new CounterState(c.counterId(), 1L, null, List.of(parked), List.of(), null));
        assertThat(button("Gọi lại A001").isEnabled()).isTrue();
        test(button("Gọi lại A001")).click();
        assertThat(backend.calls).containsExactly("callNext", "park", "unpark " + ticket.id());
        assertThat(currentCode()).isEqualTo("A001");
    }

    @Test
    void the_numpad_plus_key_calls_the_next_ticket() {
        backend.issue(AREA_A);
        open();
        press("+", "NumpadAdd");
        assertThat(backend.calls).containsExactly("callNext");
        assertThat(currentCode()).isEqualTo("A001");
    }

    @Test
    void the_plus_key_of_the_main_keyboard_calls_the_next_ticket_too() {
        backend.issue(AREA_A);
        open();
        press("+", "Equal");
        assertThat(backend.calls).containsExactly("callNext");
    }

    @Test
    void the_keypad_digits_work_with_numlock_off() {
        backend.issue(AREA_A);
        open();
        press("+", "NumpadAdd");
        press("End", "Numpad1");
        press("ArrowDown", "Numpad2");
        assertThat(backend.calls).containsExactly("callNext", "start", "finish");
    }

    @Test
    void a_key_whose_action_does_not_fit_the_counter_says_so_and_sends_nothing() {
        open();
        press("2", "Digit2");
        assertThat(backend.calls).isEmpty();
        assertThat(notification()).isEqualTo(vi("key.refused", "2", "Hoàn thành"));
    }

    @Test
    void no_key_reaches_the_console_while_a_dialog_is_open() {
        backend.issue(AREA_A);
        open();
        press("/", "Slash");
        deliver();
        press("+", "NumpadAdd");
        press("0", "Digit0");
        assertThat(backend.calls).isEmpty();
        assertThat(find(Dialog.class).all()).hasSize(1);
    }

    @Test
    void the_keys_stop_when_the_clerk_leaves_the_console() {
        backend.issue(AREA_A);
        open();
        navigate(PlaceView.class);
        press("+", "NumpadAdd");
        assertThat(backend.calls).doesNotContain("callNext");
    }

    @Test
    void a_second_press_of_call_next_while_a_ticket_is_held_does_not_reach_the_server() {
        backend.issue(AREA_A);
        backend.issue(AREA_A);
        open();
        press("Enter", "Enter");
        press("Enter", "Enter");
        assertThat(backend.calls).containsExactly("callNext");
    }

    @Test
    void the_numpad_digits_start_and_finish_the_service() {
        backend.issue(AREA_A);
        open();
        press("+", "NumpadAdd");
        press("1", "Numpad1");
        press("2", "Numpad2");
        assertThat(backend.calls).containsExactly("callNext", "start", "finish");
    }

    @Test
    void transfer_sends_the_ticket_to_the_chosen_service_area() {
        backend.issue(AREA_A);
        open();
        test(button("Gọi tiếp")).click();
        test(button("Chuyển")).click();
        @SuppressWarnings("unchecked")
        RadioButtonGroup<TransferDialog.Target> targets =
                find(RadioButtonGroup.class).single();
        test(targets).selectItem("Lĩnh vực C · Đất đai");
        test(inDialog("Chuyển")).click();
        assertThat(backend.calls).containsExactly("callNext", "transferToArea " + AREA_C);
        assertThat(find(Span.class).withClassName("current-code").exists()).isFalse();
    }

    @Test
    void transfer_can_send_the_ticket_to_another_counter() {
        backend.issue(AREA_A);
        open();
        press("+", "NumpadAdd");
        press("4", "Numpad4");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<TransferDialog.Target> targets =
                find(RadioButtonGroup.class).single();
        test(targets).selectItem("Đến Quầy 2");
        test(inDialog("Chuyển")).click();
        assertThat(backend.calls).containsExactly("callNext", "transferToCounter " + COUNTER_2);
    }

    @Test
    void pause_asks_for_a_reason_and_resume_ends_it() {
        open();
        test(button("Tạm dừng")).click();
        @SuppressWarnings("unchecked")
        RadioButtonGroup<String> reasons = find(RadioButtonGroup.class).single();
        test(reasons).selectItem("Nghỉ giữa giờ");
        test(inDialog("Tạm dừng")).click();
        assertThat(backend.calls).containsExactly("pause Nghỉ giữa giờ");
        assertThat(find(Span.class).withClassName("current-status").single().getText())
                .isEqualTo("Quầy đang tạm dừng: Nghỉ giữa giờ");
        assertThat(enabled()).containsExactly("Tiếp tục");
    }

    @Test
    void a_paused_counter_offers_only_resume() {
        backend.issue(AREA_A);
        backend.setCounter(COUNTER_1, c -> new CounterState(c.counterId(), null, null, List.of(), List.of(), "Họp"));
        open();
        assertThat(enabled()).containsExactly("Tiếp tục");
        test(button("Tiếp tục")).click();
        assertThat(backend.calls).containsExactly("resume");
        assertThat(button("Tạm dừng").isEnabled()).isTrue();
    }

    @Test
    void a_specific_ticket_is_called_by_typing_its_number() {
        backend.issue(AREA_A);
        TicketView second = backend.issue(AREA_B);
        open();
        press("7", "Numpad7");
        TextField number = find(TextField.class, find(Dialog.class).single()).single();
        test(number).setValue("2");
        assertThat(find(Button.class, find(Dialog.class).single())
                        .withText("B002")
                        .exists())
                .isTrue();
        assertThat(find(Button.class, find(Dialog.class).single())
                        .withText("A001")
                        .exists())
                .isFalse();
        test(inDialog("B002")).click();
        assertThat(backend.calls).containsExactly("callTicket " + second.id());
        assertThat(currentCode()).isEqualTo("B002");
    }

    @Test
    void a_refusal_shows_the_vietnamese_sentence_and_rereads_the_state() {
        backend.issue(AREA_A);
        open();
        backend.refusal = new ApiException(409, "COUNTER_BUSY", "busy", null);
        test(button("Gọi tiếp")).click();
        assertThat(notification()).isEqualTo(vi("error.COUNTER_BUSY"));
        assertThat(backend.calls).containsExactly("callNext", "snapshot");
    }

    @Test
    void every_refusal_code_gives_its_own_vietnamese_sentence() {
        backend.issue(AREA_A);
        open();
        for (String code :
                List.of("QUEUE_EMPTY", "COUNTER_PAUSED", "WRONG_STATE", "NOT_SERVED_HERE", "OFFICE_CLOSED")) {
            backend.refusal = new ApiException(409, code, "in English", null);
            test(button("Gọi tiếp")).click();
            assertThat(notification()).isEqualTo(vi("error." + code)).doesNotContain("English");
        }
    }

    @Test
    void an_unreachable_server_during_a_command_rereads_instead_of_retrying_and_locks_the_buttons() {
        backend.issue(AREA_A);
        open();
        ApiException down = new ApiException(0, "UNREACHABLE", "connect refused", null);
        backend.refusal = down;
        backend.snapshotRefusal = down;
        test(button("Gọi tiếp")).click();
        assertThat(notification()).isEqualTo(vi("error.UNREACHABLE"));
        assertThat(backend.calls).containsExactly("callNext", "snapshot");
        assertThat(bannerShown()).isTrue();
        assertThat(enabled()).isEmpty();

        backend.snapshotRefusal = null;
        backend.goLive();
        deliver();
        assertThat(bannerShown()).isFalse();
        assertThat(enabled()).contains("Gọi tiếp");
    }

    @Test
    void the_waiting_list_marks_appointment_tickets_on_time_as_priority_and_late_ones_as_late() {
        open();
        @SuppressWarnings("unchecked")
        Grid<TicketView> waiting = find(Grid.class).withClassName("waiting").single();
        TicketView onTime =
                backend.issue(AREA_B, PriorityGroup.APPOINTMENT, Instant.now().minusSeconds(120));
        TicketView late = backend.issue(AREA_B, null, Instant.now().minusSeconds(60));
        backend.emit(QueueEventType.ISSUED, withAppointment(onTime, "LH-7K2M-Q9XZ"), null, null);
        backend.emit(QueueEventType.ISSUED, withAppointment(late, "LH-3H4J-5K6M"), null, null);
        deliver();

        assertThat(test(waiting).getCellText(0, 2)).isEqualTo("Ưu tiên: Lịch hẹn");
        assertThat(test(waiting).getCellText(1, 2)).isEqualTo("Lịch hẹn (đến muộn)");
    }

    private static TicketView withAppointment(TicketView t, String code) {
        return new TicketView(
                t.id(),
                t.officeId(),
                t.areaId(),
                t.code(),
                t.number(),
                t.day(),
                t.priority(),
                t.status(),
                t.counterId(),
                t.targetCounterId(),
                t.calls(),
                t.issuedAt(),
                t.calledAt(),
                t.startedAt(),
                t.finishedAt(),
                t.queuedAt(),
                code);
    }

    @Test
    void the_waiting_list_updates_live_when_a_ticket_is_issued_at_a_kiosk() {
        open();
        @SuppressWarnings("unchecked")
        Grid<TicketView> waiting = find(Grid.class).withClassName("waiting").single();
        assertThat(test(waiting).size()).isZero();
        TicketView issued =
                backend.issue(AREA_B, PriorityGroup.DISABLED, Instant.now().minusSeconds(600));
        backend.emit(QueueEventType.ISSUED, issued, null, null);
        deliver();
        assertThat(test(waiting).size()).isEqualTo(1);
        assertThat(test(waiting).getCellText(0, 0)).isEqualTo("B001");
        assertThat(test(waiting).getCellText(0, 2)).isEqualTo("Ưu tiên: Người khuyết tật");
        assertThat(test(waiting).getCellText(0, 3)).isEqualTo("10 phút");
        assertThat(button("Gọi tiếp").isEnabled()).isTrue();
    }

    @Test
    void a_reactivated_ticket_waits_behind_those_queued_before_it_and_its_wait_counts_from_its_return() {
        TicketView first = backend.issue(AREA_A, null, Instant.now().minusSeconds(1200));
        backend.issue(AREA_A, null, Instant.now().minusSeconds(600));
        open();
        @SuppressWarnings("unchecked")
        Grid<TicketView> waiting = find(Grid.class).withClassName("waiting").single();

        backend.emit(
                QueueEventType.REACTIVATED,
                FakeBackend.requeued(first, Instant.now().minusSeconds(120)),
                null,
                null);
        deliver();

        assertThat(test(waiting).getCellText(0, 0)).isEqualTo("A002");
        assertThat(test(waiting).getCellText(0, 3)).isEqualTo("10 phút");
        assertThat(test(waiting).getCellText(1, 0)).isEqualTo("A001");
        assertThat(test(waiting).getCellText(1, 3)).isEqualTo("2 phút");
    }

    @Test
    void tickets_of_areas_this_counter_does_not_serve_are_not_listed() {
        open();
        TicketView elsewhere = backend.issue(AREA_C);
        backend.emit(QueueEventType.ISSUED, elsewhere, null, null);
        deliver();
        @SuppressWarnings("unchecked")
        Grid<TicketView> waiting = find(Grid.class).withClassName("waiting").single();
        assertThat(test(waiting).size()).isZero();
    }

    @Test
    void a_ticket_called_at_another_counter_leaves_the_list_live() {
        TicketView ticket = backend.issue(AREA_A);
        open();
        backend.callTicket(1, COUNTER_2, new CallTicketRequest(ticket.id()));
        backend.emit(QueueEventType.CALLED, FakeBackend.calledAt(ticket, COUNTER_2), COUNTER_2, null);
        deliver();
        @SuppressWarnings("unchecked")
        Grid<TicketView> waiting = find(Grid.class).withClassName("waiting").single();
        assertThat(test(waiting).size()).isZero();
        assertThat(button("Gọi tiếp").isEnabled()).isFalse();
    }

    @Test
    void a_dropped_live_connection_shows_the_banner_and_disables_actions_until_it_returns() {
        backend.issue(AREA_A);
        open();
        backend.dropConnection();
        deliver();
        assertThat(bannerShown()).isTrue();
        assertThat(enabled()).isEmpty();
        press("+", "NumpadAdd");
        assertThat(backend.calls).doesNotContain("callNext");
        assertThat(notification()).isEqualTo(vi("key.offline", "+ / Enter", "Gọi tiếp"));

        backend.goLive();
        deliver();
        assertThat(bannerShown()).isFalse();
        assertThat(enabled()).contains("Gọi tiếp");
    }

    @Test
    void leaving_the_console_stops_following_the_office() {
        open();
        assertThat(backend.following).isTrue();
        navigate(SignInView.class);
        assertThat(backend.following).isFalse();
    }

    @Test
    void the_help_dialog_lists_every_shortcut() {
        open();
        press("/", "NumpadDivide");
        Dialog help = find(Dialog.class).single();
        List<String> keys = find(Span.class, help).withClassName("key").all().stream()
                .map(Span::getText)
                .toList();
        assertThat(keys)
                .containsExactlyElementsOf(
                        Arrays.stream(Action.values()).map(Action::keyHint).toList());
        assertThat(find(Span.class, help).withText("Gọi tiếp").exists()).isTrue();
    }

    @Test
    void an_expired_session_during_a_command_sends_the_clerk_to_sign_in() {
        backend.issue(AREA_A);
        open();
        backend.refusal = new ApiException(401, null, "expired", null);
        test(button("Gọi tiếp")).click();
        assertThat(notification()).isEqualTo(vi("error.UNAUTHORIZED"));
        assertThat(getCurrentView()).isInstanceOf(SignInView.class);
    }

    @Test
    void while_offline_each_poll_tries_the_server_again_and_a_rejected_token_sends_the_clerk_to_sign_in() {
        open();
        backend.dropConnection();
        deliver();
        UI ui = UI.getCurrent();
        ComponentUtil.fireEvent(ui, new PollEvent(ui, true));
        assertThat(backend.calls).containsExactly("snapshot");
        assertThat(bannerShown()).isTrue();

        backend.snapshotRefusal = new ApiException(401, null, "signed with another key", null);
        ComponentUtil.fireEvent(ui, new PollEvent(ui, true));
        assertThat(getCurrentView()).isInstanceOf(SignInView.class);
    }
}
