package vn.motcua.server.report;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.sf.jasperreports.engine.JREmptyDataSource;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import org.springframework.stereotype.Component;
import vn.motcua.client.api.FormRegime;

/**
 * The printed documents of the one-stop department, as PDF bytes. Templates are compiled on first use and cached;
 * every method is safe to call from many threads.
 */
@Component
public class PdfReports {

    static final String TICKET_SLIP = "reports/ticket-slip.jrxml";
    static final String LATE_DOSSIERS = "reports/late-dossiers.jrxml";
    static final String CONTROL_SLIP = "reports/control-slip.jrxml";
    static final String MONTHLY_REPORT = "reports/monthly-report.jrxml";
    static final String INDICATOR_TABLE = "reports/indicator-table.jrxml";

    /**
     * A dossier's forms, one template per form in each regime's folder ({@code reports/tt01-2018/},
     * {@code reports/tt03-2025/}), so a province can edit one form of one regime without touching the others.
     */
    enum DossierForm {
        RECEIPT("receipt"),
        SUPPLEMENT("supplement"),
        REFUSAL("refusal"),
        APOLOGY("apology"),
        STOP("stop-notice");

        private final String file;

        DossierForm(String file) {
            this.file = file;
        }

        String template(FormRegime regime) {
            return "reports/" + regime.name().toLowerCase(Locale.ROOT).replace('_', '-') + "/" + file + ".jrxml";
        }
    }

    // ZXing draws whole pixels per module (4 for these short links), and PDF viewers and printers scale images
    // without smoothing by default, so the code prints as crisp as at any size; 300 px cost 40 % of a receipt's
    // render time in PNG encoding and decoding for nothing.
    private static final int QR_PX = 150;
    private static final DateTimeFormatter ISSUED_AT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final QrCodes qrCodes;
    private final ReportEngine engine = new ReportEngine();

    public PdfReports(QrCodes qrCodes) {
        this.qrCodes = qrCodes;
    }

    public byte[] ticketSlip(TicketSlip slip) {
        Map<String, Object> p = labels(slip.locale());
        p.put("officeName", slip.officeName());
        p.put("ticketNumber", slip.ticketNumber());
        p.put("serviceAreaName", slip.serviceAreaName());
        p.put(
                "priority",
                slip.priority() == null ? null : "priority." + slip.priority().name());
        p.put("issuedAt", ISSUED_AT.format(slip.issuedAt()));
        p.put("waitingAhead", slip.waitingAhead());
        p.put("estimatedWaitMinutes", slip.estimatedWaitMinutes());
        p.put("qrPng", qrCodes.png(slip.positionUrl(), QR_PX));
        return engine.pdf(List.of(engine.fill(TICKET_SLIP, p, new JREmptyDataSource())));
    }

    /** Two copies in one PDF: "Liên 1" stays with the department, "Liên 2" goes to the applicant. */
    public byte[] dossierReceipt(FormRegime regime, DossierReceipt r) {
        byte[] qr = qrCodes.png(r.lookupUrl(), QR_PX);
        return engine.pdf(List.of(receiptCopy(regime, r, qr, 1), receiptCopy(regime, r, qr, 2)));
    }

    public byte[] apologySlip(FormRegime regime, ApologySlip a) {
        Map<String, Object> p = labels(Labels.VIETNAMESE);
        p.put("agencyName", a.agencyName());
        p.put("documentNumber", a.documentNumber());
        p.put("place", a.place());
        p.put("issuedOn", DateParts.of(a.issuedOn()));
        putApplicant(p, a.addressee());
        p.put("dossierCode", a.dossierCode());
        p.put("procedureName", a.procedureName());
        p.put("receivedAt", DateParts.of(a.receivedAt()));
        p.put("originalDueAt", DateParts.of(a.originalDueAt()));
        p.put("reason", a.reason());
        p.put("newDueAt", DateParts.of(a.newDueAt()));
        p.put("resultDeliveryPlace", a.resultDeliveryPlace());
        p.put("signerTitle", a.signerTitle());
        p.put("signerName", a.signerName());
        putLookup(p, a.lookupUrl());
        return engine.pdf(List.of(engine.fill(DossierForm.APOLOGY.template(regime), p, new JREmptyDataSource())));
    }

    public byte[] stopNotice(FormRegime regime, StopNotice s) {
        Map<String, Object> p = labels(Labels.VIETNAMESE);
        p.put("agencyName", s.agencyName());
        p.put("place", s.place());
        p.put("issuedOn", DateParts.of(s.issuedOn()));
        putApplicant(p, s.addressee());
        p.put("dossierCode", s.dossierCode());
        p.put("procedureName", s.procedureName());
        p.put("receivedAt", DateParts.of(s.receivedAt()));
        p.put("reason", s.reason());
        p.put("signerTitle", s.signerTitle());
        p.put("signerName", s.signerName());
        putLookup(p, s.lookupUrl());
        return engine.pdf(List.of(engine.fill(DossierForm.STOP.template(regime), p, new JREmptyDataSource())));
    }

