package vn.motcua.server.mail;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends due letters one by one, each in its own transaction that holds the row while it is sent: at least once.
 * Without an SMTP host there is no mail sender and letters wait in the outbox until one is configured.
 */
@Component
class MailDispatcher {

    private static final int BATCH = 50;
    private static final Logger log = LoggerFactory.getLogger(MailDispatcher.class);

    private final MailOutbox outbox;
    private final ObjectProvider<JavaMailSender> senders;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final String from;

    MailDispatcher(
            MailOutbox outbox,
            ObjectProvider<JavaMailSender> senders,
            TransactionTemplate transaction,
            Clock clock,
            @Value("${motcua.mail.from:motcua@localhost}") String from) {
        this.outbox = outbox;
        this.senders = senders;
        this.transaction = transaction;
        this.clock = clock;
        this.from = from;
    }

    @Scheduled(fixedDelayString = "${motcua.mail.dispatch-interval:10s}")
    void dispatch() {
        JavaMailSender sender = senders.getIfAvailable();
        if (sender == null) {
            return;
        }
        for (int i = 0; i < BATCH; i++) {
            if (!Boolean.TRUE.equals(transaction.execute(tx -> sendNext(sender)))) {
                return;
            }
        }
    }

    private boolean sendNext(JavaMailSender sender) {
        Optional<MailOutbox.Pending> next = outbox.claimNext(clock.instant(), MailRetry.MAX_ATTEMPTS);
        if (next.isEmpty()) {
            return false;
        }
        MailOutbox.Pending pending = next.get();
        int attempts = pending.attempts() + 1;
        Instant now = clock.instant();
        try {
            sender.send(mime -> {
                MimeMessageHelper message = new MimeMessageHelper(mime, true, "UTF-8");
                MailOutbox.Letter letter = pending.letter();
                message.setFrom(from);
                // a norm alert goes to every head of the office at once; an apology to its one applicant
                message.setTo(letter.recipient().split(","));
                message.setSubject(letter.subject());
                message.setText(letter.body());
                if (letter.attachment() != null) {
                    message.addAttachment(
                            letter.attachmentName(), new ByteArrayResource(letter.attachment()), "application/pdf");
                }
            });
            outbox.sent(pending.id(), attempts, clock.instant());
        } catch (MailException e) {
            outbox.failed(
                    pending.id(), attempts, now.plus(MailRetry.delayAfter(attempts)), String.valueOf(e.getMessage()));
            if (attempts >= MailRetry.MAX_ATTEMPTS) {
                log.warn("Letter {} given up after {} attempts: {}", pending.id(), attempts, e.getMessage());
            }
        }
        return true;
    }
}
