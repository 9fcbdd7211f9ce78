package vn.motcua.server.report;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * Thông báo dừng giải quyết hồ sơ (TT 03/2025/TT-VPCP, Mẫu 05): the applicant is told that work on the dossier has
 * stopped, and why. TT 01/2018 had no model form for it; its regime prints the same content.
 *
 * @param signerTitle the title above the signature; a line break separates "KT. …" from the deputy's own title
 * @param lookupUrl   public status page of the dossier; encoded in the QR code
 */
public record StopNotice(
        String agencyName,
        String place,
        LocalDate issuedOn,
        Applicant addressee,
        String dossierCode,
        String procedureName,
        LocalDateTime receivedAt,
        String reason,
        String signerTitle,
        String signerName,
        String lookupUrl) {

    public StopNotice {
        Objects.requireNonNull(agencyName, "agencyName");
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(issuedOn, "issuedOn");
        Objects.requireNonNull(addressee, "addressee");
        Objects.requireNonNull(dossierCode, "dossierCode");
        Objects.requireNonNull(procedureName, "procedureName");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(signerTitle, "signerTitle");
        Objects.requireNonNull(signerName, "signerName");
        Objects.requireNonNull(lookupUrl, "lookupUrl");
    }
}
