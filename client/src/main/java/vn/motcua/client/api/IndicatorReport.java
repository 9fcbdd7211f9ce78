package vn.motcua.client.api;

import java.time.LocalDate;
import java.util.List;

/**
 * The indicator table for a period ({@code 2026}, {@code 2026-Q3} or {@code 2026-11}; {@code from} inclusive,
 * {@code to} exclusive, office-local dates): each computed indicator's definition, one row per scope, and those
 * the system cannot compute.
 */
public record IndicatorReport(
        String period,
        LocalDate from,
        LocalDate to,
        List<IndicatorDefinition> definitions,
        List<IndicatorRow> rows,
        List<IndicatorUnavailable> unavailable) {}
