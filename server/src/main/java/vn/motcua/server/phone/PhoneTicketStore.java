package vn.motcua.server.phone;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.motcua.client.api.PhoneTicketSettings;

/** The phone-ticket tables, which only this module reads and writes. */
@Component
class PhoneTicketStore {

    /** A one-time code as stored: its salted hash, never the code. */
    record Code(
            UUID id,
            long areaId,
            String phone,
            String language,
            byte[] salt,
            byte[] hash,
            Instant expiresAt,
            int wrongTries,
            Instant usedAt) {}

    /** A phone ticket the turn-near check still looks at. */
    record Watched(long id, UUID ticketId, String phone, String language) {}

    private final JdbcClient jdbc;

    PhoneTicketStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<PhoneTicketSettings> settings(long officeId) {
        return jdbc.sql("select enabled, daily_cap, notify_ahead from phone_ticket_settings where office_id = ?")
                .param(officeId)
                .query((rs, n) -> new PhoneTicketSettings(
                        rs.getBoolean("enabled"), rs.getInt("daily_cap"), rs.getInt("notify_ahead")))
                .optional();
    }

    /** The settings locked until the transaction ends: the day's tickets of one office are counted one at a time. */
    Optional<PhoneTicketSettings> lockSettings(long officeId) {
        return jdbc.sql("""
                        select enabled, daily_cap, notify_ahead from phone_ticket_settings where office_id = ?
                        for update""")
                .param(officeId)
                .query((rs, n) -> new PhoneTicketSettings(
                        rs.getBoolean("enabled"), rs.getInt("daily_cap"), rs.getInt("notify_ahead")))
                .optional();
    }

    void saveSettings(long officeId, PhoneTicketSettings settings) {
        jdbc.sql("""
                        insert into phone_ticket_settings (office_id, enabled, daily_cap, notify_ahead)
                        values (?, ?, ?, ?)
                        on conflict (office_id) do update set enabled = excluded.enabled,
                            daily_cap = excluded.daily_cap, notify_ahead = excluded.notify_ahead""")
                .params(officeId, settings.enabled(), settings.dailyCap(), settings.notifyAhead())
                .update();
    }

    /** Requests for one number at one office wait for each other until the transaction ends. */
    void lockPhone(long officeId, String phone) {
        jdbc.sql("select pg_advisory_xact_lock(hashtextextended(?, ?))")
                .params("phone-ticket:" + phone, officeId)
                .query((rs, n) -> 1)
                .single();
    }

    int codesSince(long officeId, String phone, Instant since) {
        return jdbc.sql("select count(*) from phone_code where office_id = ? and phone = ? and created_at >= ?")
                .params(officeId, phone, Timestamp.from(since))
                .query(Integer.class)
                .single();
    }

    void insertCode(
            UUID id,
            long officeId,
            long areaId,
            String phone,
            String language,
            byte[] salt,
            byte[] hash,
            Instant at,
            Instant expiresAt) {
        jdbc.sql("""
                        insert into phone_code (id, office_id, area_id, phone, language, salt, code_hash, created_at,
                            expires_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        id,
                        officeId,
                        areaId,
                        phone,
                        language,
                        salt,
                        hash,
                        Timestamp.from(at),
                        Timestamp.from(expiresAt))
                .update();
    }

    /** The code, locked until the transaction ends, so that two tries of one code are judged one after the other. */
    Optional<Code> lockCode(UUID id, long officeId) {
        return jdbc.sql("""
                        select id, area_id, phone, language, salt, code_hash, expires_at, wrong_tries, used_at
                        from phone_code where id = ? and office_id = ? for update""")
                .params(id, officeId)
                .query((rs, n) -> new Code(
                        rs.getObject("id", UUID.class),
                        rs.getLong("area_id"),
                        rs.getString("phone"),
                        rs.getString("language"),
                        rs.getBytes("salt"),
                        rs.getBytes("code_hash"),
                        rs.getTimestamp("expires_at").toInstant(),
                        rs.getInt("wrong_tries"),
                        Optional.ofNullable(rs.getTimestamp("used_at"))
                                .map(Timestamp::toInstant)
                                .orElse(null)))
                .optional();
    }

    /** Counts a wrong try; answers the wrong tries now. */
    int wrongTry(UUID id) {
        return jdbc.sql("update phone_code set wrong_tries = wrong_tries + 1 where id = ? returning wrong_tries")
                .param(id)
                .query(Integer.class)
                .single();
    }

    void used(UUID id, Instant at) {
        jdbc.sql("update phone_code set used_at = ? where id = ?")
                .params(Timestamp.from(at), id)
                .update();
    }

    boolean hasTicket(long officeId, LocalDate day, String phone) {
        return jdbc.sql("select count(*) from phone_ticket where office_id = ? and day = ? and phone = ?")
                        .params(officeId, day, phone)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    int ticketsOn(long officeId, LocalDate day) {
        return jdbc.sql("select count(*) from phone_ticket where office_id = ? and day = ?")
                .params(officeId, day)
                .query(Integer.class)
                .single();
    }

    /** The number's place for the day, or empty when it holds one already (the unique key decides). */
    Optional<Long> reserve(long officeId, LocalDate day, String phone, String language, Instant at) {
        return jdbc.sql("""
                        insert into phone_ticket (office_id, day, phone, language, issued_at) values (?, ?, ?, ?, ?)
                        on conflict (office_id, day, phone) do nothing returning id""")
                .params(officeId, day, phone, language, Timestamp.from(at))
                .query(Long.class)
                .optional();
    }

    /** The queue refused the ticket: the number's place and the day's count are given back. */
    void release(long id) {
        jdbc.sql("delete from phone_ticket where id = ? and ticket_id is null")
                .param(id)
                .update();
    }

    /** The queue's ticket; settled at once (no message) when the turn is already near as it is issued. */
    void issued(long id, UUID ticketId, Instant settledAt) {
        jdbc.sql("update phone_ticket set ticket_id = ?, near_at = ? where id = ?")
                .params(ticketId, settledAt == null ? null : Timestamp.from(settledAt), id)
                .update();
    }

    List<Watched> watched(long officeId, LocalDate day) {
        return jdbc.sql("""
                        select id, ticket_id, phone, language from phone_ticket
                        where office_id = ? and day = ? and near_at is null and ticket_id is not null""")
                .params(officeId, day)
                .query((rs, n) -> new Watched(
                        rs.getLong("id"),
                        rs.getObject("ticket_id", UUID.class),
                        rs.getString("phone"),
                        rs.getString("language")))
                .list();
    }

    /** True only for the one statement, of any instance, that settled the ticket. */
    boolean settle(long id, Instant at, boolean sent) {
        return jdbc.sql("update phone_ticket set near_at = ?, near_sent = ? where id = ? and near_at is null")
                        .params(Timestamp.from(at), sent, id)
                        .update()
                == 1;
    }
}
