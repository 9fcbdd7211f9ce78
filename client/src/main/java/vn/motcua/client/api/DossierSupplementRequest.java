package vn.motcua.client.api;

import java.time.LocalDate;
import java.util.List;

/**
 * A request to the applicant to add or complete papers (Mẫu 02).
 *
 * @param items    the papers, one line each
 * @param note     why they are needed
 * @param deadline by when, or null when the office sets none
 */
public record DossierSupplementRequest(List<String> items, String note, LocalDate deadline) {}
