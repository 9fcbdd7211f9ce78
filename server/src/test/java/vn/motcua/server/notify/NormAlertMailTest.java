package vn.motcua.server.notify;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.motcua.server.Fixtures;
import vn.motcua.server.IntegrationTest;
import vn.motcua.server.TestStores;

@IntegrationTest
class NormAlertMailTest {

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(
                    new ServerSetup(TestStores.freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
            .withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> smtp.getSmtp().getServerSetup().getPort());
        registry.add("motcua.notify.dispatch-interval", () -> "1h");
    }

    @Autowired
    Fixtures fixtures;

    @Autowired
    Outbox outbox;

    @Autowired
    OutboxDispatcher dispatcher;

    @Test
    void a_norm_alert_reaches_every_head_named_without_an_attachment() throws Exception {
        long office = fixtures.office().id();
        String first = "truong-" + UUID.randomUUID() + "@example.vn";
        String second = "pho-" + UUID.randomUUID() + "@example.vn";
        outbox.add(
                office,
                "norm-breach-" + UUID.randomUUID(),
                NormAlertMails.KIND,
                new Outbox.Letter(first + "," + second, "Hàng chờ dài quá định mức", "Kính gửi", null, null),
                Instant.now());

        // a dispatch sends a batch, oldest first, and other tests leave letters in the shared outbox: dispatch until
        // this one has gone, and count only its copies
        List<MimeMessage> received = Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .until(
                        () -> {
                            dispatcher.dispatch();
                            return Arrays.stream(smtp.getReceivedMessages())
                                    .filter(m -> recipients(m).contains(first))
                                    .toList();
                        },
                        copies -> !copies.isEmpty());
        // one copy per mailbox, each naming both heads
        assertThat(received).hasSize(2);
        assertThat(Arrays.stream(received.getFirst().getAllRecipients()).map(Object::toString))
                .containsExactlyInAnyOrder(first, second);
        assertThat(received.getFirst().getSubject()).isEqualTo("Hàng chờ dài quá định mức");
    }

    private static List<String> recipients(MimeMessage message) {
        try {
            return Arrays.stream(message.getAllRecipients())
                    .map(Object::toString)
                    .toList();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
