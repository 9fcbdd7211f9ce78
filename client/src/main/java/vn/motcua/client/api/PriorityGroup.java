package vn.motcua.client.api;

import java.util.Arrays;
import java.util.List;

/**
 * Citizens whom the law asks the one-stop department to serve first, and those who booked a time and came within its
 * window ({@link #APPOINTMENT}: given only at an appointment's check-in, never chosen when taking a ticket).
 */
public enum PriorityGroup {
    ELDERLY,
    DISABLED,
    PREGNANT,
    MERITORIOUS_SERVICE,
    CHILD_CARER,
    APPOINTMENT;

    /** The groups a citizen may choose when taking a ticket. */
    public static List<PriorityGroup> chosen() {
        return Arrays.stream(values()).filter(g -> g != APPOINTMENT).toList();
    }
}
