package vn.motcua.server.notify;

import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.jsmpp.InvalidResponseException;
import org.jsmpp.PDUException;
import org.jsmpp.bean.Alphabet;
import org.jsmpp.bean.BindType;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.GeneralDataCoding;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.OptionalParameter;
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.bean.SMSCDeliveryReceipt;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.extra.NegativeResponseException;
import org.jsmpp.extra.ResponseTimeoutException;
import org.jsmpp.extra.SessionState;
import org.jsmpp.session.BindParameter;
import org.jsmpp.session.SMPPSession;
import org.springframework.stereotype.Component;
import vn.motcua.client.api.NotificationChannel;

/**
 * SMS over SMPP 3.4 (jSMPP), bound as a transmitter to the provider's SMSC and kept bound between messages; a
 * connection that failed is dropped and bound afresh on the next message. Text is UCS-2 (data_coding 8) so that
 * Vietnamese keeps its diacritics; one that does not fit one short message (70 characters) goes in message_payload
 * and the SMSC splits it.
 */
@Component
class SmsAdapter implements ChannelAdapter {

    private static final int SHORT_MESSAGE_OCTETS = 140;

    private final NotifyProperties.Sms settings;
    private SMPPSession session;

    SmsAdapter(NotifyProperties properties) {
        this.settings = properties.sms();
    }

    @Override
    public NotificationChannel channel() {
        return NotificationChannel.SMS;
    }

    @Override
    public boolean configured() {
        return settings.configured();
    }

    @Override
    public synchronized String send(long id, Outbox.Message message) throws DeliveryFailed {
        byte[] text = message.body().getBytes(StandardCharsets.UTF_16BE);
        boolean fits = text.length <= SHORT_MESSAGE_OCTETS;
        try {
            return bound().submitShortMessage(
                            "",
                            TypeOfNumber.ALPHANUMERIC,
                            NumberingPlanIndicator.UNKNOWN,
                            settings.sourceAddress(),
                            TypeOfNumber.INTERNATIONAL,
                            NumberingPlanIndicator.ISDN,
                            message.recipient(),
                            new ESMClass(),
                            (byte) 0,
                            (byte) 0,
                            null,
                            null,
                            new RegisteredDelivery(SMSCDeliveryReceipt.DEFAULT),
                            (byte) 0,
                            new GeneralDataCoding(Alphabet.ALPHA_UCS2),
                            (byte) 0,
                            fits ? text : new byte[0],
                            fits
                                    ? new OptionalParameter[0]
                                    : new OptionalParameter[] {new OptionalParameter.Message_payload(text)})
                    .getMessageId();
        } catch (NegativeResponseException e) {
            // the SMSC answered: the connection is sound, only this message was refused (throttled, queue full...)
            throw new DeliveryFailed("SMSC refused the message: " + e.getMessage(), e);
        } catch (PDUException | ResponseTimeoutException | InvalidResponseException | IOException e) {
            drop();
            throw new DeliveryFailed("SMSC unreachable: " + e.getMessage(), e);
        }
    }

    @PreDestroy
    synchronized void unbind() {
        drop();
    }

    private SMPPSession bound() throws IOException {
        if (session != null && session.getSessionState().isBound()) {
            return session;
        }
        drop();
        SMPPSession fresh = new SMPPSession();
        fresh.setTransactionTimer(settings.timeout().toMillis());
        fresh.connectAndBind(
                settings.host(),
                settings.port(),
                new BindParameter(
                        BindType.BIND_TX,
                        settings.systemId(),
                        settings.password(),
                        settings.systemType(),
                        TypeOfNumber.UNKNOWN,
                        NumberingPlanIndicator.UNKNOWN,
                        null),
                settings.timeout().toMillis());
        session = fresh;
        return session;
    }

    private void drop() {
        if (session != null) {
            if (session.getSessionState() != SessionState.CLOSED) {
                session.unbindAndClose();
            }
            session = null;
        }
    }
}
