package vn.motcua.server.notify;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.motcua.client.api.DossierApologyRequest;
import vn.motcua.client.api.DossierApplicant;
import vn.motcua.client.api.DossierRequest;
import vn.motcua.client.api.FormRegime;
import vn.motcua.client.api.OfficeForms;
import vn.motcua.server.Fixtures;
import vn.motcua.server.IntegrationTest;
import vn.motcua.server.TestClock;
import vn.motcua.server.TestStores;
import vn.motcua.server.dossier.DossierTestKit;

@IntegrationTest
class ApologyMailTest {

    // started before the Spring context so that its port can be the context's SMTP port; a fixed port so that a
    // restart listens where the context sends
    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(
                    new ServerSetup(TestStores.freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
            .withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> smtp.getSmtp().getServerSetup().getPort());
        registry.add("motcua.mail.from", () -> "motcua@hcc.example.vn");
        // the test sends when it wants to, not on the schedule
        registry.add("motcua.notify.dispatch-interval", () -> "1h");
    }

    private static final DossierApologyRequest APOLOGY = DossierTestKit.APOLOGY;
    private static final String TT01_TITLE = "PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ";
    private static final String TT03_TITLE = "VĂN BẢN XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN THỜI GIAN GIẢI QUYẾT";

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    OutboxDispatcher dispatcher;

    @Autowired
    Clock clock;

    DossierTestKit office;
    /** Letters of other tests' dossiers share the outbox: each test looks only at its own applicant's mail. */
    String email;

    @BeforeEach
    void registerOnMonday() throws Exception {
        smtp.purgeEmailFromAllMailboxes();
        office = new DossierTestKit(fixtures, jdbc);
        email = "nguoi-nop-" + UUID.randomUUID() + "@example.vn";
        TestClock.pin(Instant.parse("2026-06-01T02:00:00Z"));
    }

    @AfterEach
    void releaseClock() {
        TestClock.release();
    }

    private String apologizedDossier(String email) {
        DossierApplicant applicant = DossierTestKit.APPLICANT;
        DossierRequest request = DossierTestKit.dossier(office.procedure(2));
        request = new DossierRequest(
                request.procedureId(),
                new DossierApplicant(
                        applicant.name(), applicant.idNumber(), applicant.address(), applicant.phone(), email),
                request.documents(),
                request.delivery(),
                null);
        String code =
                office.clerk.dossiers().registerDossier(office.id(), request).code();
        TestClock.pin(Instant.parse("2026-06-02T09:00:00Z"));
        office.clerk.dossiers().apologize(office.id(), code, APOLOGY);
        return code;
    }

    @Test
    void an_applicant_who_left_an_email_receives_the_apology_slip_as_a_pdf() throws Exception {
        String code = apologizedDossier(email);

        dispatchEveryDueLetter();

        MimeMessage[] received = received();
        assertThat(received).hasSize(1);
        MimeMessage letter = received[0];
        assertThat(letter.getFrom()[0].toString()).isEqualTo("motcua@hcc.example.vn");
        Letter read = read(letter, code);
        assertThat(read.text())
                .contains("Kính gửi Ông/Bà Nguyễn Thị Hoa", code, "17:00 10/06/2026", "Dear Nguyễn Thị Hoa");
        assertThat(DossierTestKit.pdfText(read.pdf())).contains(code, "Cơ quan phối hợp chưa trả kết quả xác minh");

        dispatchEveryDueLetter();
        assertThat(received()).as("sent once").hasSize(1);
    }

    @Test
    void the_letter_of_a_dossier_under_TT_03_2025_asks_for_an_extension_as_its_attached_form_does() throws Exception {
        String code = apologizedDossier(email);

        dispatchEveryDueLetter();

        MimeMessage letter = received()[0];
        assertThat(letter.getSubject())
                .contains("Văn bản xin lỗi và đề nghị gia hạn thời gian giải quyết - hồ sơ " + code)
                .contains("Apology and request to extend the time to settle your dossier")
                .doesNotContain("Phiếu xin lỗi và hẹn lại ngày trả kết quả");
        Letter read = read(letter, code);
        assertThat(read.text())
                .contains("đề nghị gia hạn thời gian giải quyết hồ sơ đến: 17:00 10/06/2026")
                .doesNotContain("Phiếu xin lỗi");
        assertThat(DossierTestKit.pdfText(read.pdf())).contains(TT03_TITLE).doesNotContain(TT01_TITLE);
    }

