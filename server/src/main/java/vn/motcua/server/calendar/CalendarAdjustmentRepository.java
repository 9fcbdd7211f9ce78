package vn.motcua.server.calendar;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class CalendarAdjustmentRepository {

    private final JdbcClient jdbc;

    CalendarAdjustmentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<CalendarAdjustment> findByYear(int year) {
        // A range on the key, rather than extract(year ...), lets the primary key index serve it.
        return jdbc.sql("""
                        select day, kind, note from calendar_adjustment
                        where day >= :first and day < :next
                        order by day""")
                .param("first", LocalDate.of(year, 1, 1))
                .param("next", LocalDate.of(year + 1, 1, 1))
                .query(CalendarAdjustmentRepository::map)
                .list();
    }

    Optional<CalendarAdjustment> find(LocalDate day) {
        return jdbc.sql("select day, kind, note from calendar_adjustment where day = :day")
                .param("day", day)
                .query(CalendarAdjustmentRepository::map)
                .optional();
    }

    /** @throws org.springframework.dao.DuplicateKeyException if the day already has an adjustment */
    void insert(CalendarAdjustment adjustment) {
        jdbc.sql("insert into calendar_adjustment (day, kind, note) values (:day, :kind, :note)")
                .param("day", adjustment.day())
                .param("kind", adjustment.kind().name())
                .param("note", adjustment.note())
                .update();
    }

    boolean delete(LocalDate day) {
        return jdbc.sql("delete from calendar_adjustment where day = :day")
                        .param("day", day)
                        .update()
                > 0;
    }

    private static CalendarAdjustment map(ResultSet rs, int rowNum) throws SQLException {
        return new CalendarAdjustment(
                rs.getObject("day", LocalDate.class),
                CalendarAdjustment.Kind.valueOf(rs.getString("kind")),
                rs.getString("note"));
    }
}
