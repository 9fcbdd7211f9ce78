package vn.motcua.server.queue;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * PostgreSQL, the system of record: every ticket with the time of each phase, and one row per event.
 * Written within the request, right after the Redis step it records, and only under the office's current
 * epoch (decision record 0008).
 */
@Repository
class TicketLedger {

    private final JdbcClient jdbc;

    TicketLedger(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records one command, only while the epoch it ran under in Redis is still the office's current one.
     * The share lock on the epoch row lets commands record side by side but makes a rebuild (which bumps
     * the epoch under an exclusive lock) wait for every command that got in before it, and every command
     * that comes after it see the new epoch and be refused.
     *
     * <p>One statement, so one round trip and its own transaction: every write selects from the locked epoch
     * row, so all of them are made under the lock or, when the epoch moved on, none.
     */
    void record(CommandRecord command) {
        StringBuilder sql = new StringBuilder(
                "with fence as (select epoch from queue_epoch where office_id = :office and epoch = :epoch for share)");
        if (command.ticket() != null) {
            sql.append(", ticket_row as (").append(UPSERT_TICKET).append(")");
            sql.append("""
                    , event as (insert into ticket_event (ticket_id, type, at, counter_id, staff_id, detail)
                        select cast(:id as uuid), cast(:type as text), cast(:eventAt as timestamptz),
                            cast(:eventCounter as bigint), cast(:staff as bigint), cast(:detail as text) from fence)""");
        } else if ("COUNTER_PAUSED".equals(command.type())) {
            sql.append("""
                    , paused as (insert into counter_pause (counter_id, staff_id, reason, started_at)
                        select cast(:eventCounter as bigint), cast(:staff as bigint), cast(:detail as text),
                            cast(:eventAt as timestamptz) from fence)""");
        } else if ("COUNTER_RESUMED".equals(command.type())) {
            sql.append("""
                    , resumed as (update counter_pause set ended_at = cast(:eventAt as timestamptz)
                        where counter_id = cast(:eventCounter as bigint) and ended_at is null
                        and exists (select from fence))""");
        }
        if (command.key() != null) {
            sql.append("""
                    , command_key as (insert into queue_command_key (office_id, key, day, ticket_id)
                        select cast(:office as bigint), cast(:key as text), cast(:day as date), cast(:id as uuid)
                        from fence)""");
        }
        sql.append(" select count(*) from fence");
        Map<String, Object> params = new HashMap<>();
        params.put("office", command.officeId());
        params.put("epoch", command.epoch());
        params.put("type", command.type());
        params.put("eventAt", timestamp(command.at()));
        params.put("eventCounter", command.counterId());
        params.put("staff", command.staffId());
        params.put("detail", command.detail());
        params.put("key", command.key());
        params.put("day", command.day());
        params.put("id", command.ticket() == null ? null : command.ticket().id());
        if (command.ticket() != null) {
            ticketParams(command.ticket(), params);
        }
        long fenced = jdbc.sql(sql.toString()).params(params).query(Long.class).single();
        if (fenced == 0) {
            throw new RecordRefusedException("Office " + command.officeId() + " was rebuilt after a command of epoch "
                    + command.epoch() + " ran");
        }
    }

    /**
     * Inserts the ticket or brings it to a newer version. Whichever command's record arrives first inserts
     * it: a counter may call a ticket before the kiosk's request has recorded issuing it.
     */
    private static final String UPSERT_TICKET = """
            insert into ticket (id, office_id, day, issue_area_id, area_id, number, code, priority, status,
                counter_id, target_counter_id, clerk_id, calls, issued_at, queued_at, called_at,
                first_called_at, started_at, finished_at, updated_at, version, appointment_code)
            select cast(:id as uuid), cast(:office as bigint), cast(:ticketDay as date), cast(:issueArea as bigint),
                cast(:area as bigint), cast(:number as int), cast(:code as text), cast(:priority as text),
                cast(:status as text), cast(:counter as bigint), cast(:target as bigint), cast(:clerk as bigint),
                cast(:calls as int), cast(:issuedAt as timestamptz), cast(:queuedAt as timestamptz),
                cast(:calledAt as timestamptz), cast(:firstCalledAt as timestamptz),
                cast(:startedAt as timestamptz), cast(:finishedAt as timestamptz), cast(:eventAt as timestamptz),
                cast(:version as int), cast(:appointment as text)
            from fence
            on conflict (id) do update set area_id = excluded.area_id, status = excluded.status,
                counter_id = excluded.counter_id, target_counter_id = excluded.target_counter_id,
                clerk_id = excluded.clerk_id, calls = excluded.calls, queued_at = excluded.queued_at,
                called_at = excluded.called_at, first_called_at = excluded.first_called_at,
                started_at = excluded.started_at, finished_at = excluded.finished_at,
                updated_at = excluded.updated_at, version = excluded.version
            where ticket.version < excluded.version""";

    private static void ticketParams(TicketRow t, Map<String, Object> params) {
        params.put("ticketDay", t.day());
        params.put("issueArea", t.issueAreaId());
        params.put("area", t.areaId());
        params.put("number", t.number());
        params.put("code", t.code());
        params.put("priority", t.priority());
        params.put("status", t.status());
        params.put("counter", t.counterId());
        params.put("target", t.targetCounterId());
        params.put("clerk", t.clerkId());
        params.put("calls", t.calls());
        params.put("issuedAt", timestamp(t.issuedAt()));
        params.put("queuedAt", timestamp(t.queuedAt()));
        params.put("calledAt", timestamp(t.calledAt()));
        params.put("firstCalledAt", timestamp(t.firstCalledAt()));
        params.put("startedAt", timestamp(t.startedAt()));
        params.put("finishedAt", timestamp(t.finishedAt()));
        params.put("version", t.version());
        params.put("appointment", t.appointment());
    }

    /**
     * Makes a new epoch current for the office and reads its live state for {@code day} in the same
     * transaction. The exclusive lock on the epoch row is taken first: from then on no command can record,
     * so the reads that follow see one consistent state.
     */
    @Transactional
    LiveState beginEpoch(
            long officeId, LocalDate day, Instant dayStart, Instant now, int callsKept, int durationsKept) {
        long epoch = jdbc.sql("""
                        insert into queue_epoch (office_id, epoch) values (?, 1)
                        on conflict (office_id) do update set epoch = queue_epoch.epoch + 1 returning epoch""").param(officeId).query(Long.class).single();
        int closed = closeEarlierDays(officeId, day, now);
        return new LiveState(
                epoch,
                closed,
                openTickets(officeId, day),
                lastNumbers(officeId, day),
                recentDurations(officeId, durationsKept),
                recentCalls(officeId, day, callsKept),
                openPauses(officeId),
                clerksOnDuty(officeId, day, dayStart),
                keys(officeId, day));
    }

    /** Whether a command sent with this Idempotency-Key was recorded. */
    boolean recordedKey(long officeId, String key) {
        return jdbc.sql("select count(*) from queue_command_key where office_id = ? and key = ?")
                        .params(officeId, key)
                        .query(Long.class)
                        .single()
                > 0;
    }

    private Map<String, String> keys(long officeId, LocalDate day) {
        return jdbc.sql("select key, ticket_id from queue_command_key where office_id = ? and day = ?")
                .params(officeId, day)
                .query((ResultSet rs) -> {
                    Map<String, String> keys = new HashMap<>();
                    while (rs.next()) {
                        String ticket = rs.getString(2);
                        keys.put(rs.getString(1), ticket == null ? "" : ticket);
                    }
                    return keys;
                });
    }

    Optional<TicketRow> find(long officeId, UUID id) {
        return jdbc.sql("select * from ticket where office_id = ? and id = ?")
                .params(officeId, id)
                .query(TicketLedger::row)
                .optional();
    }

    /** Tickets of the day that are still in play; the ones that ended need no live state. */
    private List<TicketRow> openTickets(long officeId, LocalDate day) {
        return jdbc.sql("""
                        select * from ticket where office_id = ? and day = ?
                        and status in ('WAITING', 'CALLED', 'SERVING', 'PARKED', 'NO_SHOW') order by queued_at""").params(officeId, day).query(TicketLedger::row).list();
    }

    private Map<Long, Integer> lastNumbers(long officeId, LocalDate day) {
        return jdbc.sql("select issue_area_id, max(number) from ticket where office_id = ? and day = ? group by 1")
                .params(officeId, day)
                .query((ResultSet rs) -> {
                    Map<Long, Integer> numbers = new HashMap<>();
                    while (rs.next()) {
                        numbers.put(rs.getLong(1), rs.getInt(2));
                    }
                    return numbers;
                });
    }

    /** Recent service durations in seconds per area, newest first, for the waiting estimate. */
    private Map<Long, List<Long>> recentDurations(long officeId, int perArea) {
        return jdbc.sql("""
                        select area_id, secs from (
                          select area_id, extract(epoch from finished_at - started_at)::bigint as secs,
                                 row_number() over (partition by area_id order by finished_at desc) as r
                          from ticket where office_id = ? and status = 'DONE' and started_at is not null
                            and finished_at > now() - interval '30 days') d
                        where r <= ? order by area_id, r""").params(officeId, perArea).query((ResultSet rs) -> {
            Map<Long, List<Long>> durations = new HashMap<>();
            while (rs.next()) {
                durations.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
            }
            return durations;
        });
    }

    /** The display board's recent calls, as queue.lua keeps them (newest first). */
    private List<ScriptReply.Call> recentCalls(long officeId, LocalDate day, int limit) {
        return jdbc.sql("""
                        select e.ticket_id, t.code, e.counter_id, t.area_id, e.at from ticket_event e
                        join ticket t on t.id = e.ticket_id
                        where t.office_id = ? and t.day = ? and e.type in ('CALLED', 'RECALLED', 'UNPARKED')
                        order by e.at desc, e.id desc limit ?""")
                .params(officeId, day, limit)
                .query((rs, n) -> new ScriptReply.Call(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getLong(3),
                        rs.getLong(4),
                        rs.getTimestamp(5).toInstant()))
                .list();
    }

    private List<ScriptCommand.OpenPause> openPauses(long officeId) {
        return jdbc.sql("""
                        select p.counter_id, p.reason from counter_pause p join counter c on c.id = p.counter_id
                        where c.office_id = ? and p.ended_at is null""")
                .param(officeId)
                .query((rs, n) -> new ScriptCommand.OpenPause(rs.getLong(1), rs.getString(2)))
                .list();
    }

    /**
     * The clerk on duty at each counter, as queue.lua keeps it: whoever gave the counter's latest command of
     * the day (a ticket command, or pausing it; a pause still open from an earlier day counts too).
     */
    private Map<Long, Long> clerksOnDuty(long officeId, LocalDate day, Instant dayStart) {
        return jdbc.sql("""
                        select distinct on (counter_id) counter_id, staff_id from (
                          select e.counter_id, e.staff_id, e.at from ticket_event e join ticket t on t.id = e.ticket_id
                          where t.office_id = ? and t.day = ? and e.counter_id is not null and e.staff_id is not null
                          union all
                          select p.counter_id, p.staff_id, p.started_at from counter_pause p
                          join counter c on c.id = p.counter_id
                          where c.office_id = ? and p.staff_id is not null and (p.ended_at is null or p.started_at >= ?)
                        ) commands order by counter_id, at desc""")
                .params(officeId, day, officeId, timestamp(dayStart))
                .query((ResultSet rs) -> {
                    Map<Long, Long> clerks = new HashMap<>();
                    while (rs.next()) {
                        clerks.put(rs.getLong(1), rs.getLong(2));
                    }
                    return clerks;
                });
    }

    /** Tickets left in play when their day ended are closed, so no day starts with yesterday's queue. */
    private int closeEarlierDays(long officeId, LocalDate today, Instant at) {
        jdbc.sql("""
                        insert into ticket_event (ticket_id, type, at, detail)
                        select id, 'CANCELLED', ?, 'end of day' from ticket
                        where office_id = ? and day < ? and status in ('WAITING', 'CALLED', 'SERVING', 'PARKED')""").params(timestamp(at), officeId, today).update();
        return jdbc.sql("""
                        update ticket set status = 'CANCELLED', updated_at = ?
                        where office_id = ? and day < ? and status in ('WAITING', 'CALLED', 'SERVING', 'PARKED')""").params(timestamp(at), officeId, today).update();
    }

    private static TicketRow row(ResultSet rs, int n) throws SQLException {
        return new TicketRow(
                rs.getObject("id", UUID.class),
                rs.getLong("office_id"),
                rs.getObject("day", LocalDate.class),
                rs.getLong("issue_area_id"),
                rs.getLong("area_id"),
                rs.getInt("number"),
                rs.getString("code"),
                rs.getString("priority"),
                rs.getString("status"),
                (Long) rs.getObject("counter_id"),
                (Long) rs.getObject("target_counter_id"),
                (Long) rs.getObject("clerk_id"),
                rs.getInt("calls"),
                instant(rs, "issued_at"),
                instant(rs, "queued_at"),
                instant(rs, "called_at"),
                instant(rs, "first_called_at"),
                instant(rs, "started_at"),
                instant(rs, "finished_at"),
                rs.getInt("version"),
                rs.getString("appointment_code"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp ts = rs.getTimestamp(column);
        return ts == null ? null : ts.toInstant();
    }

    private static Timestamp timestamp(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }
}
