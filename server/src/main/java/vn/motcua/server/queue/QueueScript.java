package vn.motcua.server.queue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;
import vn.motcua.server.queue.ScriptCommand.Forget;
import vn.motcua.server.queue.ScriptCommand.Load;
import vn.motcua.server.queue.ScriptCommand.ReadPosition;
import vn.motcua.server.queue.ScriptCommand.ReadSnapshot;
import vn.motcua.server.queue.ScriptCommand.ReadTicket;
import vn.motcua.server.queue.ScriptCommand.Reclaim;

/**
 * Runs one command of queue.lua against one office and answers with the typed reply. The office id inside
 * braces is the hash tag, so all of an office's keys live in one Redis Cluster slot and every command stays
 * a single atomic script. {@code now} and {@code day} are the office's time and local day, computed by the
 * caller from its clock.
 */
@Component
class QueueScript {

    private final StringRedisTemplate redis;
    private final ScriptWire wire;
    // from its text, read once: a script made from the resource checks the file's modification time on every
    // call, which inside the server's jar means an exception and a look into the jar per command
    private final RedisScript<String> script = RedisScript.of(text("queue/queue.lua"), String.class);
    private final RedisScript<Long> unlock = RedisScript.of(
            "if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end return 0", Long.class);

    QueueScript(StringRedisTemplate redis, ScriptWire wire) {
        this.redis = redis;
        this.wire = wire;
    }

    static String prefix(long officeId) {
        return "mc:{" + officeId + "}:";
    }

    static String loadedKey(long officeId) {
        return prefix(officeId) + "loaded";
    }

    /** Issues a ticket; with a {@code key} already used today, answers with the first attempt's ticket. */
    ScriptReply.IssueReply issue(long officeId, ScriptCommand.Issue issue, Instant now, LocalDate day, String key) {
        return wire.issueReply(run(officeId, issue, now, day, key), officeId);
    }

    /** Applies a change; with a {@code key} already used today, answers with the first attempt's ticket. */
    ScriptReply.ChangeReply change(long officeId, ScriptCommand.Change change, Instant now, LocalDate day, String key) {
        return wire.changeReply(run(officeId, change, now, day, key), officeId);
    }

    ScriptReply.TicketReply ticket(long officeId, String ticketId, Instant now, LocalDate day) {
        return wire.ticketReply(run(officeId, new ReadTicket(ticketId), now, day, null), officeId);
    }

    ScriptReply.PositionReply position(long officeId, String ticketId, Instant now, LocalDate day) {
        return wire.positionReply(run(officeId, new ReadPosition(ticketId), now, day, null), officeId);
    }

    ScriptReply.SnapshotReply snapshot(
            long officeId, List<Long> areas, List<Long> counters, Instant now, LocalDate day) {
        return wire.snapshotReply(run(officeId, new ReadSnapshot(areas, counters), now, day, null), officeId);
    }

    /** Replaces the office's live state for {@code day} with the record's. */
    ScriptReply.LoadReply load(long officeId, Load load, Instant now, LocalDate day) {
        return wire.loadReply(run(officeId, load, now, day, null));
    }

    /**
     * Makes the next command of this office rebuild its queues from PostgreSQL, unless a rebuild already
     * replaced the state that ran under {@code epoch}.
     */
    void forget(long officeId, long epoch) {
        wire.forgotten(run(officeId, new Forget(epoch), null, null, null));
    }

    /** Drops the office's state when a command applied before {@code before} was never confirmed recorded. */
    boolean reclaim(long officeId, Instant before) {
        return wire.reclaimed(run(officeId, new Reclaim(before.toEpochMilli()), null, null, null));
    }

    /** The command with this sequence number is in the record; the watchdog need not rebuild for it. */
    void confirm(long officeId, long seq) {
        redis.opsForZSet().remove(prefix(officeId) + "pending", String.valueOf(seq));
    }

    boolean isLoaded(long officeId, LocalDate day) {
        return day.toString().equals(redis.opsForValue().get(loadedKey(officeId)));
    }

    boolean tryLock(long officeId, String token) {
        return Boolean.TRUE.equals(
                redis.opsForValue().setIfAbsent(prefix(officeId) + "rebuild", token, Duration.ofSeconds(30)));
    }

    /** Releases the lock only if it is still ours: it may have expired and been taken by another instance. */
    void unlock(long officeId, String token) {
        redis.execute(unlock, List.of(prefix(officeId) + "rebuild"), token);
    }

    private static String text(String resource) {
        try {
            return new ClassPathResource(resource).getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String run(long officeId, ScriptCommand command, Instant now, LocalDate day, String key) {
        return redis.execute(
                script, List.of(loadedKey(officeId)), command.name(), wire.arguments(officeId, command, now, day, key));
    }
}
