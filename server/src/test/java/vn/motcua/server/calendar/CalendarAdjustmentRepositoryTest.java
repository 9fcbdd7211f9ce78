package vn.motcua.server.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static vn.motcua.server.calendar.CalendarAdjustment.Kind.DAY_OFF;
import static vn.motcua.server.calendar.CalendarAdjustment.Kind.WORKING_DAY;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.server.IntegrationTest;

@IntegrationTest
@Transactional
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class CalendarAdjustmentRepositoryTest {

    @Autowired
    CalendarAdjustmentRepository repository;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void start_from_empty_years() {
        jdbc.sql("delete from calendar_adjustment where day >= '2098-01-01' and day < '2100-01-01'")
                .update();
    }

    @Test
    void adjustments_are_stored_listed_by_year_in_date_order_and_deleted() {
        CalendarAdjustment saturday = new CalendarAdjustment(LocalDate.of(2098, 3, 8), WORKING_DAY, "Làm bù");
        CalendarAdjustment friday = new CalendarAdjustment(LocalDate.of(2098, 1, 3), DAY_OFF, "Nghỉ bù Tết Dương lịch");
        CalendarAdjustment nextYear = new CalendarAdjustment(LocalDate.of(2099, 1, 1), DAY_OFF, "Another year");
        repository.insert(saturday);
        repository.insert(friday);
        repository.insert(nextYear);

        assertThat(repository.findByYear(2098)).containsExactly(friday, saturday);
        assertThat(repository.find(LocalDate.of(2098, 3, 8))).contains(saturday);

        assertThat(repository.delete(LocalDate.of(2098, 3, 8))).isTrue();
        assertThat(repository.delete(LocalDate.of(2098, 3, 8))).isFalse();
        assertThat(repository.find(LocalDate.of(2098, 3, 8))).isEmpty();
        assertThat(repository.findByYear(2098)).containsExactly(friday);
    }

    @Test
    void a_second_adjustment_for_the_same_day_is_refused_by_the_primary_key() {
        repository.insert(new CalendarAdjustment(LocalDate.of(2098, 5, 5), DAY_OFF, "First"));

        assertThatExceptionOfType(DuplicateKeyException.class)
                .isThrownBy(
                        () -> repository.insert(new CalendarAdjustment(LocalDate.of(2098, 5, 5), DAY_OFF, "Second")));
    }

    @Test
    void the_database_refuses_a_kind_other_than_DAY_OFF_or_WORKING_DAY() {
        assertThatExceptionOfType(DataIntegrityViolationException.class)
                .isThrownBy(() -> jdbc.sql(
                                "insert into calendar_adjustment (day, kind, note) values ('2098-06-06', 'HOLIDAY', 'x')")
                        .update());
    }
}
