package vn.motcua.server.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.motcua.client.ApiException;
import vn.motcua.client.MotcuaClient;
import vn.motcua.client.api.RatingLevel;
import vn.motcua.client.api.RatingRequest;
import vn.motcua.client.api.Role;
import vn.motcua.server.Fixtures;
import vn.motcua.server.IntegrationTest;

@IntegrationTest
class MyDayTest {

    @Autowired
    Fixtures fixtures;

    @Test
    void a_clerk_sees_his_own_tickets_and_ratings_of_today_and_not_his_colleagues() {
        var office = fixtures.office();
        MotcuaClient kiosk = fixtures.device(office.id(), Role.KIOSK, null);
        MotcuaClient me = fixtures.staff(office.id(), Role.CLERK);
        MotcuaClient colleague = fixtures.staff(office.id(), Role.CLERK);
        for (MotcuaClient clerk : new MotcuaClient[] {me, me, colleague}) {
            String id = kiosk.queue()
                    .issueTicket(office.id(), office.area(0), null)
                    .ticket()
                    .id();
            clerk.queue().callNext(office.id(), office.counter(0));
            clerk.queue().start(office.id(), office.counter(0));
            clerk.queue().finish(office.id(), office.counter(0));
            kiosk.ratings().rate(office.id(), new RatingRequest(id, RatingLevel.SATISFIED, null, null));
        }

        var day = me.queue().myDay(office.id());

        assertThat(day.served()).isEqualTo(2);
        assertThat(day.ratings()).containsEntry(RatingLevel.SATISFIED, 2L);
    }

    @Test
    void the_notice_line_is_set_by_an_admin_and_read_by_the_board() {
        var office = fixtures.office();
        MotcuaClient admin = fixtures.staff(office.id(), Role.ADMIN);
        MotcuaClient display = fixtures.device(office.id(), Role.DISPLAY, null);

        admin.offices().setNotice(office.id(), "  Chiều thứ Sáu bộ phận nghỉ họp từ 16 giờ  ");

        assertThat(display.offices().notice(office.id()).text()).isEqualTo("Chiều thứ Sáu bộ phận nghỉ họp từ 16 giờ");
        assertThatThrownBy(() -> display.offices().setNotice(office.id(), "x"))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.status()).isEqualTo(403));
        assertThatThrownBy(() -> admin.offices().setNotice(office.id(), "x".repeat(301)))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.status()).isEqualTo(400));
    }
}
