package vn.motcua.counter.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.notification.Notification;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.motcua.client.api.Role;
import vn.motcua.counter.shared.Routes;
import vn.motcua.counter.testing.FakeBackend;
import vn.motcua.counter.testing.FakeDossierApi;
import vn.motcua.counter.testing.ViewTest;

class DossierDeadlinesViewTest extends ViewTest {

    @Test
    void a_clerk_sees_the_morning_list_and_not_the_monthly_figures() {
        signInAt(FakeBackend.COUNTER_1, Role.CLERK);

        DossierDeadlinesView view = navigate(DossierDeadlinesView.class);

        assertThat(view.dueSoon.getListDataView().getItems())
                .extracting(d -> d.code())
                .containsExactly(FakeDossierApi.CODE);
        assertThat(view.nothingDue.isVisible()).isFalse();
        assertThat(dossiers.calls).containsExactly("dueSoon");
        assertThat(view.late.isAttached()).isFalse();
    }

    @Test
    void an_empty_morning_list_says_so_in_plain_words() {
        dossiers.due = List.of();
        signInAt(FakeBackend.COUNTER_1, Role.CLERK);

        DossierDeadlinesView view = navigate(DossierDeadlinesView.class);

        assertThat(view.dueSoon.isVisible()).isFalse();
        assertThat(view.nothingDue.getText())
                .isEqualTo("Không có hồ sơ nào sắp đến hạn mà chưa có kết quả hoặc phiếu xin lỗi.");
    }

    @Test
    void a_head_sees_the_month_s_late_dossiers_and_the_share_that_got_an_apology() {
        signInAt(null, Role.HEAD);

        DossierDeadlinesView view = navigate(DossierDeadlinesView.class);

        YearMonth now = YearMonth.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        assertThat(view.month.getValue()).isEqualTo(now);
        assertThat(dossiers.calls).contains("dueSoon", "share " + now.atDay(1) + " " + now.atEndOfMonth());
        assertThat(backend.calls).contains("late " + now);
        assertThat(view.share.getText())
                .isEqualTo("Tiếp nhận 40 hồ sơ; trễ hạn 2; trễ hạn có phiếu xin lỗi 1 (50%, chỉ tiêu 100%)");
        assertThat(view.late.getListDataView().getItems()).hasSize(1);
        assertThat(find(Anchor.class)
                        .withText("In danh sách hồ sơ trễ hạn (PDF)")
                        .exists())
                .isTrue();

        view.month.setValue(now.minusMonths(1));

        assertThat(backend.calls).contains("late " + now.minusMonths(1));
    }

    @Test
    void a_refusal_from_the_server_is_shown_in_vietnamese() {
        dossiers.refusal = FakeDossierApi.refused(403, "FORBIDDEN");
        signInAt(FakeBackend.COUNTER_1, Role.CLERK);

        navigate(DossierDeadlinesView.class);

        assertThat(test(find(Notification.class).last()).getText())
                .isEqualTo("Tài khoản của bạn không có quyền làm việc này tại đơn vị đã chọn.");
    }

    @Test
    void someone_who_neither_works_dossiers_nor_watches_the_office_is_sent_away() {
        signInAt(null, Role.KIOSK);

        assertThat(follow(Routes.DEADLINES)).isNotInstanceOf(DossierDeadlinesView.class);
    }
}
