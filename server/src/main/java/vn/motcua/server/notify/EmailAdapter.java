package vn.motcua.server.notify;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import vn.motcua.client.api.NotificationChannel;

/** Email by SMTP (Spring Mail); Spring Boot makes a mail sender only once {@code spring.mail.host} is set. */
@Component
class EmailAdapter implements ChannelAdapter {

    private final ObjectProvider<JavaMailSender> senders;
    private final String from;

    EmailAdapter(ObjectProvider<JavaMailSender> senders, @Value("${motcua.mail.from:motcua@localhost}") String from) {
        this.senders = senders;
        this.from = from;
    }

    @Override
    public NotificationChannel channel() {
        return NotificationChannel.EMAIL;
    }

    @Override
    public boolean configured() {
        return senders.getIfAvailable() != null;
    }

    @Override
    public String send(long id, Outbox.Message letter) throws DeliveryFailed {
        try {
            senders.getObject().send(mime -> {
                MimeMessageHelper message = new MimeMessageHelper(mime, true, "UTF-8");
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
            return null;
        } catch (MailException e) {
            throw new DeliveryFailed(String.valueOf(e.getMessage()), e);
        }
    }
}