    @Test
    void the_letter_of_a_dossier_under_TT_01_2018_sets_a_new_date_as_its_attached_slip_does() throws Exception {
        office.admin
                .offices()
                .updateOfficeForms(
                        office.id(),
                        new OfficeForms(
                                "Phú Thọ",
                                "UBND TỈNH PHÚ THỌ",
                                DossierTestKit.SIGNER_NAME,
                                DossierTestKit.SIGNER_TITLE,
                                "",
                                FormRegime.TT01_2018));
        String code = apologizedDossier(email);

        dispatchEveryDueLetter();

        MimeMessage letter = received()[0];
        assertThat(letter.getSubject())
                .contains("Phiếu xin lỗi và hẹn lại ngày trả kết quả - hồ sơ " + code)
                .contains("Apology and new date for your result")
                .doesNotContain("gia hạn");
        Letter read = read(letter, code);
        assertThat(read.text())
                .contains("Thời gian hẹn trả kết quả mới: 17:00 10/06/2026")
                .doesNotContain("gia hạn");
        assertThat(DossierTestKit.pdfText(read.pdf())).contains(TT01_TITLE).doesNotContain(TT03_TITLE);
    }

    private record Letter(String text, byte[] pdf) {}

    private static Letter read(MimeMessage letter, String code) throws Exception {
        Multipart parts = (Multipart) letter.getContent();
        String text = null;
        byte[] pdf = null;
        for (int i = 0; i < parts.getCount(); i++) {
            Part part = parts.getBodyPart(i);
            if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
                assertThat(part.getFileName()).isEqualTo(code + "-xin-loi.pdf");
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                part.getDataHandler().writeTo(bytes);
                pdf = bytes.toByteArray();
            } else {
                text = textOf(part);
            }
        }
        assertThat(text).isNotNull();
        assertThat(pdf).isNotNull();
        return new Letter(text, pdf);
    }

    @Test
    void an_applicant_without_an_email_gets_no_letter_queued() {
        String code = apologizedDossier(null);

        dispatchEveryDueLetter();

        assertThat(jdbc.sql("select count(*) from message_outbox where reference = ?")
                        .param(code)
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void a_letter_the_mail_server_refused_is_sent_on_a_later_attempt() throws Exception {
        smtp.stop();
        String code;
        try {
            code = apologizedDossier(email);
            dispatchEveryDueLetter();
        } finally {
            smtp.start();
        }
        var failed = jdbc.sql(
                        "select attempts, sent_at is null as waiting, last_error, next_attempt_at from message_outbox"
                                + " where reference = ?")
                .param(code)
                .query()
                .singleRow();
        assertThat(failed.get("attempts")).isEqualTo(1);
        assertThat(failed.get("waiting")).isEqualTo(true);
        assertThat((String) failed.get("last_error")).isNotBlank();

        dispatchEveryDueLetter();
        assertThat(received()).as("not before its next attempt").isEmpty();

        TestClock.advance(Duration.ofMinutes(1));
        dispatchEveryDueLetter();

        assertThat(received()).hasSize(1);
        assertThat(jdbc.sql("select attempts from message_outbox where reference = ? and sent_at is not null")
                        .param(code)
                        .query(Integer.class)
                        .single())
                .isEqualTo(2);
    }

    /**
     * Other tests' letters share the outbox and one dispatch sends at most a batch, oldest first: a single dispatch
     * may end before this test's letter.
     */
    private void dispatchEveryDueLetter() {
        for (int round = 0; round < 20 && dueLetters() > 0; round++) {
            dispatcher.dispatch();
        }
        assertThat(dueLetters()).as("letters still due after 20 dispatches").isZero();
    }

    private int dueLetters() {
        return jdbc.sql("select count(*) from message_outbox where channel = 'EMAIL' and sent_at is null"
                        + " and next_attempt_at <= ? and attempts < ?")
                .params(Timestamp.from(clock.instant()), OutboxRetry.MAX_ATTEMPTS)
                .query(Integer.class)
                .single();
    }

    private MimeMessage[] received() {
        return Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> {
                    try {
                        return m.getAllRecipients()[0].toString().equals(email);
                    } catch (jakarta.mail.MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toArray(MimeMessage[]::new);
    }

    private static String textOf(Part part) throws Exception {
        if (part.getContent() instanceof Multipart nested) {
            return textOf(nested.getBodyPart(0));
        }
        return (String) part.getContent();
    }
}
