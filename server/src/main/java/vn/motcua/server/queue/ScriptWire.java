package vn.motcua.server.queue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.motcua.server.queue.ScriptCommand.Load;
import vn.motcua.server.queue.ScriptReply.Call;
import vn.motcua.server.queue.ScriptReply.Changed;
import vn.motcua.server.queue.ScriptReply.Counter;
import vn.motcua.server.queue.ScriptReply.Event;
import vn.motcua.server.queue.ScriptReply.Found;
import vn.motcua.server.queue.ScriptReply.Issued;
import vn.motcua.server.queue.ScriptReply.Loaded;
import vn.motcua.server.queue.ScriptReply.NotLoaded;
import vn.motcua.server.queue.ScriptReply.Position;
import vn.motcua.server.queue.ScriptReply.Refusal;
import vn.motcua.server.queue.ScriptReply.Refused;
import vn.motcua.server.queue.ScriptReply.Replayed;
import vn.motcua.server.queue.ScriptReply.Snapshot;
import vn.motcua.server.queue.ScriptReply.StaleLoad;
import vn.motcua.server.shared.RedisChannels;

/**
 * The one place that knows queue.lua's wire format: it writes a {@link ScriptCommand}'s arguments and reads
 * the script's answers and published events into {@link ScriptReply}'s records.
 *
 * <p>The format stays a JSON object with named fields rather than a positional array: the script publishes
 * the same event object it answers with, and the ticket inside both is the Redis hash it keeps (every value
 * a string, "" for none, times in epoch milliseconds; numbers the script computed arrive as JSON numbers),
 * so one decoder reads the answer, the event on the channel and the snapshot alike, and a field added to
 * the script cannot silently shift the others. cjson writes an empty array as {}: a list that is not an
 * array reads as empty.
 */
@Component
class ScriptWire {

    private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {};

    private final JsonMapper json;
    private final RedisChannels channels;

    ScriptWire(JsonMapper json, RedisChannels channels) {
        this.json = json;
        this.channels = channels;
    }

    /** The command's arguments as the script's JSON, with what every command carries. */
    String arguments(long officeId, ScriptCommand command, Instant now, LocalDate day, String key) {
        Map<String, Object> args = new LinkedHashMap<>();
        if (command instanceof Load load) {
            args.putAll(loadArguments(load));
        } else {
            json.convertValue(command, OBJECT).forEach((name, value) -> {
                if (value != null) {
                    args.put(name, value);
                }
            });
        }
        args.put("office", officeId);
        args.put("channel", channels.queueEvents(officeId));
        if (now != null) {
            args.put("now", now.toEpochMilli());
        }
        if (day != null) {
            args.put("day", day.toString());
        }
        if (key != null) {
            args.put("key", key);
        }
        return json.writeValueAsString(args);
    }

    ScriptReply.IssueReply issueReply(String answer, long officeId) {
        Map<String, Object> r = object(answer);
        if (notLoaded(r)) {
            return new NotLoaded();
        }
        if (r.get("error") != null) {
            return refused(r);
        }
        if (r.get("replay") != null) {
            return replayed(r);
        }
        return new Issued(
                number(r.get("epoch")),
                event(asObject(r.get("event")), officeId),
                (int) number(r.get("ahead")),
                decimal(r.get("avgServiceSeconds")));
    }

    ScriptReply.ChangeReply changeReply(String answer, long officeId) {
        Map<String, Object> r = object(answer);
        if (notLoaded(r)) {
            return new NotLoaded();
        }
        if (r.get("error") != null) {
            return refused(r);
        }
        if (r.get("replay") != null) {
            return replayed(r);
        }
        return new Changed(number(r.get("epoch")), event(asObject(r.get("event")), officeId));
    }

    ScriptReply.TicketReply ticketReply(String answer, long officeId) {
        Map<String, Object> r = object(answer);
        if (notLoaded(r)) {
            return new NotLoaded();
        }
        if (r.get("error") != null) {
            return refused(r);
        }
        return new Found(ticket(r.get("ticket"), officeId));
    }

