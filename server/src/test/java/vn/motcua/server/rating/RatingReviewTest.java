package vn.motcua.server.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
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
class RatingReviewTest {

    @Autowired
    Fixtures fixtures;

    @Test
    void a_head_sees_counts_shares_reasons_and_single_ratings_filtered_by_counter() {
        var office = fixtures.office();
        MotcuaClient kiosk = fixtures.device(office.id(), Role.KIOSK, null);
        MotcuaClient clerk = fixtures.staff(office.id(), Role.CLERK);
        MotcuaClient head = fixtures.staff(office.id(), Role.HEAD);
        rate(office, kiosk, clerk, office.counter(0), RatingLevel.VERY_SATISFIED, List.of());
        rate(office, kiosk, clerk, office.counter(0), RatingLevel.DISSATISFIED, List.of("LONG_WAIT", "ATTITUDE"));
        rate(office, kiosk, clerk, office.counter(2), RatingLevel.DISSATISFIED, List.of("LONG_WAIT"));
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

        var all = head.ratings().ratingSummary(office.id(), today, today, null, null, null);
        var counterOne = head.ratings().ratings(office.id(), today, today, null, office.counter(0), null);

        assertThat(all.total()).isEqualTo(3);
        assertThat(all.share(RatingLevel.DISSATISFIED)).isEqualTo(2.0 / 3);
        assertThat(all.byReason()).containsEntry("LONG_WAIT", 2L).containsEntry("ATTITUDE", 1L);
        assertThat(all.byDay()).hasSize(1);
        assertThat(counterOne)
                .hasSize(2)
                .allSatisfy(r -> assertThat(r.counterId()).isEqualTo(office.counter(0)))
                .allSatisfy(r -> assertThat(r.ticketCode())
                        .as("the rated ticket's number")
                        .matches("[A-Z]+\\d{3}"));
        var times = head.reports().serviceTimes(office.id(), today, today, null);
        assertThat(times.waiting().stream().mapToLong(b -> b.tickets()).sum()).isEqualTo(3);
        assertThat(times.clerks())
                .singleElement()
                .satisfies(c -> assertThat(c.served()).isEqualTo(3));
    }

    @Test
    void only_heads_and_admins_review_and_a_backwards_period_is_refused() {
        var office = fixtures.office();
        MotcuaClient clerk = fixtures.staff(office.id(), Role.CLERK);
        MotcuaClient head = fixtures.staff(office.id(), Role.HEAD);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

        assertThatThrownBy(() -> clerk.ratings().ratingSummary(office.id(), today, today, null, null, null))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.status()).isEqualTo(403));
        assertThatThrownBy(() -> clerk.reports().serviceTimes(office.id(), today, today, null))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.status()).isEqualTo(403));
        assertThatThrownBy(() -> head.ratings().ratings(office.id(), today, today.minusDays(1), null, null, null))
                .isInstanceOfSatisfying(
                        ApiException.class,
                        e -> assertThat(e.fieldErrors())
                                .extracting(m -> m.get("field"))
                                .containsExactly("to"));
    }

    private void rate(
            Fixtures.TestOffice office,
            MotcuaClient kiosk,
            MotcuaClient clerk,
            long counter,
            RatingLevel level,
            List<String> reasons) {
        int area = counter == office.counter(2) ? 2 : 0;
        String id = kiosk.queue()
                .issueTicket(office.id(), office.area(area), null)
                .ticket()
                .id();
        clerk.queue().callTicket(office.id(), counter, id);
        clerk.queue().start(office.id(), counter);
        clerk.queue().finish(office.id(), counter);
        kiosk.ratings().rate(office.id(), new RatingRequest(id, level, reasons, null));
    }
}
