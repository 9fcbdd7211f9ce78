package vn.motcua.counter.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.server.VaadinSession;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.client.ApiException;
import vn.motcua.client.CalendarApi;
import vn.motcua.client.api.CalendarAdjustmentView;
import vn.motcua.client.api.CalendarDay;
import vn.motcua.client.api.Role;
import vn.motcua.counter.testing.ViewTest;

class CalendarTabTest extends ViewTest {

    private final FakeCalendarApi desk = new FakeCalendarApi();
    private CalendarTab tab;

    @BeforeEach
    void openTheCalendarTab() {
        VaadinSession.getCurrent().setAttribute(CalendarApi.class, desk);
        signInAt(null, Role.ADMIN);
        navigate(AdminView.class);
        assertThat(desk.calls).isEmpty();
        test(find(TabSheet.class).single()).select("Lịch làm việc");
        tab = find(CalendarTab.class).single();
        test(tab.year).setValue(2026);
    }

    @Test
    void the_year_is_read_when_the_tab_is_opened_and_shows_each_day_with_its_reason_in_vietnamese() {
        assertThat(desk.calls).contains("year 2026");
        assertThat(test(tab.days).size()).isEqualTo(3);
        assertThat(test(tab.days).getCellText(1, 2)).isEqualTo("Nghỉ bù");
        assertThat(test(tab.days).getCellText(1, 3)).isEqualTo("Nghỉ bù Giỗ Tổ Hùng Vương (Chủ nhật 26/04/2026)");
        assertThat(test(tab.days).getCellText(2, 1)).isEqualTo("Làm việc");
    }

    @Test
    void only_a_recorded_decision_can_be_removed() {
        test(tab.days).select(1);
        assertThat(tab.remove.isEnabled()).isFalse();

        test(tab.days).select(2);
        test(tab.remove).click();

        assertThat(desk.calls).contains("remove 2026-08-22");
        assertThat(desk.days).extracting(CalendarDay::day).doesNotContain(LocalDate.of(2026, 8, 22));
    }

    @Test
    void a_decision_is_sent_with_its_day_kind_and_note() {
        test(tab.day).setValue(LocalDate.of(2026, 8, 31));
        test(tab.kind).selectItem("Nghỉ");
        test(tab.note).setValue("Hoán đổi với thứ Bảy 22/8/2026");
        test(tab.add).click();

        assertThat(desk.calls)
                .contains("add "
                        + new CalendarAdjustmentView(
                                LocalDate.of(2026, 8, 31),
                                CalendarAdjustmentView.Kind.DAY_OFF,
                                "Hoán đổi với thứ Bảy 22/8/2026"));
    }

    @Test
    void an_incomplete_decision_is_not_sent_and_a_refused_day_is_shown_on_its_field_in_vietnamese() {
        test(tab.add).click();
        assertThat(desk.calls).noneMatch(c -> c.startsWith("add"));
        assertThat(tab.note.isInvalid()).isTrue();

        test(tab.day).setValue(LocalDate.of(2026, 3, 14));
        test(tab.kind).selectItem("Nghỉ");
        test(tab.note).setValue("Nghỉ thêm");
        desk.refusal = new ApiException(
                400,
                "INVALID_FIELDS",
                "already a day off",
                List.of(Map.of("field", "day", "message", "2026-03-14 is already a day off (Saturday)")));
        test(tab.add).click();

        assertThat(tab.day.isInvalid()).isTrue();
        assertThat(tab.day.getErrorMessage()).startsWith("Chọn một ngày trong các năm 1900–2199");
    }

    @Test
    void a_file_with_wrong_lines_names_them_and_a_day_already_decided_says_so() {
        test(tab.csv).setValue("day,kind,note\n2026-03-14,DAY_OFF,x\n");
        desk.refusal = new ApiException(
                400,
                "INVALID_CALENDAR_FILE",
                "1 problem",
                List.of(Map.of("line", "2", "field", "day", "message", "already a day off")));
        test(tab.importFile).click();
        assertThat(tab.csv.getErrorMessage()).startsWith("Tệp có lỗi ở dòng 2:");

        test(tab.day).setValue(LocalDate.of(2026, 8, 31));
        test(tab.kind).selectItem("Nghỉ");
        test(tab.note).setValue("Lần hai");
        desk.refusal = new ApiException(409, "CALENDAR_DAY_ADJUSTED", "already", List.of());
        test(tab.add).click();
        assertThat(test(find(Notification.class).last()).getText()).startsWith("Ngày này đã có quyết định.");
    }
}
