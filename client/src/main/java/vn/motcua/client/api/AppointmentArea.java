package vn.motcua.client.api;

/** A service area's appointments as its office's admin set them: the slot length and the citizens one slot takes. */
public record AppointmentArea(long areaId, int slotMinutes, int capacity, boolean active) {}