    ScriptReply.PositionReply positionReply(String answer, long officeId) {
        Map<String, Object> r = object(answer);
        if (notLoaded(r)) {
            return new NotLoaded();
        }
        if (r.get("error") != null) {
            return refused(r);
        }
        return new Position(
                ticket(r.get("ticket"), officeId), (int) number(r.get("ahead")), decimal(r.get("avgServiceSeconds")));
    }

    ScriptReply.SnapshotReply snapshotReply(String answer, long officeId) {
        Map<String, Object> r = object(answer);
        if (notLoaded(r)) {
            return new NotLoaded();
        }
        requireNoError(r);
        Map<Long, List<TicketRow>> waiting = new HashMap<>();
        asObject(r.get("waiting")).forEach((area, list) -> waiting.put(Long.parseLong(area), tickets(list, officeId)));
        List<Counter> counters = list(r.get("counters")).stream()
                .map(raw -> {
                    Map<String, Object> c = asObject(raw);
                    return new Counter(
                            number(c.get("id")),
                            optionalNumber(c.get("clerk")),
                            ticket(c.get("current"), officeId),
                            tickets(c.get("parked"), officeId),
                            tickets(c.get("queued"), officeId),
                            text(c.get("paused")));
                })
                .toList();
        List<Call> calls =
                list(r.get("calls")).stream().map(raw -> call(raw.toString())).toList();
        return new Snapshot(number(r.get("seq")), waiting, counters, calls);
    }

    ScriptReply.LoadReply loadReply(String answer) {
        Map<String, Object> r = object(answer);
        if ("STALE_LOAD".equals(r.get("error"))) {
            return new StaleLoad();
        }
        requireNoError(r);
        return new Loaded(number(r.get("epoch")));
    }

    boolean reclaimed(String answer) {
        Map<String, Object> r = object(answer);
        requireNoError(r);
        return Boolean.TRUE.equals(r.get("reclaimed"));
    }

    void forgotten(String answer) {
        requireNoError(object(answer));
    }

    /** An event as the script publishes it on the office's channel. */
    Event event(String payload, long officeId) {
        return event(object(payload), officeId);
    }

    /** A display-board call as the script keeps it (one JSON object per entry of its list). */
    Call call(String raw) {
        Map<String, Object> c = object(raw);
        return new Call(
                text(c.get("ticketId")),
                text(c.get("code")),
                number(c.get("counter")),
                number(c.get("area")),
                instant(c.get("at")));
    }

    private Map<String, Object> loadArguments(Load load) {
        Map<String, Object> args = new LinkedHashMap<>();
        args.put("epoch", load.epoch());
        args.put("seqFloor", load.seqFloor());
        args.put("areas", load.areas());
        args.put("counters", load.counters());
        args.put("tickets", load.tickets().stream().map(ScriptWire::hash).toList());
        args.put("numbers", load.numbers());
        args.put("durations", load.durations());
        args.put(
                "calls",
                load.calls().stream()
                        .map(c -> json.writeValueAsString(Map.of(
                                "ticketId",
                                c.ticketId(),
                                "code",
                                c.code(),
                                "counter",
                                c.counter(),
                                "area",
                                c.area(),
                                "at",
                                c.at().toEpochMilli())))
                        .toList());
        args.put(
                "pauses",
                load.pauses().stream()
                        .map(p -> Map.of("counter", p.counter(), "reason", p.reason()))
                        .toList());
        args.put("clerks", load.clerks());
        args.put("keys", load.keys());
        return args;
    }

