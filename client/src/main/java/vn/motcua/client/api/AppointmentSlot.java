package vn.motcua.client.api;

import java.time.Instant;

/** One slot of a service area's day: when it starts and how many places are still free. */
public record AppointmentSlot(Instant startsAt, int slotMinutes, int capacity, int free) {}
