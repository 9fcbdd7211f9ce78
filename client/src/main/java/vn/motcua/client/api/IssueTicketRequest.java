package vn.motcua.client.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/** A request for a numbered ticket in one service area, optionally with a priority group. */
public record IssueTicketRequest(@NotNull @Positive Long areaId, PriorityGroup priority) {}
