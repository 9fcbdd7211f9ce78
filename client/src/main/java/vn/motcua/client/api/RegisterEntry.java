package vn.motcua.client.api;

import java.time.Instant;
import java.time.LocalDateTime;

/**
 * One line of the office's register (Sổ theo dõi hồ sơ): book {@code year}, entry {@code number}, with the dossier it
 * records and when it went to the handling agency and came back ({@code handedOverAt}, {@code returnedToDeskAt}; null
 * until then) and was finished and returned.
 */
public record RegisterEntry(
        int year,
        int number,
        String code,
        String procedureName,
        int sets,
        String applicantName,
        String applicantAddress,
        String applicantPhone,
        String handlingUnit,
        Instant receivedAt,
        LocalDateTime dueAt,
        Instant handedOverAt,
        Instant returnedToDeskAt,
        Instant returnedAt,
        DossierStatus status) {}
