package vn.motcua.server.calendar;

import java.time.LocalDate;

/**
 * A change an administrator records to the default calendar of one day, following a government
 * decision: a day off on a day that would be worked (a bridge day swapped, a day of a Tết period
 * placed otherwise than the default, an extra day off), or a working day on a day that would be off
 * (a Saturday worked to make up for a bridge day, or a default holiday or compensatory day the
 * decision moved elsewhere). Compensatory days themselves are computed, not recorded.
 *
 * @param day  the day changed
 * @param kind what the day becomes
 * @param note why, in the words of the decision, e.g. "Hoán đổi ngày làm việc (Công văn 12729/VPCP-KGVX)";
 *             shown as the name of the day off
 */
public record CalendarAdjustment(LocalDate day, Kind kind, String note) {

    static final int MAX_NOTE_LENGTH = 500;

    public enum Kind {
        DAY_OFF,
        WORKING_DAY
    }

    public CalendarAdjustment {
        if (day == null) {
            throw new IllegalArgumentException("An adjustment needs a day");
        }
        if (kind == null) {
            throw new IllegalArgumentException("An adjustment needs a kind (DAY_OFF or WORKING_DAY)");
        }
        if (note == null || note.isBlank()) {
            throw new IllegalArgumentException("An adjustment needs a note saying which decision it records");
        }
        note = note.strip();
        if (note.length() > MAX_NOTE_LENGTH) {
            throw new IllegalArgumentException(
                    "An adjustment note must be at most " + MAX_NOTE_LENGTH + " characters, got " + note.length());
        }
    }
}
