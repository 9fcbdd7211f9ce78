package vn.motcua.server.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Mẫu 02, Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ (TT 01/2018/TT-VPCP and TT 03/2025/TT-VPCP), with the labels of
 * the Thanh Hóa implementation the rules file found: its "Số:" line and the telephone to call.
 *
 * @param items    the papers to add or complete, one per table row
 * @param reason   why, or null to leave dots
 * @param deadline     by when the papers are expected, or null when none was set
 * @param contactPhone the telephone the applicant may call with questions, or null to leave dots
 * @param lookupUrl    public status page of the dossier; encoded in the QR code
 */
public record SupplementSlip(
        String agencyName,
        String place,
        LocalDate issuedOn,
        Applicant applicant,
        String dossierCode,
        String procedureName,
        List<String> items,
        String reason,
        LocalDate deadline,
        String clerkName,
        String contactPhone,
        String lookupUrl) {

    public SupplementSlip {
        Objects.requireNonNull(agencyName, "agencyName");
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(issuedOn, "issuedOn");
        Objects.requireNonNull(applicant, "applicant");
        Objects.requireNonNull(dossierCode, "dossierCode");
        Objects.requireNonNull(procedureName, "procedureName");
        Objects.requireNonNull(clerkName, "clerkName");
        Objects.requireNonNull(lookupUrl, "lookupUrl");
        if (items == null || items.isEmpty()) {
            throw new IllegalArgumentException("at least one paper to add is required");
        }
        items = List.copyOf(items);
    }
}
