package vn.motcua.server.queue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.client.api.CallRecord;
import vn.motcua.client.api.CounterView;
import vn.motcua.client.api.QueueEvent;
import vn.motcua.client.api.QueueEventType;
import vn.motcua.server.office.Office;
import vn.motcua.server.office.OfficeDirectory;
import vn.motcua.server.security.StaffNames;

/**
 * Reads the events queue.lua publishes on the Redis channel {@value #CHANNEL_PATTERN} into the API's
 * {@link QueueEvent}. Publishing inside the script means events leave in exactly the order of their
 * sequence numbers.
 */
@Component
public class QueueEvents {

    public static final String CHANNEL_PATTERN = "mc:events:*";
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};

    private final JsonMapper json;
    private final OfficeDirectory offices;
    private final StaffNames staffNames;

    QueueEvents(JsonMapper json, OfficeDirectory offices, StaffNames staffNames) {
        this.json = json;
        this.offices = offices;
        this.staffNames = staffNames;
    }

    public QueueEvent parse(String channel, String payload) {
        long officeId = Long.parseLong(channel.substring(channel.lastIndexOf(':') + 1));
        Office office = offices.get(officeId);
        Map<String, Object> e = json.readValue(payload, MAP);
        Long counterId = LuaTickets.optionalNumber(e.get("counter"));
        Map<Long, Integer> waiting = new HashMap<>();
        if (e.get("waiting") instanceof Map<?, ?> counts) {
            counts.forEach((area, n) -> waiting.put(Long.parseLong(area.toString()), ((Number) n).intValue()));
        }
        Long clerkId = LuaTickets.optionalNumber(e.get("clerk"));
        return new QueueEvent(
                officeId,
                LuaTickets.number(e.get("seq")),
                QueueEventType.valueOf(e.get("type").toString()),
                LuaTickets.instant(e.get("at")),
                LuaTickets.view(e.get("ticket"), officeId),
                counterId,
                counterId == null
                        ? null
                        : office.counter(counterId).map(CounterView::name).orElse(null),
                LuaTickets.text(e.get("reason")),
                waiting,
                clerkId,
                clerkId == null ? null : staffNames.of(List.of(clerkId)).get(clerkId));
    }

    CallRecord call(String raw, Office office) {
        Map<String, Object> c = json.readValue(raw, MAP);
        long counterId = LuaTickets.number(c.get("counter"));
        return new CallRecord(
                LuaTickets.text(c.get("ticketId")),
                LuaTickets.text(c.get("code")),
                counterId,
                office.counter(counterId).map(CounterView::name).orElse(String.valueOf(counterId)),
                LuaTickets.number(c.get("area")),
                LuaTickets.instant(c.get("at")));
    }
}