    /** The hash queue.lua keeps for a ticket, from a row of the record. */
    private static Map<String, String> hash(TicketRow row) {
        Map<String, String> t = new LinkedHashMap<>();
        t.put("id", row.id().toString());
        t.put("area", String.valueOf(row.areaId()));
        t.put("issueArea", String.valueOf(row.issueAreaId()));
        t.put("number", String.valueOf(row.number()));
        t.put("code", row.code());
        t.put("day", row.day().toString());
        t.put("priority", row.priority() == null ? "" : row.priority());
        t.put("appointment", row.appointment() == null ? "" : row.appointment());
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

    private Map<String, Object> object(String raw) {
        return json.readValue(raw, OBJECT);
    }

    private static boolean notLoaded(Map<String, Object> r) {
        return "NOT_LOADED".equals(r.get("error"));
    }

    private static void requireNoError(Map<String, Object> r) {
        if (r.get("error") != null) {
            throw new IllegalStateException("Unexpected answer from the queue engine: " + r.get("error"));
        }
    }

    private static Refused refused(Map<String, Object> r) {
        Refusal refusal;
        try {
            refusal = Refusal.valueOf(r.get("error").toString());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("Unexpected answer from the queue engine: " + r.get("error"), e);
        }
        return new Refused(
                refusal,
                text(r.get("status")),
                text(r.get("reason")),
                text(r.get("ticket")),
                optionalNumber(r.get("limit")));
    }

    private static Replayed replayed(Map<String, Object> r) {
        return new Replayed(number(r.get("epoch")), text(r.get("replay")));
    }

    private static Event event(Map<String, Object> e, long officeId) {
        Map<Long, Integer> waiting = new HashMap<>();
        asObject(e.get("waiting")).forEach((area, n) -> waiting.put(Long.parseLong(area), (int) number(n)));
        return new Event(
                number(e.get("seq")),
                text(e.get("type")),
                instant(e.get("at")),
                ticket(e.get("ticket"), officeId),
                optionalNumber(e.get("counter")),
                text(e.get("reason")),
                waiting,
                optionalNumber(e.get("clerk")));
    }

    /** A ticket hash, or null when there is none (absent, or cjson's {} for an empty table). */
    private static TicketRow ticket(Object raw, long officeId) {
        if (!(raw instanceof Map<?, ?> t) || t.isEmpty()) {
            return null;
        }
        return new TicketRow(
                UUID.fromString(text(t.get("id"))),
                officeId,
                LocalDate.parse(text(t.get("day"))),
                number(t.get("issueArea")),
                number(t.get("area")),
                (int) number(t.get("number")),
                text(t.get("code")),
                text(t.get("priority")),
                text(t.get("status")),
                optionalNumber(t.get("counter")),
                optionalNumber(t.get("targetCounter")),
                optionalNumber(t.get("clerk")),
                (int) number(t.get("calls")),
                instant(t.get("issuedAt")),
                instant(t.get("queuedAt")),
                instant(t.get("calledAt")),
                instant(t.get("firstCalledAt")),
                instant(t.get("startedAt")),
                instant(t.get("finishedAt")),
                (int) number(t.get("version")),
                text(t.get("appointment")));
    }

    private static List<TicketRow> tickets(Object raw, long officeId) {
        return list(raw).stream().map(t -> ticket(t, officeId)).toList();
    }

    private static List<?> list(Object raw) {
        return raw instanceof List<?> l ? l : List.of();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asObject(Object raw) {
        return raw instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        String s = value instanceof Number n ? numberText(n) : value.toString();
        return s.isEmpty() ? null : s;
    }

    private static long number(Object value) {
        Long n = optionalNumber(value);
        if (n == null) {
            throw new IllegalStateException("A number is missing in the queue state");
        }
        return n;
    }

    private static Long optionalNumber(Object value) {
        if (value instanceof Number n) {
            return n.longValue();
        }
        String s = text(value);
        return s == null ? null : (long) Double.parseDouble(s);
    }

    private static double decimal(Object value) {
        return value instanceof Number n ? n.doubleValue() : Double.parseDouble(value.toString());
    }

    private static Instant instant(Object value) {
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
