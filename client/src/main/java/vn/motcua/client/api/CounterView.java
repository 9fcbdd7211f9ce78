package vn.motcua.client.api;

import java.util.List;

/** A counter (quầy), numbered as the hall knows it, and the service areas it serves. */
public record CounterView(long id, int number, String name, List<Long> areaIds, boolean active) {}
