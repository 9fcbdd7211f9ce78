package vn.motcua.server.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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
import vn.motcua.client.MotcuaClient;
import vn.motcua.client.api.DossierHandoverRequest;
import vn.motcua.client.api.DossierRequest;
import vn.motcua.client.api.DossierView;
import vn.motcua.client.api.ProcedureView;
import vn.motcua.client.api.RegisterEntry;
import vn.motcua.client.api.Role;
import vn.motcua.server.Fixtures;
import vn.motcua.server.IntegrationTest;
import vn.motcua.server.TestClock;
import vn.motcua.server.office.OfficeDirectory;

/** The register (Sổ theo dõi hồ sơ): one book a year per office, entries numbered in the order of receipt. */
@IntegrationTest
class RegisterTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DossierPrints prints;

    @Autowired
    Dossiers dossiers;

    @Autowired
    OfficeDirectory offices;

    DossierTestKit office;
    ProcedureView procedure;

    @BeforeEach
    void anOffice() {
        office = new DossierTestKit(fixtures, jdbc);
        procedure = office.procedure(3);
    }

    @AfterEach
    void releaseClock() {
        TestClock.release();
    }

    @Test
    void concurrent_receipts_get_every_number_of_the_book_once_without_gaps() throws Exception {
        TestClock.pin(Instant.parse("2026-06-01T02:00:00Z"));
        List<MotcuaClient> clerks = IntStream.range(0, 4)
                .mapToObj(i -> fixtures.staff(office.id(), Role.CLERK))
                .toList();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> work = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                MotcuaClient clerk = clerks.get(t % clerks.size());
                work.add(pool.submit(() -> {
                    for (int i = 0; i < 5; i++) {
                        clerk.dossiers().registerDossier(office.id(), DossierTestKit.dossier(procedure));
                    }
                }));
            }
            for (Future<?> w : work) {
                w.get();
            }
        } finally {
            pool.shutdown();
        }

        List<RegisterEntry> book = office.head().reports().register(office.id(), 2026);
        assertThat(book)
                .extracting(RegisterEntry::number)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 40).boxed().toList());
        assertThat(book).extracting(RegisterEntry::code).doesNotHaveDuplicates();
        // entries follow the order of the codes, both handed out in commit order
        assertThat(book).extracting(RegisterEntry::code).isSorted();
    }

    @Test
    void a_new_year_opens_a_new_book_from_number_one() {
        // 31 December 2025 23:00 in Vietnam, then 1 January 2026 00:30
        TestClock.pin(Instant.parse("2025-12-31T16:00:00Z"));
        office.clerk.dossiers().registerDossier(office.id(), DossierTestKit.dossier(procedure));
        TestClock.pin(Instant.parse("2025-12-31T17:30:00Z"));
        DossierView newYear = office.clerk.dossiers().registerDossier(office.id(), DossierTestKit.dossier(procedure));

        assertThat(office.clerk.reports().register(office.id(), 2026))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.year()).isEqualTo(2026);
                    assertThat(e.number()).isEqualTo(1);
                    assertThat(e.code()).isEqualTo(newYear.code());
                });
        assertThat(office.clerk.reports().register(office.id(), 2025)).hasSize(1);
    }

    @Test
    void the_receipt_prints_the_book_the_entry_and_the_sets_as_entered() throws Exception {
        TestClock.pin(Instant.parse("2026-06-01T02:00:00Z"));
        office.clerk.dossiers().registerDossier(office.id(), DossierTestKit.dossier(procedure));
        DossierRequest one = DossierTestKit.dossier(procedure);
        DossierView second = office.clerk
                .dossiers()
                .registerDossier(
                        office.id(),
                        new DossierRequest(
                                one.procedureId(), one.applicant(), one.documents(), one.delivery(), null, 3));

        // rendered in-process: the receipt's endpoint is DossierReceiptTest's, and a first Jasper compile on a busy
        // machine can outlast the client's 10 s read timeout
        String text = DossierTestKit.pdfText(
                prints.receipt(dossiers.find(office.id(), second.code()), offices.get(office.id())));

        assertThat(text)
                .contains(
                        "Vào Sổ theo dõi hồ sơ, Quyển số: 2026 Số thứ tự: 2",
                        "Số lượng hồ sơ: 3 (bộ)",
                        // each paper's count as entered: the copy of the birth certificate came twice
                        "Giấy chứng sinh Bản sao 2")
                .doesNotContain("Quyển số: …");
        assertThat(office.clerk.reports().register(office.id(), 2026).get(1).sets())
                .isEqualTo(3);
    }

    @Test
    void sets_outside_one_to_ninety_nine_are_refused() {
        DossierRequest one = DossierTestKit.dossier(procedure);
        for (int sets : new int[] {-1, 100}) {
            assertThatThrownBy(() -> office.clerk
                            .dossiers()
                            .registerDossier(
                                    office.id(),
                                    new DossierRequest(
                                            one.procedureId(),
                                            one.applicant(),
                                            one.documents(),
                                            one.delivery(),
                                            null,
                                            sets)))
                    .isInstanceOfSatisfying(
                            ApiException.class, e -> assertThat(e.status()).isEqualTo(400));
        }
    }

    @Test
    void the_export_lists_the_books_entries_with_their_hand_overs_as_csv() {
        TestClock.pin(Instant.parse("2026-06-01T02:00:00Z"));
        DossierView d = office.clerk.dossiers().registerDossier(office.id(), DossierTestKit.dossier(procedure));
        TestClock.pin(Instant.parse("2026-06-01T03:00:00Z"));
        office.clerk
                .dossiers()
                .recordHandover(
                        office.id(),
                        d.code(),
                        new DossierHandoverRequest(null, null, "Phòng Tư pháp", "Trần Văn Bình", null, ""));

        String csv = office.admin.files().registerCsv(office.id(), 2026);

        assertThat(csv.lines().findFirst().orElseThrow())
                .contains("Số thứ tự", "Mã hồ sơ", "Tên thủ tục hành chính", "Cơ quan chủ trì giải quyết");
        assertThat(csv.lines().skip(1).findFirst().orElseThrow())
                .startsWith("1," + d.code() + ",Đăng ký khai sinh,1,")
                .contains(
                        DossierTestKit.APPLICANT.name(),
                        "Phòng Tư pháp",
                        "01/06/2026 09:00",
                        "04/06/2026 17:00",
                        "01/06/2026 10:00",
                        "Đã tiếp nhận");
    }

    @Test
    void the_register_needs_a_year_and_a_member_of_the_office() {
        MotcuaClient kiosk = fixtures.device(office.id(), Role.KIOSK, null);
        MotcuaClient otherClerk = fixtures.staff(fixtures.office().id(), Role.CLERK);
        for (MotcuaClient caller : List.of(kiosk, otherClerk)) {
            assertThatThrownBy(() -> caller.reports().register(office.id(), 2026))
                    .isInstanceOfSatisfying(
                            ApiException.class, e -> assertThat(e.status()).isEqualTo(403));
            assertThatThrownBy(() -> caller.files().registerCsv(office.id(), 2026))
                    .isInstanceOfSatisfying(
                            ApiException.class, e -> assertThat(e.status()).isEqualTo(403));
        }
        assertThatThrownBy(() -> office.clerk.reports().register(office.id(), 1))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.status()).isEqualTo(400));
    }
}
