package vn.motcua.counter.indicator;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.motcua.client.ApiException;
import vn.motcua.client.FileApi;
import vn.motcua.client.ReportApi;
import vn.motcua.client.api.IndicatorDefinition;
import vn.motcua.client.api.IndicatorDossier;
import vn.motcua.client.api.IndicatorLevel;
import vn.motcua.client.api.IndicatorReport;
import vn.motcua.client.api.IndicatorRow;
import vn.motcua.client.api.IndicatorUnavailable;
import vn.motcua.client.api.IndicatorValue;
import vn.motcua.counter.shared.Refusals;
import vn.motcua.counter.shared.Routes;
import vn.motcua.counter.shared.StaffSession;
import vn.motcua.counter.shared.TopBar;

/**
 * The head's QĐ 766 index for a chosen period (by default the last whole quarter): each indicator the server computes
 * with its value, formula, inputs and score band; why 2.1 or 5.4 is low (the dossiers behind it); the table per
 * office and area, ranked side by side when the head heads several offices; the indicators that cannot be computed;
 * and the table as XLSX or CSV.
 */
@RolesAllowed({"HEAD"})
@Route(Routes.INDICATORS)
public class IndicatorView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");
    private static final int QUARTERS_BACK = 8;
    private static final int MONTHS_BACK = 12;
    private static final int YEARS_BACK = 3;

    final Select<String> period = new Select<>();
    final Checkbox province = new Checkbox();
    final Div cards = new Div();
    final Grid<IndicatorRow> table = new Grid<>();
    final Grid<IndicatorDossier> behind = new Grid<>();
    final H3 behindTitle = new H3();
    final Grid<IndicatorUnavailable> unavailable = new Grid<>();
    private final HorizontalLayout exports = new HorizontalLayout();
    final Select<String> reportMonth = new Select<>();
    private final HorizontalLayout monthlyReport = new HorizontalLayout();
    private StaffSession staff;
    private ReportApi reports;
    private FileApi files;
    private ZoneId zone;

    public IndicatorView() {
        addClassName("indicators");
        setSizeFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        StaffSession.placed(event, false).ifPresent(s -> {
            if (staff == null) {
                build(s);
            }
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("indicators.title");
    }

    private void build(StaffSession s) {
        staff = s;
        reports = StaffSession.api(ReportApi.class);
        files = StaffSession.api(FileApi.class);
        String timeZone = s.office().timeZone();
        zone = timeZone == null ? ZoneId.of("Asia/Ho_Chi_Minh") : ZoneId.of(timeZone);
        List<String> periods = periods(LocalDate.now(zone));
        period.setLabel(getTranslation("indicators.period"));
        period.setItems(periods);
        period.setItemLabelGenerator(this::periodLabel);
        period.setValue(periods.getFirst());
        period.addValueChangeListener(e -> reload());
        province.setLabel(getTranslation("indicators.province"));
        province.addValueChangeListener(e -> reload());
        cards.addClassName("indicator-cards");
        exports.setAlignItems(FlexComponent.Alignment.BASELINE);
        HorizontalLayout controls = new HorizontalLayout(period, province, exports);
        controls.setAlignItems(FlexComponent.Alignment.BASELINE);
        setUpMonthlyReport(s);
        setUpTable();
        setUpBehind();
        unavailable
                .addColumn(IndicatorUnavailable::name)
                .setHeader(getTranslation("indicators.col.indicator"))
                .setAutoWidth(true);
        unavailable.addColumn(IndicatorUnavailable::reason).setHeader(getTranslation("indicators.col.reason"));
        unavailable.setAllRowsVisible(true);
        add(
                new TopBar(getTranslation("indicators.title"), s.office().name(), s),
                controls,
                new Paragraph(getTranslation("indicators.help")),
                monthlyReport,
                cards,
                behindTitle,
                behind,
                new H2(getTranslation("indicators.table")),
                table,
                new H2(getTranslation("indicators.unavailable")),
                unavailable);
        reload();
    }

    /**
     * "Báo cáo tháng": the office's report of a chosen month (last month first, the one mailed on the 1st) as PDF or
     * XLSX, whatever period the indicators above show.
     */
    private void setUpMonthlyReport(StaffSession s) {
        List<String> months = months(LocalDate.now(zone));
        reportMonth.setLabel(getTranslation("indicators.monthly"));
        reportMonth.setItems(months);
        reportMonth.setItemLabelGenerator(this::periodLabel);
        reportMonth.setValue(months.getFirst());
        HorizontalLayout links = new HorizontalLayout(
                monthlyDownload(s.office().id(), "pdf"),
                monthlyDownload(s.office().id(), "xlsx"));
        monthlyReport.add(reportMonth, links);
        monthlyReport.setAlignItems(FlexComponent.Alignment.BASELINE);
        monthlyReport.addClassName("monthly-report");
    }

    /** Last month first, then the current month so far, then earlier ones. */
    static List<String> months(LocalDate today) {
        LocalDate current = today.withDayOfMonth(1);
        List<String> months = new ArrayList<>();
        months.add(month(current.minusMonths(1)));
        months.add(month(current));
        for (int i = 2; i <= MONTHS_BACK; i++) {
            months.add(month(current.minusMonths(i)));
        }
        return months;
    }

    private static String month(LocalDate first) {
        return String.format(Locale.ROOT, "%d-%02d", first.getYear(), first.getMonthValue());
    }

    /** The month is read when the link is followed, so the link follows the month chosen. */
    private Anchor monthlyDownload(long officeId, String format) {
        String type = format.equals("pdf")
                ? "application/pdf"
                : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        DownloadHandler handler = DownloadHandler.fromInputStream(event -> {
            String chosen = reportMonth.getValue();
            try {
                byte[] bytes = files.monthlyReport(officeId, chosen, format);
                return new DownloadResponse(
                        new ByteArrayInputStream(bytes), "bao-cao-thang-" + chosen + "." + format, type, bytes.length);
            } catch (ApiException e) {
                return DownloadResponse.error(e.status() > 0 ? e.status() : 502, e.getMessage());
            }
        });
        Anchor anchor = new Anchor(handler, AttachmentType.DOWNLOAD, getTranslation("indicators.monthly." + format));
        anchor.addClassName("monthly-report-" + format);
        return anchor;
    }

    /** The last whole quarter first (what a head is judged on), then earlier quarters, months and years. */
    static List<String> periods(LocalDate today) {
        List<String> periods = new ArrayList<>();
        LocalDate quarter = today.withDayOfMonth(1).withMonth(3 * ((today.getMonthValue() - 1) / 3) + 1);
        for (int i = 1; i <= QUARTERS_BACK; i++) {
            LocalDate q = quarter.minusMonths(3L * i);
            periods.add(q.getYear() + "-Q" + ((q.getMonthValue() - 1) / 3 + 1));
        }
        for (int i = 0; i < MONTHS_BACK; i++) {
            LocalDate m = today.withDayOfMonth(1).minusMonths(i);
            periods.add(String.format(Locale.ROOT, "%d-%02d", m.getYear(), m.getMonthValue()));
        }
        for (int i = 0; i < YEARS_BACK; i++) {
            periods.add(Integer.toString(today.getYear() - i));
        }
        return periods;
    }

    private String periodLabel(String p) {
        if (p.contains("-Q")) {
            return getTranslation("indicators.period.quarter", p.substring(p.indexOf('Q') + 1), p.substring(0, 4));
        }
        if (p.length() == 7) {
            return getTranslation("indicators.period.month", p.substring(5), p.substring(0, 4));
        }
        return getTranslation("indicators.period.year", p);
    }

    private List<Long> offices() {
        return province.getValue() ? null : List.of(staff.office().id());
    }

    private void setUpTable() {
        table.addClassName("indicator-table");
        table.addColumn(r -> r.rank() == null ? "" : r.rank())
                .setHeader(getTranslation("indicators.col.rank"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        table.addColumn(r -> getTranslation("indicators.level." + r.level().name()))
                .setHeader(getTranslation("indicators.col.level"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        table.addColumn(IndicatorRow::name)
                .setHeader(getTranslation("indicators.col.unit"))
                .setFlexGrow(2);
        for (String code : List.of("2.1", "2.2", "5.4", "HL.3")) {
            table.addColumn(r -> value(r, code).map(this::shown).orElse(""))
                    .setHeader(code)
                    .setAutoWidth(true)
                    .setFlexGrow(0);
        }
        table.setAllRowsVisible(true);
    }

    private void setUpBehind() {
        behind.addClassName("indicator-behind");
        behind.addColumn(IndicatorDossier::code)
                .setHeader(getTranslation("indicators.col.code"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        behind.addColumn(IndicatorDossier::procedureName).setHeader(getTranslation("indicators.col.procedure"));
        behind.addColumn(d -> time(d.deadlineAt()))
                .setHeader(getTranslation("indicators.col.deadline"))
                .setAutoWidth(true);
        behind.addColumn(d -> d.endedAt() == null ? getTranslation("indicators.open") : time(d.endedAt()))
                .setHeader(getTranslation("indicators.col.ended"))
                .setAutoWidth(true);
        behind.addColumn(d -> why(d))
                .setHeader(getTranslation("indicators.col.why"))
                .setAutoWidth(true);
        behind.addColumn(IndicatorDossier::receivedByName)
                .setHeader(getTranslation("indicators.col.receivedBy"))
                .setAutoWidth(true);
        behind.addColumn(d -> getTranslation(d.apologized() ? "indicators.yes" : "indicators.no"))
                .setHeader(getTranslation("indicators.col.apologized"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        behind.setAllRowsVisible(true);
        behind.setVisible(false);
        behindTitle.setVisible(false);
    }

    private String why(IndicatorDossier d) {
        List<String> reasons = new ArrayList<>();
        if (d.late()) {
            reasons.add(getTranslation("indicators.why.late"));
        }
        if (d.dissatisfied()) {
            reasons.add(getTranslation("indicators.why.dissatisfied"));
        }
        return String.join(", ", reasons);
    }

    void reload() {
        String chosen = period.getValue();
        if (chosen == null) {
            return;
        }
        try {
            IndicatorReport report = reports.indicators(offices(), chosen);
            IndicatorRow headline = report.rows().stream()
                    .filter(r -> r.level()
                            == (province.getValue()
                                            && report.rows().stream()
                                                    .anyMatch(x -> x.level() == IndicatorLevel.PROVINCE)
                                    ? IndicatorLevel.PROVINCE
                                    : IndicatorLevel.OFFICE))
                    .findFirst()
                    .orElseThrow();
            cards.removeAll();
            for (IndicatorDefinition definition : report.definitions()) {
                cards.add(card(definition, headline));
            }
            table.setItems(report.rows());
            unavailable.setItems(report.unavailable());
            behind.setVisible(false);
            behindTitle.setVisible(false);
            exports.removeAll();
            exports.add(download("xlsx", chosen), download("csv", chosen), download("pdf", chosen));
        } catch (ApiException e) {
            Refusals.warn(getTranslation("indicators.failed"));
        }
    }

    private Div card(IndicatorDefinition definition, IndicatorRow row) {
        Div card = new Div();
        card.addClassName("indicator-card");
        card.getElement().setAttribute("data-code", definition.code());
        Optional<IndicatorValue> value = value(row, definition.code());
        Span figure = new Span(value.map(this::shown).orElse(getTranslation("indicators.none")));
        figure.addClassName("indicator-value");
        card.add(new H3(definition.name()), figure);
        value.filter(v -> v.maxPoints() != null && v.points() != null)
                .ifPresent(v -> card.add(
                        new Paragraph(getTranslation("indicators.points", number(v.points()), number(v.maxPoints())))));
        value.ifPresent(v -> card.add(new Paragraph(getTranslation("indicators.inputs")
                + " "
                + v.inputs().stream()
                        .map(i -> i.label() + ": " + number(i.value()))
                        .collect(Collectors.joining("; ")))));
        card.add(
                labelled("indicators.formula", definition.formula()),
                labelled("indicators.band", definition.band()),
                labelled("indicators.source", definition.source()));
        if (definition.code().equals("2.1") || definition.code().equals("5.4")) {
            Button why = new Button(getTranslation("indicators.whyLow"), e -> showBehind(definition));
            why.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            why.addClassName("indicator-why");
            card.add(why);
        }
        return card;
    }

    private void showBehind(IndicatorDefinition definition) {
        try {
            List<IndicatorDossier> dossiers =
                    reports.indicatorDossiers(offices(), period.getValue(), definition.code());
            behindTitle.setText(getTranslation("indicators.behind", definition.name(), dossiers.size()));
            behind.setItems(dossiers);
            behind.setVisible(!dossiers.isEmpty());
            behindTitle.setVisible(true);
        } catch (ApiException e) {
            Refusals.warn(getTranslation("indicators.failed"));
        }
    }

    private Paragraph labelled(String key, String text) {
        Paragraph p = new Paragraph();
        Span label = new Span(getTranslation(key) + " ");
        label.addClassName("indicator-label");
        p.add(label, new Span(text));
        return p;
    }

    private Anchor download(String format, String chosen) {
        List<Long> offices = offices();
        String type = switch (format) {
            case "xlsx" -> "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
            case "pdf" -> "application/pdf";
            default -> "text/csv";
        };
        String name = "chi-so-766-" + chosen + "." + format;
        DownloadHandler handler = DownloadHandler.fromInputStream(event -> {
            try {
                byte[] bytes = files.indicatorsFile(offices, chosen, format);
                return new DownloadResponse(new ByteArrayInputStream(bytes), name, type, bytes.length);
            } catch (ApiException e) {
                return DownloadResponse.error(e.status() > 0 ? e.status() : 502, e.getMessage());
            }
        });
        Anchor anchor = new Anchor(handler, AttachmentType.DOWNLOAD, getTranslation("indicators.export." + format));
        anchor.addClassName("indicator-export-" + format);
        return anchor;
    }

    private static Optional<IndicatorValue> value(IndicatorRow row, String code) {
        return row.values().stream().filter(v -> v.code().equals(code)).findFirst();
    }

    private String shown(IndicatorValue v) {
        return v.value() == null ? getTranslation("indicators.none") : number(v.value()) + " " + v.unit();
    }

    private String number(double value) {
        NumberFormat format = NumberFormat.getNumberInstance(getLocale());
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }

    private String time(Instant at) {
        return DAY_TIME.format(at.atZone(zone));
    }
}
