package vn.motcua.server.dossier;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.motcua.client.api.DossierDelivery;
import vn.motcua.client.api.DossierDocument;
import vn.motcua.client.api.FormRegime;
import vn.motcua.client.api.OfficeForms;
import vn.motcua.server.office.Office;
import vn.motcua.server.report.ApologySlip;
import vn.motcua.server.report.Applicant;
import vn.motcua.server.report.DossierReceipt;
import vn.motcua.server.report.LateDossierList;
import vn.motcua.server.report.PdfReports;
import vn.motcua.server.report.ReceivedDocument;
import vn.motcua.server.report.RefusalSlip;
import vn.motcua.server.report.StopNotice;
import vn.motcua.server.report.SupplementSlip;
import vn.motcua.server.shared.NotFoundException;

/**
 * Fills Mẫu 01 (receipt), 02 (supplement request), 03 (refusal), 04 (apology) and the stop notice from a stored
 * dossier, each in the forms of the dossier's regime ({@link FormRegime#forDossier}: its local receipt day and the
 * office's choice), so every paper of one dossier follows one regime, whenever it is printed. The header
 * names the agency as the office's form settings print it (upper case), the place–date line starts with the
 * office's locality ("Phú Thọ, ngày … tháng … năm …"), and the reception unit is the office itself. Until an admin
 * fills the settings in, the office's name in capitals stands for the agency, and the place is left as the form's
 * dots to be written in by hand: an office's name is not a place, and printed there it pushed the date off the line
 * (issue 12). The receipt prints the number of sets as the clerk entered it and the dossier's book and entry in the register.
 */
@Component
class DossierPrints {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    /** The dots the forms print for anything to be filled in by hand. */
    private static final String PLACE_TO_WRITE_IN = "…………";

    private final PdfReports reports;
    private final LookupTokens tokens;

    private final DossierStore store;
    private final MessageSource messages;

    DossierPrints(PdfReports reports, LookupTokens tokens, DossierStore store, MessageSource messages) {
        this.reports = reports;
        this.tokens = tokens;
        this.store = store;
        this.messages = messages;
    }

    static FormRegime regime(DossierRow d, Office office) {
        return FormRegime.forDossier(
                office.localDay(d.receivedAt()), office.forms().formRegime());
    }

    /** The register's book is the year's ("Quyển số: 2026"), one book a year per office. */
    byte[] receipt(DossierRow d, Office office) {
        String officeName = office.view().name();
        DossierStore.RegisterPlace register = store.registerPlace(d.id());
        return reports.dossierReceipt(
                regime(d, office),
                new DossierReceipt(
                        agency(office),
                        officeName,
                        place(office),
                        d.code(),
                        applicant(d),
                        d.procedureName(),
                        d.documents().stream().map(DossierPrints::received).toList(),
                        register.sets(),
                        d.processingDays(),
                        LocalDateTime.ofInstant(d.receivedAt(), office.zone()),
                        d.dueAt(),
                        deliveryPlace(d, officeName),
                        Integer.toString(register.year()),
                        Integer.toString(register.number()),
                        d.receivedByName(),
                        tokens.lookupUrl(d.code())));
    }

    byte[] apology(DossierRow d, Office office) {
        if (!d.apologized()) {
            throw new NotFoundException("apology for dossier", d.code());
        }
        String officeName = office.view().name();
        return reports.apologySlip(
                regime(d, office),
                new ApologySlip(
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
                        tokens.lookupUrl(d.code())));
    }

    byte[] supplement(DossierRow d, NoticeStore.Notice n, Office office) {
        String phone = office.forms().contactPhone();
        return reports.supplementSlip(
                regime(d, office),
                new SupplementSlip(
                        agency(office),
                        place(office),
                        office.localDay(n.issuedAt()),
                        applicant(d),
                        d.code(),
                        d.procedureName(),
                        n.items(),
                        n.reason().isEmpty() ? null : n.reason(),
                        n.deadline(),
                        n.issuedByName(),
                        phone.isBlank() ? null : phone,
                        tokens.lookupUrl(d.code())));
    }

    byte[] refusal(DossierRow d, NoticeStore.Notice n, Office office) {
        return reports.refusalSlip(
                regime(d, office),
                new RefusalSlip(
                        agency(office),
                        place(office),
                        office.localDay(n.issuedAt()),
                        applicant(d),
                        d.code(),
                        d.procedureName(),
                        n.reason(),
                        n.issuedByName(),
                        tokens.lookupUrl(d.code())));
    }

    /**
     * Signed like an apology: by the official the office's form settings name, or else under "THỦ TRƯỞNG CƠ QUAN" in
     * the name of whoever stopped the dossier.
     */
    byte[] stopNotice(DossierRow d, NoticeStore.Notice n, Office office) {
        boolean named = !office.forms().signerName().isBlank();
        return reports.stopNotice(
                regime(d, office),
                new StopNotice(
                        agency(office),
                        place(office),
                        office.localDay(n.issuedAt()),
                        applicant(d),
                        d.code(),
                        d.procedureName(),
                        LocalDateTime.ofInstant(d.receivedAt(), office.zone()),
                        n.reason(),
                        named ? office.forms().signerTitle() : Dossiers.DEFAULT_SIGNER_TITLE,
                        named ? office.forms().signerName() : n.issuedByName(),
                        tokens.lookupUrl(d.code())));
    }

    /** Signed by the office's named official, else left for the head of the agency to sign by hand. */
    byte[] lateDossiers(List<LateDossiers.Late> late, Office office, YearMonth month, LocalDate madeOn, String madeBy) {
        OfficeForms forms = office.forms();
        boolean named = !forms.signerName().isBlank();
        return reports.lateDossiers(new LateDossierList(
                agency(office),
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
                                l.responsible().unit(),
                                l.responsible().officer(),
                                l.dossier().apologized()))
                        .toList(),
                place(office),
                madeOn,
                madeBy,
                named ? forms.signerTitle() : Dossiers.DEFAULT_SIGNER_TITLE,
                named ? forms.signerName() : ""));
    }

    private static String agency(Office office) {
        String header = office.forms().agencyHeader();
        return header.isBlank() ? office.view().name().toUpperCase(VIETNAMESE) : header;
    }

    private static String place(Office office) {
        String locality = office.forms().locality();
        return locality.isBlank() ? PLACE_TO_WRITE_IN : locality;
    }

    private static Applicant applicant(DossierRow d) {
        return new Applicant(
                d.applicant().name(),
                d.applicant().address(),
                d.applicant().phone(),
                d.applicant().email());
    }

    /** In the forms' words (messages.properties: the forms are printed in Vietnamese only). */
    private String deliveryPlace(DossierRow d, String officeName) {
        return d.delivery() == DossierDelivery.POST
                ? messages.getMessage(
                        "form.delivery.POST", new Object[] {d.applicant().address()}, VIETNAMESE)
                : messages.getMessage("form.delivery.COUNTER", new Object[] {officeName}, VIETNAMESE);
    }

    private static ReceivedDocument received(DossierDocument d) {
        return new ReceivedDocument(
                d.name(), ReceivedDocument.Form.valueOf(d.form().name()), d.count());
    }
}
