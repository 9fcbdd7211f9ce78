package vn.motcua.counter.appointment;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.notification.Notification;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import vn.motcua.client.ApiException;
import vn.motcua.client.api.AppointmentEntry;
import vn.motcua.client.api.AppointmentStatus;
import vn.motcua.client.api.Role;
import vn.motcua.counter.testing.FakeBackend;
import vn.motcua.counter.testing.ViewTest;

class AppointmentsDayViewTest extends ViewTest {

    private static final String LONGEST_NAME = "Công Tằng Tôn Nữ Thị Phương Thảo Nguyễn Hoàng Bảo Ngọc";

    @Test
    void a_clerk_sees_todays_bookings_by_time_with_what_became_of_each_and_the_counts() {
        backend.appointments.addAll(List.of(
                entry("LH-AAAA2222", FakeBackend.AREA_A, "2026-12-04T01:00:00Z", AppointmentStatus.CHECKED_IN),
                entry("LH-BBBB3333", FakeBackend.AREA_C, "2026-12-04T01:15:00Z", AppointmentStatus.NO_SHOW),
                entry("LH-CCCC4444", FakeBackend.AREA_A, "2026-12-04T08:30:00Z", AppointmentStatus.BOOKED)));
        signInAt(FakeBackend.COUNTER_1, Role.CLERK);

        AppointmentsDayView view = navigate(AppointmentsDayView.class);

        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        assertThat(backend.calls).contains("appointmentsOf " + today);
        assertThat(view.day.getValue()).isEqualTo(today);
        assertThat(view.summary.getText()).isEqualTo("3 lịch hẹn: 1 đã đến, 1 chưa đến, 1 không đến, 0 đã huỷ.");
        assertThat(view.list.getColumns())
                .extracting(Grid.Column::getHeaderText)
                .containsExactly("Giờ hẹn", "Lĩnh vực", "Họ và tên", "Điện thoại", "Mã lịch hẹn", "Tình trạng");
        assertThat(row(view, 0))
                .containsExactly(
                        "08:00", "Đầu tư - Kế hoạch", LONGEST_NAME, "0912345678", "LH-AAAA2222", "Đã đến, đã lấy số");
        assertThat(row(view, 1)).contains("08:15", "Đất đai", "Không đến");
        assertThat(row(view, 2)).contains("15:30", "Chưa đến");
    }

    @Test
    void another_day_is_asked_of_the_server_and_an_empty_day_says_so() {
        signInAt(FakeBackend.COUNTER_1, Role.HEAD);
        AppointmentsDayView view = navigate(AppointmentsDayView.class);

        view.day.setValue(LocalDate.of(2026, 12, 7));

        assertThat(backend.calls).endsWith("appointmentsOf 2026-12-07");
        assertThat(view.summary.getText()).isEqualTo("Không có lịch hẹn nào trong ngày này.");
    }

    @Test
    void a_server_that_cannot_answer_leaves_the_list_as_it_was_and_says_why() {
        signInAt(FakeBackend.COUNTER_1, Role.CLERK);
        AppointmentsDayView view = navigate(AppointmentsDayView.class);
        backend.refusal = new ApiException(0, "UNREACHABLE", "down", null);

        view.day.setValue(LocalDate.of(2026, 12, 7));

        assertThat(view.summary.getText()).isEqualTo("Không có lịch hẹn nào trong ngày này.");
        assertThat(test(find(Notification.class).last()).getText()).startsWith("Không kết nối được máy chủ");
    }

    private static AppointmentEntry entry(String code, long areaId, String startsAt, AppointmentStatus status) {
        return new AppointmentEntry(code, areaId, Instant.parse(startsAt), status, LONGEST_NAME, "0912345678", null);
    }

    private List<String> row(AppointmentsDayView view, int index) {
        return IntStream.range(0, view.list.getColumns().size())
                .mapToObj(column -> test(view.list).getCellText(index, column))
                .toList();
    }
}
