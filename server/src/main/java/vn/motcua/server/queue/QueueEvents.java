package vn.motcua.server.queue;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.motcua.client.api.CallRecord;
import vn.motcua.client.api.CounterView;
import vn.motcua.client.api.QueueEvent;
import vn.motcua.client.api.QueueEventType;
import vn.motcua.server.office.Office;
import vn.motcua.server.office.OfficeDirectory;
import vn.motcua.server.security.StaffNames;

/**
 * Reads the events queue.lua publishes on the office's Redis channel ({@code RedisChannels.queueEvents}) into the API's
 * {@link QueueEvent}. Publishing inside the script means events leave in exactly the order of their
 * sequence numbers.
 */
@Component
public class QueueEvents {

    private final ScriptWire wire;
    private final OfficeDirectory offices;
    private final StaffNames staffNames;

    QueueEvents(ScriptWire wire, OfficeDirectory offices, StaffNames staffNames) {
        this.wire = wire;
        this.offices = offices;
        this.staffNames = staffNames;
    }

    public QueueEvent parse(String channel, String payload) {
        long officeId = Long.parseLong(channel.substring(channel.lastIndexOf(':') + 1));
        Office office = offices.get(officeId);
        ScriptReply.Event e = wire.event(payload, officeId);
        Long counterId = e.counter();
        Long clerkId = e.clerk();
        return new QueueEvent(
                officeId,
                e.seq(),
                QueueEventType.valueOf(e.type()),
                e.at(),
                e.ticket() == null ? null : e.ticket().view(),
                counterId,
                counterId == null
                        ? null
                        : office.counter(counterId).map(CounterView::name).orElse(null),
                e.reason(),
                e.waiting(),
                clerkId,
                clerkId == null ? null : staffNames.of(List.of(clerkId)).get(clerkId));
    }

    CallRecord call(ScriptReply.Call call, Office office) {
        return new CallRecord(
                call.ticketId(),
                call.code(),
                call.counter(),
                office.counter(call.counter()).map(CounterView::name).orElse(String.valueOf(call.counter())),
                call.area(),
                call.at());
    }
}
