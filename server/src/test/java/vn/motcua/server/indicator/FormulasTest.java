package vn.motcua.server.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each formula on figures worked out by hand. */
class FormulasTest {

    private static Counts dossiers(long handled, long onTime, long completed, long handlingSeconds, long dissatisfied) {
        return Counts.NONE.withDossiers(handled, onTime, completed, handlingSeconds, dissatisfied);
    }

    @Test
    void on_time_rate_is_on_time_over_handled_rounded_to_two_decimals() {
        // 2 of 3 on time: 66.666… % → 66.67 %
        assertThat(Formulas.onTimeRate(dossiers(3, 2, 0, 0, 0))).isEqualTo(66.67);
        assertThat(Formulas.onTimeRate(dossiers(200, 187, 0, 0, 0))).isEqualTo(93.5);
    }

    @Test
    void an_indicator_without_dossiers_has_no_value_rather_than_zero() {
        assertThat(Formulas.onTimeRate(Counts.NONE)).isNull();
        assertThat(Formulas.averageHandlingHours(Counts.NONE)).isNull();
        assertThat(Formulas.satisfaction(Counts.NONE)).isNull();
        assertThat(Formulas.satisfactionPoints(null)).isNull();
        assertThat(Formulas.share(0, 0)).isNull();
    }

    @Test
    void average_handling_time_is_total_working_hours_over_completed_dossiers() {
        // 3 dossiers of 8 h, 12 h and 16.5 h: 36.5 h / 3 = 12.1666… → 12.17 h
        long seconds = (8 + 12) * 3600 + 16 * 3600 + 1800;
        assertThat(Formulas.averageHandlingHours(dossiers(5, 5, 3, seconds, 0))).isEqualTo(12.17);
    }

    @Test
    void satisfaction_is_one_hundred_less_the_overdue_rate_and_the_disliked_rate() {
        // 40 handled, 4 overdue (10 %), 2 disliked (5 %): 100 − 15 = 85 %
        assertThat(Formulas.satisfaction(dossiers(40, 36, 0, 0, 2))).isEqualTo(85.0);
        // 3 handled, 1 overdue, 1 disliked: 100 − (33.33… + 33.33…) = 33.33 %
        assertThat(Formulas.satisfaction(dossiers(3, 2, 0, 0, 1))).isEqualTo(33.33);
    }

    @Test
    void a_dossier_both_late_and_disliked_counts_in_both_rates_and_the_result_stops_at_zero() {
        // 2 handled, both late and both disliked: 100 − (100 + 100) would be −100
        assertThat(Formulas.satisfaction(dossiers(2, 0, 0, 0, 2))).isEqualTo(0.0);
    }

    @Test
    void satisfaction_earns_six_points_from_ninety_percent_and_proportionally_below() {
        assertThat(Formulas.satisfactionPoints(90.0)).isEqualTo(6.0);
        assertThat(Formulas.satisfactionPoints(97.5)).isEqualTo(6.0);
        // 85 × 6 / 90 = 5.666… → 5.67
        assertThat(Formulas.satisfactionPoints(85.0)).isEqualTo(5.67);
        assertThat(Formulas.satisfactionPoints(45.0)).isEqualTo(3.0);
        assertThat(Formulas.satisfactionPoints(0.0)).isEqualTo(0.0);
    }

    @Test
    void rating_shares_are_counts_over_forms() {
        // 7 very satisfied, 2 satisfied, 1 not of 10 forms
        assertThat(Formulas.share(7, 10)).isEqualTo(70.0);
        assertThat(Formulas.share(1, 3)).isEqualTo(33.33);
    }

    @Test
    void counts_of_areas_add_up_to_their_office() {
        Counts a = dossiers(3, 2, 1, 3600, 1).withRatings(4, 2, 1, 1);
        Counts b = dossiers(1, 1, 1, 7200, 0).withRatings(1, 1, 0, 0);

        Counts office = a.plus(b);

        assertThat(office).isEqualTo(dossiers(4, 3, 2, 10800, 1).withRatings(5, 3, 1, 1));
        assertThat(Formulas.onTimeRate(office)).isEqualTo(75.0);
        assertThat(Formulas.averageHandlingHours(office)).isEqualTo(1.5);
        // 100 − (25 + 25)
        assertThat(Formulas.satisfaction(office)).isEqualTo(50.0);
    }

    @Test
    void offices_rank_by_satisfaction_then_on_time_and_offices_without_dossiers_come_last() {
        Map<Long, Counts> offices = new LinkedHashMap<>();
        offices.put(1L, dossiers(10, 8, 0, 0, 0)); // 5.4 = 80, 2.1 = 80
        offices.put(2L, Counts.NONE);
        offices.put(3L, dossiers(10, 9, 0, 0, 1)); // 5.4 = 80, 2.1 = 90
        offices.put(4L, dossiers(10, 10, 0, 0, 0)); // 5.4 = 100

        assertThat(Indicators.ranks(offices))
                .containsExactly(Map.entry(4L, 1), Map.entry(3L, 2), Map.entry(1L, 3), Map.entry(2L, 4));
    }
}
