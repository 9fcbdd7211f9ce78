package vn.motcua.server.queue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.motcua.client.api.PriorityGroup;
import vn.motcua.client.api.TicketStatus;
import vn.motcua.client.api.TicketView;

/**
 * Converts between the flat hashes queue.lua keeps (every value a string, "" for none, times in epoch
 * milliseconds) and the API's records. Numbers may also arrive as JSON numbers.
 */
final class LuaTickets {

    private LuaTickets() {}

    static TicketView view(Object raw, long officeId) {
        if (!(raw instanceof Map<?, ?> t) || t.isEmpty()) {
            return null;
        }
        String priority = text(t.get("priority"));
        return new TicketView(
                text(t.get("id")),
                officeId,
                number(t.get("area")),
                text(t.get("code")),
                (int) number(t.get("number")),
                LocalDate.parse(text(t.get("day"))),
                priority == null ? null : PriorityGroup.valueOf(priority),
                TicketStatus.valueOf(text(t.get("status"))),
                optionalNumber(t.get("counter")),
                optionalNumber(t.get("targetCounter")),
                (int) number(t.get("calls")),
                instant(t.get("issuedAt")),
                instant(t.get("calledAt")),
                instant(t.get("startedAt")),
                instant(t.get("finishedAt")),
                instant(t.get("queuedAt")));
    }

    static List<TicketView> views(Object raw, long officeId) {
        if (!(raw instanceof List<?> list)) {
            return List.of(); // cjson writes an empty array as {}
        }
        return list.stream().map(t -> view(t, officeId)).toList();
    }

    /** The hash queue.lua's "load" command restores, from a row of PostgreSQL. */
    static Map<String, String> hash(TicketRow row) {
        Map<String, String> t = new LinkedHashMap<>();
        t.put("id", row.id().toString());
        t.put("area", String.valueOf(row.areaId()));
        t.put("issueArea", String.valueOf(row.issueAreaId()));
        t.put("number", String.valueOf(row.number()));
        t.put("code", row.code());
        t.put("day", row.day().toString());
        t.put("priority", row.priority() == null ? "" : row.priority());
        t.put("status", row.status());
        t.put("counter", row.counterId() == null ? "" : row.counterId().toString());
        t.put(
                "targetCounter",
                row.targetCounterId() == null ? "" : row.targetCounterId().toString());
        t.put("clerk", row.clerkId() == null ? "" : row.clerkId().toString());
        t.put("calls", String.valueOf(row.calls()));
        t.put("issuedAt", millis(row.issuedAt()));
        t.put("queuedAt", millis(row.queuedAt()));
        t.put("calledAt", millis(row.calledAt()));
        t.put("firstCalledAt", millis(row.firstCalledAt()));
        t.put("startedAt", millis(row.startedAt()));
        t.put("finishedAt", millis(row.finishedAt()));
        t.put("version", String.valueOf(row.version()));
        return t;
    }

    static String text(Object value) {
        if (value == null) {
            return null;
        }
        String s = value instanceof Number n ? numberText(n) : value.toString();
        return s.isEmpty() ? null : s;
    }

    static long number(Object value) {
        Long n = optionalNumber(value);
        if (n == null) {
            throw new IllegalStateException("A number is missing in the queue state");
        }
        return n;
    }

    static Long optionalNumber(Object value) {
        if (value instanceof Number n) {
            return n.longValue();
        }
        String s = text(value);
        return s == null ? null : (long) Double.parseDouble(s);
    }

    static Instant instant(Object value) {
        Long ms = optionalNumber(value);
        return ms == null ? null : Instant.ofEpochMilli(ms);
    }

    private static String millis(Instant at) {
        return at == null ? "" : String.valueOf(at.toEpochMilli());
    }

    private static String numberText(Number n) {
        double d = n.doubleValue();
        return d == Math.rint(d) ? String.valueOf((long) d) : n.toString();
    }
}
