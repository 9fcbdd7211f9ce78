package vn.motcua.server.report;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Mẫu 03, Phiếu từ chối tiếp nhận giải quyết hồ sơ (TT 01/2018/TT-VPCP and TT 03/2025/TT-VPCP), labels as the rules
 * file found them.
 *
 * @param lookupUrl public status page of the dossier; encoded in the QR code
 */
public record RefusalSlip(
        String agencyName,
        String place,
        LocalDate issuedOn,
        Applicant applicant,
        String dossierCode,
        String procedureName,
        String reason,
        String clerkName,
        String lookupUrl) {

    public RefusalSlip {
        Objects.requireNonNull(agencyName, "agencyName");
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(issuedOn, "issuedOn");
        Objects.requireNonNull(applicant, "applicant");
        Objects.requireNonNull(dossierCode, "dossierCode");
        Objects.requireNonNull(procedureName, "procedureName");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(clerkName, "clerkName");
        Objects.requireNonNull(lookupUrl, "lookupUrl");
    }
}
