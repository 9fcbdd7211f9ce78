package vn.motcua.server.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.client.ApiException;
import vn.motcua.client.MotcuaClient;
import vn.motcua.client.api.RatingLevel;
import vn.motcua.client.api.RatingRequest;
import vn.motcua.client.api.Role;
import vn.motcua.server.Fixtures;
import vn.motcua.server.IntegrationTest;

@IntegrationTest
class RatingsTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @Test
    void the_counters_tablet_rates_a_served_ticket_once_and_the_rating_names_counter_clerk_and_area() {
        var office = fixtures.office();
        MotcuaClient tablet = fixtures.device(office.id(), Role.RATING_TABLET, office.counter(0));
        String ticket = served(office, office.counter(0));

        var rating = tablet.ratings()
                .rate(
                        office.id(),
                        new RatingRequest(
                                ticket,
                                RatingLevel.DISSATISFIED,
                                List.of("Chờ quá lâu"),
                                "  Cán bộ nhiệt tình nhưng chậm "));

        assertThat(rating.counterId()).isEqualTo(office.counter(0));
        assertThat(rating.clerkId()).isNotNull();
        assertThat(rating.areaId()).isEqualTo(office.area(0));
        assertThat(rating.comment()).isEqualTo("Cán bộ nhiệt tình nhưng chậm");
        assertThat(jdbc.sql("select level from rating where ticket_id = ?::uuid")
                        .param(ticket)
                        .query(String.class)
                        .single())
                .isEqualTo("DISSATISFIED");
        assertThatThrownBy(() -> tablet.ratings()
                        .rate(office.id(), new RatingRequest(ticket, RatingLevel.SATISFIED, null, null)))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.code()).isEqualTo("ALREADY_RATED"));
    }

    @Test
    void a_tablet_cannot_rate_another_counters_ticket_nor_a_ticket_not_yet_served() {
        var office = fixtures.office();
        MotcuaClient otherTablet = fixtures.device(office.id(), Role.RATING_TABLET, office.counter(1));
        MotcuaClient kiosk = fixtures.device(office.id(), Role.KIOSK, null);
        String ticket = served(office, office.counter(0));
        String waiting = kiosk.queue()
                .issueTicket(office.id(), office.area(1), null)
                .ticket()
                .id();

        assertThatThrownBy(() -> otherTablet
                        .ratings()
                        .rate(office.id(), new RatingRequest(ticket, RatingLevel.SATISFIED, null, null)))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.status()).isEqualTo(403));
        assertThatThrownBy(() -> kiosk.ratings()
                        .rate(office.id(), new RatingRequest(waiting, RatingLevel.SATISFIED, null, null)))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.code()).isEqualTo("NOT_SERVED"));
    }

    @Test
    void a_clerk_cannot_rate_himself() {
        var office = fixtures.office();
        MotcuaClient clerk = fixtures.staff(office.id(), Role.CLERK);
        String ticket = served(office, office.counter(0));

        assertThatThrownBy(() -> clerk.ratings()
                        .rate(office.id(), new RatingRequest(ticket, RatingLevel.VERY_SATISFIED, null, null)))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.status()).isEqualTo(403));
    }

    private String served(Fixtures.TestOffice office, long counter) {
        MotcuaClient kiosk = fixtures.device(office.id(), Role.KIOSK, null);
        MotcuaClient clerk = fixtures.staff(office.id(), Role.CLERK);
        String id = kiosk.queue()
                .issueTicket(office.id(), office.area(0), null)
                .ticket()
                .id();
        clerk.queue().callNext(office.id(), counter);
        clerk.queue().start(office.id(), counter);
        clerk.queue().finish(office.id(), counter);
        return id;
    }
}
