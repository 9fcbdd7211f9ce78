package vn.motcua.server.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.client.ApiException;
import vn.motcua.client.api.DossierDelivery;
import vn.motcua.client.api.DossierRequest;
import vn.motcua.client.api.DossierStatus;
import vn.motcua.client.api.DossierTimeliness;
import vn.motcua.client.api.DossierView;
import vn.motcua.client.api.ProcedureView;
import vn.motcua.client.api.Role;
import vn.motcua.server.Fixtures;
import vn.motcua.server.IntegrationTest;
import vn.motcua.server.TestClock;

@IntegrationTest
class DossierRegistrationTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    DossierTestKit office;

    @BeforeEach
    void setUp() {
        office = new DossierTestKit(fixtures, jdbc);
    }

    @AfterEach
    void releaseClock() {
        TestClock.release();
    }

    @Test
    void twenty_clerks_registering_ten_dossiers_each_at_once_get_two_hundred_distinct_consecutive_codes()
            throws Exception {
        ProcedureView procedure = office.procedure(5);
        TestClock.pin(Instant.parse("2026-03-03T03:00:00Z"));
        ConcurrentLinkedQueue<String> codes = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(20);
        try {
            List<Future<?>> clerks = new ArrayList<>();
            for (int c = 0; c < 20; c++) {
                clerks.add(pool.submit(() -> {
                    for (int i = 0; i < 10; i++) {
                        codes.add(office.clerk
                                .dossiers()
                                .registerDossier(office.id(), DossierTestKit.dossier(procedure))
                                .code());
                    }
                }));
            }
            for (Future<?> clerk : clerks) {
                clerk.get();
            }
        } finally {
            pool.shutdown();
        }

        List<String> expected = IntStream.rangeClosed(1, 200)
                .mapToObj(n -> office.agencyCode + "-260303-" + String.format("%04d", n))
                .toList();
        assertThat(codes).hasSize(200).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void the_code_follows_tt_01_2018_article_19_and_the_dossier_starts_received_with_its_history() {
        ProcedureView procedure = office.procedure(3);
        TestClock.pin(Instant.parse("2026-04-27T17:30:00Z"));

        DossierView dossier = office.clerk.dossiers().registerDossier(office.id(), DossierTestKit.dossier(procedure));

        // 17:30 UTC is already 00:30 of the next day in Vietnam
        assertThat(dossier.code()).isEqualTo(office.agencyCode + "-260428-0001");
        assertThat(dossier.status()).isEqualTo(DossierStatus.RECEIVED);
        assertThat(dossier.nationalStatusCode()).isEqualTo(2);
        assertThat(dossier.timeliness()).isEqualTo(DossierTimeliness.RUNNING);
        assertThat(dossier.history()).singleElement().satisfies(h -> {
            assertThat(h.status()).isEqualTo(DossierStatus.RECEIVED);
            assertThat(h.byName()).startsWith("Cán bộ");
        });
        assertThat(office.clerk.dossiers().dossier(office.id(), dossier.code()).applicant())
                .isEqualTo(DossierTestKit.APPLICANT);
    }

    @Test
    void the_due_date_skips_the_weekend_and_the_april_30_and_may_1_holidays() {
        ProcedureView procedure = office.procedure(3);
        TestClock.pin(Instant.parse("2026-04-28T02:00:00Z"));

        DossierView dossier = office.clerk.dossiers().registerDossier(office.id(), DossierTestKit.dossier(procedure));

        // Wed 29/4 is day 1; Thu 30/4 and Fri 1/5 are holidays, then the weekend; Mon 4/5 day 2, Tue 5/5 day 3
        assertThat(dossier.dueAt()).isEqualTo(LocalDateTime.of(2026, 5, 5, 17, 0));
    }

    @Test
    void a_dossier_received_after_closing_on_friday_counts_from_the_next_working_day() {
        ProcedureView procedure = office.procedure(1);
        TestClock.pin(Instant.parse("2026-04-24T11:00:00Z"));

        DossierView dossier = office.clerk.dossiers().registerDossier(office.id(), DossierTestKit.dossier(procedure));

        // Monday 27/4 is the compensatory day of Giỗ Tổ (Sunday 26/4): received Tuesday, due Wednesday
        assertThat(dossier.dueAt()).isEqualTo(LocalDateTime.of(2026, 4, 29, 17, 0));
    }

    @Test
    void a_dossier_can_be_linked_to_the_queue_ticket_it_was_served_on_but_not_to_an_unknown_one() {
        ProcedureView procedure = office.procedure(3);
        var kiosk = fixtures.device(office.id(), Role.KIOSK, null);
        // tickets are handed out only while the office is open
        TestClock.pin(Instant.parse("2026-06-02T03:00:00Z"));
        String ticket = kiosk.queue()
                .issueTicket(office.id(), office.office.area(0), null)
                .ticket()
                .id();
        DossierRequest base = DossierTestKit.dossier(procedure);

        DossierView linked = office.clerk
                .dossiers()
                .registerDossier(
                        office.id(),
                        new DossierRequest(
                                base.procedureId(), base.applicant(), base.documents(), DossierDelivery.POST, ticket));

        assertThat(linked.ticketId()).isEqualTo(ticket);
        assertThatThrownBy(() -> office.clerk
                        .dossiers()
                        .registerDossier(
                                office.id(),
                                new DossierRequest(
                                        base.procedureId(),
                                        base.applicant(),
                                        base.documents(),
                                        DossierDelivery.COUNTER,
                                        "7d1f3c1e-0000-4000-8000-000000000000")))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.fieldErrors()).extracting(f -> f.get("field")).containsExactly("ticketId");
                });
    }

    @Test
    void a_dossier_without_an_id_number_or_documents_is_refused_naming_the_field() {
        ProcedureView procedure = office.procedure(3);
        DossierRequest base = DossierTestKit.dossier(procedure);
        var noId = new vn.motcua.client.api.DossierApplicant("Trần Văn Nam", " ", "Hà Nội", null, null);

        assertThatThrownBy(() -> office.clerk
                        .dossiers()
                        .registerDossier(
                                office.id(),
                                new DossierRequest(base.procedureId(), noId, base.documents(), base.delivery(), null)))
                .isInstanceOfSatisfying(
                        ApiException.class,
                        e -> assertThat(e.fieldErrors())
                                .extracting(f -> f.get("field"))
                                .containsExactly("applicant.idNumber"));
        assertThatThrownBy(() -> office.clerk
                        .dossiers()
                        .registerDossier(
                                office.id(),
                                new DossierRequest(
                                        base.procedureId(), base.applicant(), List.of(), base.delivery(), null)))
                .isInstanceOfSatisfying(
                        ApiException.class,
                        e -> assertThat(e.fieldErrors())
                                .extracting(f -> f.get("field"))
                                .containsExactly("documents"));
    }
}