    public byte[] supplementSlip(FormRegime regime, SupplementSlip s) {
        Map<String, Object> p = labels(Labels.VIETNAMESE);
        p.put("agencyName", s.agencyName());
        p.put("place", s.place());
        p.put("issuedOn", DateParts.of(s.issuedOn()));
        putApplicant(p, s.applicant());
        p.put("dossierCode", s.dossierCode());
        p.put("procedureName", s.procedureName());
        p.put("reason", s.reason());
        p.put("deadline", s.deadline() == null ? null : DAY.format(s.deadline()));
        p.put("clerkName", s.clerkName());
        p.put("contactPhone", s.contactPhone());
        putLookup(p, s.lookupUrl());
        List<Map<String, ?>> rows = s.items().stream()
                .<Map<String, ?>>map(item -> Map.of("name", item))
                .toList();
        return engine.pdf(
                List.of(engine.fill(DossierForm.SUPPLEMENT.template(regime), p, new JRMapCollectionDataSource(rows))));
    }

    public byte[] refusalSlip(FormRegime regime, RefusalSlip r) {
        Map<String, Object> p = labels(Labels.VIETNAMESE);
        p.put("agencyName", r.agencyName());
        p.put("place", r.place());
        p.put("issuedOn", DateParts.of(r.issuedOn()));
        putApplicant(p, r.applicant());
        p.put("dossierCode", r.dossierCode());
        p.put("procedureName", r.procedureName());
        p.put("reason", r.reason());
        p.put("clerkName", r.clerkName());
        putLookup(p, r.lookupUrl());
        return engine.pdf(List.of(engine.fill(DossierForm.REFUSAL.template(regime), p, new JREmptyDataSource())));
    }

    /** Landscape A4; the rows are grouped by who answers for them, since the template subtotals each group. */
    public byte[] lateDossiers(LateDossierList list) {
        Map<String, Object> p = labels(Labels.VIETNAMESE);
        p.put("agencyName", list.agencyName());
        p.put("place", list.place());
        p.put("madeOn", DateParts.of(list.madeOn()));
        p.put("preparedBy", list.preparedBy());
        p.put("signerTitle", list.signerTitle());
        p.put("signerName", list.signerName());
        p.put("month", new String[] {
            String.format("%02d", list.month().getMonthValue()),
            Integer.toString(list.month().getYear())
        });
        List<Map<String, ?>> rows = list.rows().stream()
                .sorted(Comparator.comparing(LateDossierList.Row::responsibleUnit)
                        .thenComparing(LateDossierList.Row::responsibleOfficer)
                        .thenComparing(LateDossierList.Row::dueAt))
                .<Map<String, ?>>map(PdfReports::lateRow)
                .toList();
        return engine.pdf(List.of(engine.fill(LATE_DOSSIERS, p, new JRMapCollectionDataSource(rows))));
    }

    public byte[] controlSlip(ControlSlip c) {
        Map<String, Object> p = labels(Labels.VIETNAMESE);
        p.put("agencyName", c.agencyName());
        p.put("receptionUnitName", c.receptionUnitName());
        p.put("dossierCode", c.dossierCode());
        p.put("applicantName", c.applicantName());
        p.put("procedureName", c.procedureName());
        p.put("receivedAt", DateParts.of(c.receivedAt()));
        p.put("dueAt", DateParts.of(c.dueAt()));
        p.put("handlingUnit", c.handlingUnit());
        p.put("cooperatingUnits", c.cooperatingUnits());
        List<Map<String, ?>> rows = c.rows().stream()
                .<Map<String, ?>>map(r -> {
                    Map<String, Object> m = new HashMap<>();
                    m.put("fromUnit", r.fromUnit());
                    m.put("fromOfficer", r.fromOfficer());
                    m.put("toUnit", r.toUnit());
                    m.put("toOfficer", r.toOfficer());
                    m.put("handedAt", DateParts.of(r.handedAt()));
                    m.put("result", r.result().name());
                    m.put("note", r.note());
                    return m;
                })
                .toList();
        return engine.pdf(List.of(engine.fill(CONTROL_SLIP, p, new JRMapCollectionDataSource(rows))));
    }

    /**
     * Portrait A4; every table is one group of a single data source (a row per table line, its title and headings
     * repeated on it), so one template prints any number of tables of up to six columns.
     */
    public byte[] monthlyReport(MonthlyReportDocument r) {
        Map<String, Object> p = labels(Labels.VIETNAMESE);
        p.put("agencyName", r.agencyName());
        p.put("officeName", r.officeName());
        p.put("month", new String[] {
            String.format("%02d", r.month().getMonthValue()),
            Integer.toString(r.month().getYear())
        });
        p.put("place", r.place());
        p.put("madeOn", DateParts.of(r.madeOn()));
        List<Map<String, ?>> rows = new ArrayList<>();
        for (int t = 0; t < r.tables().size(); t++) {
            MonthlyReportDocument.Table table = r.tables().get(t);
            if (table.rows().isEmpty()) {
                rows.add(monthlyRow(t, table, List.of(), true));
            }
            for (List<String> cells : table.rows()) {
                rows.add(monthlyRow(t, table, cells, false));
            }
        }
        return engine.pdf(List.of(engine.fill(MONTHLY_REPORT, p, new JRMapCollectionDataSource(rows))));
    }

