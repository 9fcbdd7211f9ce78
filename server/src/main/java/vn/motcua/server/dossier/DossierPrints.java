package vn.motcua.server.dossier;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.motcua.client.api.DossierDelivery;
import vn.motcua.client.api.DossierDocument;
import vn.motcua.server.office.Office;
import vn.motcua.server.report.ApologyForm;
import vn.motcua.server.report.ApologySlip;
import vn.motcua.server.report.Applicant;
import vn.motcua.server.report.DossierReceipt;
import vn.motcua.server.report.LateDossierList;
import vn.motcua.server.report.PdfReports;
import vn.motcua.server.report.ReceivedDocument;
import vn.motcua.server.report.RefusalSlip;
import vn.motcua.server.report.SupplementSlip;
import vn.motcua.server.shared.NotFoundException;

/**
 * Fills Mẫu 01 (receipt), 02 (supplement request), 03 (refusal) and 04 (apology) from a stored dossier. The header
 * names the agency as the office's form settings print it (upper case), the place–date line starts with the
 * office's locality ("Phú Thọ, ngày … tháng … năm …"), and the reception unit is the office itself. Until an admin
 * fills the settings in, the office's name stands for the agency and the place, so nothing is printed blank. One
 * set of papers per dossier; the ledger book and entry are left as dots to fill in by hand.
 */
@Component
class DossierPrints {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final PdfReports reports;
    private final LookupTokens tokens;
    private final ApologyForm apologyForm;

    DossierPrints(
            PdfReports reports,
            LookupTokens tokens,
            @Value("${motcua.dossier.apology-form:TT01_2018}") ApologyForm apologyForm) {
        this.reports = reports;
        this.tokens = tokens;
        this.apologyForm = apologyForm;
    }

    byte[] receipt(DossierRow d, Office office) {
        String officeName = office.view().name();
        return reports.dossierReceipt(new DossierReceipt(
                agency(office),
                officeName,
                place(office),
                d.code(),
                applicant(d),
                d.procedureName(),
                d.documents().stream().map(DossierPrints::received).toList(),
                1,
                d.processingDays(),
                LocalDateTime.ofInstant(d.receivedAt(), office.zone()),
                d.dueAt(),
                deliveryPlace(d, officeName),
                null,
                null,
                d.receivedByName(),
                tokens.lookupUrl(d.code())));
    }

    byte[] apology(DossierRow d, Office office) {
        if (!d.apologized()) {
            throw new NotFoundException("apology for dossier", d.code());
        }
        String officeName = office.view().name();
        return reports.apologySlip(new ApologySlip(
                agency(office),
                null,
                place(office),
                office.localDay(d.apologyIssuedAt()),
                applicant(d),
                d.code(),
                d.procedureName(),
                LocalDateTime.ofInstant(d.receivedAt(), office.zone()),
                d.dueAt(),
                d.apologyReason(),
                d.apologyNewDueAt(),
                deliveryPlace(d, officeName),
                d.apologySignerTitle(),
                d.apologySignerName(),
                apologyForm));
    }

    byte[] supplement(DossierRow d, NoticeStore.Notice n, Office office) {
        return reports.supplementSlip(new SupplementSlip(
                agency(office),
                place(office),
                office.localDay(n.issuedAt()),
                applicant(d),
                d.code(),
                d.procedureName(),
                n.items(),
                n.reason().isEmpty() ? null : n.reason(),
                n.deadline(),
                n.issuedByName()));
    }

    byte[] refusal(DossierRow d, NoticeStore.Notice n, Office office) {
        return reports.refusalSlip(new RefusalSlip(
                agency(office),
                place(office),
                office.localDay(n.issuedAt()),
                applicant(d),
                d.code(),
                d.procedureName(),
                n.reason(),
                n.issuedByName()));
    }

    byte[] lateDossiers(List<LateDossiers.Late> late, Office office, YearMonth month) {
        return reports.lateDossiers(new LateDossierList(
                office.view().name(),
                month,
                late.stream()
                        .map(l -> new LateDossierList.Row(
                                l.dossier().code(),
                                l.dossier().procedureName(),
                                LocalDateTime.ofInstant(l.dossier().receivedAt(), office.zone()),
                                l.dossier().dueAt(),
                                l.finishedAt()
                                        .map(at -> LocalDateTime.ofInstant(at, office.zone()))
                                        .orElse(null),
                                l.daysLate(),
                                l.dossier().receivedByName(),
                                l.dossier().apologized()))
                        .toList()));
    }

    private static String agency(Office office) {
        String header = office.forms().agencyHeader();
        return header.isBlank() ? office.view().name().toUpperCase(VIETNAMESE) : header;
    }

    private static String place(Office office) {
        String locality = office.forms().locality();
        return locality.isBlank() ? office.view().name() : locality;
    }

    private static Applicant applicant(DossierRow d) {
        return new Applicant(
                d.applicant().name(),
                d.applicant().address(),
                d.applicant().phone(),
                d.applicant().email());
    }

    private static String deliveryPlace(DossierRow d, String officeName) {
        return d.delivery() == DossierDelivery.POST
                ? "Qua dịch vụ bưu chính công ích, tại địa chỉ: "
                        + d.applicant().address()
                : "Bộ phận tiếp nhận và trả kết quả, " + officeName;
    }

    private static ReceivedDocument received(DossierDocument d) {
        return new ReceivedDocument(
                d.name(), ReceivedDocument.Form.valueOf(d.form().name()), d.count());
    }
}
