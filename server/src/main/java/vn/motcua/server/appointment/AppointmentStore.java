package vn.motcua.server.appointment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.motcua.client.api.AppointmentArea;
import vn.motcua.client.api.AppointmentAreaRequest;
import vn.motcua.client.api.AppointmentStatus;

/** The appointment tables, which only this module reads and writes. */
@Component
class AppointmentStore {

    private static final String COLUMNS =
            "id, office_id, area_id, code, starts_at, slot_minutes, name, phone, language, status, ticket_id";

    private final JdbcClient jdbc;

    AppointmentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<AppointmentArea> areas(long officeId) {
        return jdbc.sql("""
                        select area_id, slot_minutes, capacity, active from appointment_area
                        where office_id = ? order by area_id""").param(officeId).query(AppointmentStore::area).list();
    }

    Optional<AppointmentArea> area(long areaId) {
        return jdbc.sql("select area_id, slot_minutes, capacity, active from appointment_area where area_id = ?")
                .param(areaId)
                .query(AppointmentStore::area)
                .optional();
    }

    /** The area's settings, locked until the transaction ends: bookings of one area are counted one at a time. */
    Optional<AppointmentArea> lockArea(long areaId) {
        return jdbc.sql("""
                        select area_id, slot_minutes, capacity, active from appointment_area where area_id = ?
                        for update""").param(areaId).query(AppointmentStore::area).optional();
    }

    void saveArea(long officeId, long areaId, AppointmentAreaRequest settings) {
        jdbc.sql("""
                        insert into appointment_area (area_id, office_id, slot_minutes, capacity, active)
                        values (?, ?, ?, ?, ?)
                        on conflict (area_id) do update set slot_minutes = excluded.slot_minutes,
                            capacity = excluded.capacity, active = excluded.active""")
                .params(areaId, officeId, settings.slotMinutes(), settings.capacity(), settings.active())
                .update();
    }

    /** Places taken per slot start in [from, to). */
    Map<Instant, Integer> taken(long areaId, Instant from, Instant to) {
        Map<Instant, Integer> taken = new HashMap<>();
        jdbc.sql("""
                        select starts_at, count(*) from appointment
                        where area_id = ? and starts_at >= ? and starts_at < ? and status in ('BOOKED', 'CHECKED_IN')
                        group by starts_at""").params(areaId, Timestamp.from(from), Timestamp.from(to)).query(rs -> {
            taken.put(rs.getTimestamp(1).toInstant(), rs.getInt(2));
        });
        return taken;
    }

    /**
     * The bookings still to come of a phone number, counted after taking a lock on the number for the transaction, so
     * that two bookings of one number in different areas cannot both pass the bound.
     */
    int openForPhone(String phone, Instant now) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('appointment-phone:' || ?))")
                .param(phone)
                .query(rs -> {});
        return jdbc.sql("select count(*) from appointment where phone = ? and status = 'BOOKED' and starts_at > ?")
                .params(phone, Timestamp.from(now))
                .query(Integer.class)
                .single();
    }

    /** False when the code is taken already (the caller draws another). */
    boolean insert(
            long officeId,
            long areaId,
            String code,
            Instant startsAt,
            int slotMinutes,
            String name,
            String phone,
            String language,
            Instant now) {
        return jdbc.sql("""
                                insert into appointment (office_id, area_id, code, starts_at, slot_minutes, name, phone,
                                    language, status, booked_at)
                                values (?, ?, ?, ?, ?, ?, ?, ?, 'BOOKED', ?) on conflict (code) do nothing""")
                        .params(
                                officeId,
                                areaId,
                                code,
                                Timestamp.from(startsAt),
                                slotMinutes,
                                name,
                                phone,
                                language,
                                Timestamp.from(now))
                        .update()
                == 1;
    }

    Optional<Booking> byCode(long officeId, String code) {
        return jdbc.sql("select " + COLUMNS + " from appointment where office_id = ? and code = ?")
                .params(officeId, code)
                .query(AppointmentStore::booking)
                .optional();
    }

    /** Every booking of the office starting from {@code from} and before {@code to}, by time. */
    List<Booking> between(long officeId, Instant from, Instant to) {
        return jdbc.sql("select " + COLUMNS + " from appointment where office_id = ? and starts_at >= ?"
                        + " and starts_at < ? order by starts_at, area_id, code")
                .params(officeId, Timestamp.from(from), Timestamp.from(to))
                .query(AppointmentStore::booking)
                .list();
    }

    /** Only a booking still to come is cancelled. */
    boolean cancel(long id, Instant now) {
        return jdbc.sql("""
                                update appointment set status = 'CANCELLED'
                                where id = ? and status = 'BOOKED' and starts_at > ?""").params(id, Timestamp.from(now)).update() == 1;
    }

    /** A no-show who comes after all is checked in too, as a walk-in. */
    void checkedIn(long id, UUID ticketId, boolean onTime, Instant now) {
        jdbc.sql("""
                        update appointment set status = 'CHECKED_IN', ticket_id = ?, on_time = ?, checked_in_at = ?
                        where id = ? and status in ('BOOKED', 'NO_SHOW')""").params(ticketId, onTime, Timestamp.from(now), id).update();
    }

    /** Bookings whose check-in window closed before {@code now} become no-shows and give their place back. */
    int markNoShows(Instant now, Duration grace) {
        return jdbc.sql("update appointment set status = 'NO_SHOW' where status = 'BOOKED' and starts_at < ?")
                .param(Timestamp.from(now.minus(grace)))
                .update();
    }

    /**
     * Marks reminded, and answers, the bookings starting within {@code before} that were made earlier than that
     * (a later booking's confirmation is its reminder). One statement: an instance running it at the same time waits
     * for the row locks, finds them reminded and takes none.
     */
    List<Booking> claimReminders(Instant now, Duration before) {
        return jdbc.sql("update appointment set reminded_at = ? where status = 'BOOKED' and reminded_at is null"
                        + " and starts_at > ? and starts_at <= ? and booked_at < starts_at - cast(? as interval)"
                        + " returning " + COLUMNS)
                .params(
                        Timestamp.from(now),
                        Timestamp.from(now),
                        Timestamp.from(now.plus(before)),
                        before.toSeconds() + " seconds")
                .query(AppointmentStore::booking)
                .list();
    }

    private static AppointmentArea area(ResultSet rs, int n) throws SQLException {
        return new AppointmentArea(
                rs.getLong("area_id"), rs.getInt("slot_minutes"), rs.getInt("capacity"), rs.getBoolean("active"));
    }

    private static Booking booking(ResultSet rs, int n) throws SQLException {
        UUID ticket = rs.getObject("ticket_id", UUID.class);
        return new Booking(
                rs.getLong("id"),
                rs.getLong("office_id"),
                rs.getLong("area_id"),
                rs.getString("code"),
                rs.getTimestamp("starts_at").toInstant(),
                rs.getInt("slot_minutes"),
                rs.getString("name"),
                rs.getString("phone"),
                rs.getString("language"),
                AppointmentStatus.valueOf(rs.getString("status")),
                ticket == null ? null : ticket.toString());
    }
}
