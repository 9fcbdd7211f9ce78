package vn.motcua.server.report;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/**
 * Mẫu 01, Giấy tiếp nhận hồ sơ và hẹn trả kết quả (TT 01/2018/TT-VPCP).
 *
 * @param agencyName          printed above "BỘ PHẬN TIẾP NHẬN VÀ TRẢ KẾT QUẢ", e.g. "UBND PHƯỜNG VĨNH PHÚC"
 * @param receptionUnitName   the one-stop department that took the dossier in
 * @param place               place name before the date, e.g. "Vĩnh Phúc"
 * @param resultDeliveryPlace where the applicant registered to receive the result
 * @param ledgerBook          "Sổ theo dõi hồ sơ" volume, or null to leave dots to fill by hand
 * @param ledgerEntry         entry number in that volume, or null
 * @param lookupUrl           public status page of the dossier; encoded in the QR code
 */
public record DossierReceipt(
        String agencyName,
        String receptionUnitName,
        String place,
        String dossierCode,
        Applicant applicant,
        String procedureName,
        List<ReceivedDocument> documents,
        int dossierSets,
        int processingWorkingDays,
        LocalDateTime receivedAt,
        LocalDateTime resultDueAt,
        String resultDeliveryPlace,
        String ledgerBook,
        String ledgerEntry,
        String clerkName,
        String lookupUrl) {

    public DossierReceipt {
        Objects.requireNonNull(agencyName, "agencyName");
        Objects.requireNonNull(receptionUnitName, "receptionUnitName");
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(dossierCode, "dossierCode");
        Objects.requireNonNull(applicant, "applicant");
        Objects.requireNonNull(procedureName, "procedureName");
        documents = List.copyOf(documents);
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(resultDueAt, "resultDueAt");
        Objects.requireNonNull(resultDeliveryPlace, "resultDeliveryPlace");
        Objects.requireNonNull(clerkName, "clerkName");
        Objects.requireNonNull(lookupUrl, "lookupUrl");
    }
}
