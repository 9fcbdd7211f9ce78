package vn.motcua.server.report;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * Mẫu 04, Phiếu xin lỗi và hẹn lại ngày trả kết quả (TT 01/2018), or under TT 03/2025 the "Văn bản xin lỗi và đề
 * nghị gia hạn thời gian giải quyết": sent by the competent agency at the latest one day
 * before the original due date; the new date may be set only once.
 *
 * @param documentNumber the "Số:" of the slip, or null to leave dots
 * @param signerTitle    head of the agency or the deputy signing for them; a line break separates "KT. …" from the
 *                       deputy's own title
 * @param lookupUrl      public status page of the dossier; encoded in the QR code
 */
public record ApologySlip(
        String agencyName,
        String documentNumber,
        String place,
        LocalDate issuedOn,
        Applicant addressee,
        String dossierCode,
        String procedureName,
        LocalDateTime receivedAt,
        LocalDateTime originalDueAt,
        String reason,
        LocalDateTime newDueAt,
        String resultDeliveryPlace,
        String signerTitle,
        String signerName,
        String lookupUrl) {

    public ApologySlip {
        Objects.requireNonNull(agencyName, "agencyName");
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(issuedOn, "issuedOn");
        Objects.requireNonNull(addressee, "addressee");
        Objects.requireNonNull(dossierCode, "dossierCode");
        Objects.requireNonNull(procedureName, "procedureName");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(originalDueAt, "originalDueAt");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(newDueAt, "newDueAt");
        Objects.requireNonNull(resultDeliveryPlace, "resultDeliveryPlace");
        Objects.requireNonNull(signerTitle, "signerTitle");
        Objects.requireNonNull(signerName, "signerName");
        Objects.requireNonNull(lookupUrl, "lookupUrl");
        if (!newDueAt.isAfter(originalDueAt)) {
            throw new IllegalArgumentException("the new due date must be later than the original one");
        }
    }
}