    /**
     * Landscape A4; like the monthly report, each section is one group of a single data source, its kind choosing
     * the columns, and its title and headings reprinted on every page it runs over.
     */
    public byte[] indicatorTable(IndicatorTableDocument d) {
        Map<String, Object> p = labels(Labels.VIETNAMESE);
        p.put("title", d.title());
        p.put("subtitle", d.subtitle());
        p.put("madeAt", d.madeAt());
        List<Map<String, ?>> rows = new ArrayList<>();
        for (int s = 0; s < d.sections().size(); s++) {
            IndicatorTableDocument.Section section = d.sections().get(s);
            for (List<String> cells : section.rows()) {
                Map<String, Object> m = new HashMap<>();
                m.put("section", s);
                m.put("kind", section.kind().name());
                m.put("title", section.title());
                for (int c = 0; c < IndicatorTableDocument.Kind.UNITS.columns; c++) {
                    m.put(
                            "h" + (c + 1),
                            c < section.header().size() ? section.header().get(c) : null);
                    m.put("c" + (c + 1), c < cells.size() ? cells.get(c) : null);
                }
                rows.add(m);
            }
        }
        return engine.pdf(List.of(engine.fill(INDICATOR_TABLE, p, new JRMapCollectionDataSource(rows))));
    }

    private static Map<String, ?> monthlyRow(
            int index, MonthlyReportDocument.Table table, List<String> cells, boolean empty) {
        Map<String, Object> m = new HashMap<>();
        m.put("table", index);
        m.put("title", table.title());
        m.put("empty", empty);
        for (int c = 0; c < MonthlyReportDocument.MAX_COLUMNS; c++) {
            m.put("h" + (c + 1), c < table.header().size() ? table.header().get(c) : null);
            m.put("c" + (c + 1), c < cells.size() ? cells.get(c) : null);
        }
        return m;
    }

    private static Map<String, ?> lateRow(LateDossierList.Row r) {
        Map<String, Object> m = new HashMap<>();
        m.put("code", r.code());
        m.put("procedureName", r.procedureName());
        m.put("receivedAt", ISSUED_AT.format(r.receivedAt()));
        m.put("dueAt", ISSUED_AT.format(r.dueAt()));
        m.put("finishedAt", r.finishedAt() == null ? null : ISSUED_AT.format(r.finishedAt()));
        m.put("daysLate", r.daysLate());
        m.put("responsibleUnit", r.responsibleUnit());
        m.put("responsibleOfficer", r.responsibleOfficer());
        m.put("apologized", r.apologized());
        return m;
    }

    private JasperPrint receiptCopy(FormRegime regime, DossierReceipt r, byte[] qr, int copy) {
        Map<String, Object> p = labels(Labels.VIETNAMESE);
        p.put("copy", copy);
        p.put("agencyName", r.agencyName());
        p.put("receptionUnitName", r.receptionUnitName());
        p.put("place", r.place());
        p.put("dossierCode", r.dossierCode());
        putApplicant(p, r.applicant());
        p.put("procedureName", r.procedureName());
        p.put("dossierSets", r.dossierSets());
        p.put("processingWorkingDays", r.processingWorkingDays());
        p.put("receivedOn", DateParts.of(r.receivedAt().toLocalDate()));
        p.put("receivedAt", DateParts.of(r.receivedAt()));
        p.put("resultDueAt", DateParts.of(r.resultDueAt()));
        p.put("resultDeliveryPlace", r.resultDeliveryPlace());
        p.put("ledgerBook", r.ledgerBook());
        p.put("ledgerEntry", r.ledgerEntry());
        p.put("clerkName", r.clerkName());
        p.put("lookupUrl", r.lookupUrl());
        p.put("qrPng", qr);
        return engine.fill(
                DossierForm.RECEIPT.template(regime), p, new JRMapCollectionDataSource(documentRows(r.documents())));
    }

    private static List<Map<String, ?>> documentRows(List<ReceivedDocument> documents) {
        return documents.stream()
                .<Map<String, ?>>map(
                        d -> Map.of("name", d.name(), "form", d.form().name(), "count", d.count()))
                .toList();
    }

    private void putLookup(Map<String, Object> p, String lookupUrl) {
        p.put("lookupUrl", lookupUrl);
        p.put("qrPng", qrCodes.png(lookupUrl, QR_PX));
    }

    private static void putApplicant(Map<String, Object> p, Applicant applicant) {
        p.put("applicantName", applicant.name());
        p.put("applicantAddress", applicant.address());
        p.put("applicantPhone", applicant.phone());
        p.put("applicantEmail", applicant.email());
    }

    // A fresh map each time: filling adds built-in parameters to the map it is given.
    private static Map<String, Object> labels(Locale locale) {
        Map<String, Object> p = new HashMap<>();
        p.put(JRParameter.REPORT_LOCALE, locale);
        p.put(JRParameter.REPORT_RESOURCE_BUNDLE, Labels.forLocale(locale));
        return p;
    }
}
