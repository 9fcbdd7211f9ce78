package vn.motcua.server.notify;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.jsmpp.SMPPConstant;
import org.jsmpp.bean.BroadcastSm;
import org.jsmpp.bean.CancelBroadcastSm;
import org.jsmpp.bean.CancelSm;
import org.jsmpp.bean.DataSm;
import org.jsmpp.bean.OptionalParameter;
import org.jsmpp.bean.QueryBroadcastSm;
import org.jsmpp.bean.QuerySm;
import org.jsmpp.bean.ReplaceSm;
import org.jsmpp.bean.SubmitMulti;
import org.jsmpp.bean.SubmitSm;
import org.jsmpp.extra.ProcessRequestException;
import org.jsmpp.session.BindRequest;
import org.jsmpp.session.BroadcastSmResult;
import org.jsmpp.session.DataSmResult;
import org.jsmpp.session.QueryBroadcastSmResult;
import org.jsmpp.session.QuerySmResult;
import org.jsmpp.session.SMPPServerSession;
import org.jsmpp.session.SMPPServerSessionListener;
import org.jsmpp.session.ServerMessageReceiverListener;
import org.jsmpp.session.Session;
import org.jsmpp.session.SubmitMultiResult;
import org.jsmpp.session.SubmitSmResult;
import org.jsmpp.util.MessageId;

/**
 * An SMSC for the tests, jSMPP's own server side: it binds transmitters that give the expected system id and password,
 * keeps every submit_sm it accepts, and refuses the next ones when told to, as a throttling SMSC does.
 */
final class TestSmsc implements ServerMessageReceiverListener {

    /** One accepted submit_sm, its text decoded from UCS-2 whether it came in short_message or message_payload. */
    record Submitted(
            String messageId,
            String source,
            byte sourceTon,
            String destination,
            byte destinationTon,
            byte dataCoding,
            String text) {}

    private final int port;
    private final String systemId;
    private final String password;
    private final List<Submitted> accepted = new CopyOnWriteArrayList<>();
    private final List<SMPPServerSession> sessions = new CopyOnWriteArrayList<>();
    private final AtomicInteger refusals = new AtomicInteger();
    private final AtomicInteger refused = new AtomicInteger();
    private final AtomicInteger ids = new AtomicInteger();
    private volatile SMPPServerSessionListener listener;

    TestSmsc(int port, String systemId, String password) {
        this.port = port;
        this.systemId = systemId;
        this.password = password;
    }

    int port() {
        return port;
    }

    synchronized void start() throws IOException {
        SMPPServerSessionListener started = new SMPPServerSessionListener(port);
        started.setMessageReceiverListener(this);
        listener = started;
        Thread.ofVirtual().start(() -> {
            while (listener == started) {
                try {
                    SMPPServerSession session = started.accept();
                    sessions.add(session);
                    Thread.ofVirtual().start(() -> bind(session));
                } catch (IOException closed) {
                    return;
                }
            }
        });
    }

    /** The SMSC goes down: no listener, and the bound sessions are cut. */
    synchronized void stop() throws IOException {
        SMPPServerSessionListener stopped = listener;
        listener = null;
        stopped.close();
        sessions.forEach(SMPPServerSession::close);
        sessions.clear();
    }

    void refuseNext(int count) {
        refusals.set(count);
    }

    int refused() {
        return refused.get();
    }

    List<Submitted> acceptedFor(String destination) {
        return accepted.stream()
                .filter(s -> s.destination().equals(destination))
                .toList();
    }

    private void bind(SMPPServerSession session) {
        try {
            BindRequest request = session.waitForBind(5_000);
            if (request.getSystemId().equals(systemId) && request.getPassword().equals(password)) {
                request.accept("test-smsc");
            } else {
                request.reject(SMPPConstant.STAT_ESME_RINVPASWD);
            }
        } catch (Exception e) {
            session.close();
        }
    }

    @Override
    public SubmitSmResult onAcceptSubmitSm(SubmitSm submit, SMPPServerSession session) throws ProcessRequestException {
        if (refusals.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            refused.incrementAndGet();
            throw new ProcessRequestException("throttled", SMPPConstant.STAT_ESME_RTHROTTLED);
        }
        byte[] text = submit.getShortMessage();
        if (text == null || text.length == 0) {
            OptionalParameter.OctetString payload =
                    (OptionalParameter.OctetString) submit.getOptionalParameter(OptionalParameter.Tag.MESSAGE_PAYLOAD);
            text = payload.getValue();
        }
        try {
            MessageId id = new MessageId("m" + ids.incrementAndGet());
            accepted.add(new Submitted(
                    id.getValue(),
                    submit.getSourceAddr(),
                    submit.getSourceAddrTon(),
                    submit.getDestAddress(),
                    submit.getDestAddrTon(),
                    submit.getDataCoding(),
                    new String(text, StandardCharsets.UTF_16BE)));
            return new SubmitSmResult(id, new OptionalParameter[0]);
        } catch (org.jsmpp.PDUStringException e) {
            throw new ProcessRequestException(e.getMessage(), SMPPConstant.STAT_ESME_RSYSERR);
        }
    }

    @Override
    public SubmitMultiResult onAcceptSubmitMulti(SubmitMulti submit, SMPPServerSession session)
            throws ProcessRequestException {
        throw new ProcessRequestException("not supported", SMPPConstant.STAT_ESME_RINVCMDID);
    }

    @Override
    public QuerySmResult onAcceptQuerySm(QuerySm query, SMPPServerSession session) throws ProcessRequestException {
        throw new ProcessRequestException("not supported", SMPPConstant.STAT_ESME_RINVCMDID);
    }

    @Override
    public void onAcceptReplaceSm(ReplaceSm replace, SMPPServerSession session) throws ProcessRequestException {
        throw new ProcessRequestException("not supported", SMPPConstant.STAT_ESME_RINVCMDID);
    }

    @Override
    public void onAcceptCancelSm(CancelSm cancel, SMPPServerSession session) throws ProcessRequestException {
        throw new ProcessRequestException("not supported", SMPPConstant.STAT_ESME_RINVCMDID);
    }

    @Override
    public BroadcastSmResult onAcceptBroadcastSm(BroadcastSm broadcast, SMPPServerSession session)
            throws ProcessRequestException {
        throw new ProcessRequestException("not supported", SMPPConstant.STAT_ESME_RINVCMDID);
    }

    @Override
    public void onAcceptCancelBroadcastSm(CancelBroadcastSm cancel, SMPPServerSession session)
            throws ProcessRequestException {
        throw new ProcessRequestException("not supported", SMPPConstant.STAT_ESME_RINVCMDID);
    }

    @Override
    public QueryBroadcastSmResult onAcceptQueryBroadcastSm(QueryBroadcastSm query, SMPPServerSession session)
            throws ProcessRequestException {
        throw new ProcessRequestException("not supported", SMPPConstant.STAT_ESME_RINVCMDID);
    }

    @Override
    public DataSmResult onAcceptDataSm(DataSm data, Session session) throws ProcessRequestException {
        throw new ProcessRequestException("not supported", SMPPConstant.STAT_ESME_RINVCMDID);
    }
}
