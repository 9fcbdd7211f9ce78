package vn.motcua.server.indicator;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The published formulas ("Mô tả công thức tính chỉ số 766", shared rules file §4.B), as pure arithmetic on
 * {@link Counts}. Percentages are rounded to two decimals, as the formula document suggests; a zero denominator gives
 * no value (N/A), never a made-up 0 or 100.
 */
final class Formulas {

    /** 5.4 earns its full points from 90 % up, proportionally below ("Tỷ lệ × Điểm tối đa / 90%"). */
    static final double SATISFACTION_FULL_AT = 90.0;

    /** 5.4's share of the MDHL group's 18 points, as the summary page of QĐ 766 gives it. */
    static final double SATISFACTION_MAX_POINTS = 6.0;

    private Formulas() {}

    /** 2.1 = dossiers handled on time or early ÷ dossiers received or handled in the period × 100 %. */
    static Double onTimeRate(Counts c) {
        return percent(c.onTime(), c.handled());
    }

    /** 2.2 = total handling time of the completed dossiers ÷ their number; in working hours. */
    static Double averageHandlingHours(Counts c) {
        return c.completed() == 0 ? null : round(c.handlingSeconds() / 3600.0 / c.completed());
    }

    /**
     * 5.4 = 100 % − (overdue rate + rate of dossiers with a complaint or a "dislike"). Both rates share 2.1's
     * denominator; a dossier both late and disliked counts in both, as the formula adds the rates. Floored at 0 %.
     */
    static Double satisfaction(Counts c) {
        if (c.handled() == 0) {
            return null;
        }
        double overdue = 100.0 * c.late() / c.handled();
        double disliked = 100.0 * c.dissatisfied() / c.handled();
        return round(Math.max(0.0, 100.0 - (overdue + disliked)));
    }

    /** 5.4's points: full from 90 %, otherwise rate × max ÷ 90 %. */
    static Double satisfactionPoints(Double rate) {
        if (rate == null) {
            return null;
        }
        return rate >= SATISFACTION_FULL_AT
                ? SATISFACTION_MAX_POINTS
                : round(rate * SATISFACTION_MAX_POINTS / SATISFACTION_FULL_AT);
    }

    /** Phần II of the evaluation table: count ÷ number of forms × 100. */
    static Double share(long count, long total) {
        return percent(count, total);
    }

    private static Double percent(long part, long whole) {
        return whole == 0 ? null : round(100.0 * part / whole);
    }

    static double round(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).doubleValue();
    }
}
