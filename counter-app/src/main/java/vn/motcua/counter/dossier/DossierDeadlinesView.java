package vn.motcua.counter.dossier;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
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
import jakarta.annotation.security.RolesAllowed;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Stream;
import vn.motcua.client.ApiException;
import vn.motcua.client.DossierApi;
import vn.motcua.client.FileApi;
import vn.motcua.client.ReportApi;
import vn.motcua.client.api.ApologyShare;
import vn.motcua.client.api.DossierDue;
import vn.motcua.client.api.LateDossier;
import vn.motcua.client.api.Role;
import vn.motcua.counter.shared.Refusals;
import vn.motcua.counter.shared.Routes;
import vn.motcua.counter.shared.StaffSession;
import vn.motcua.counter.shared.TopBar;

/**
 * The deadlines a department must not miss. Every morning clerks and heads see the dossiers due within one
 * working day that have neither a result nor an apology, and open one to act on it; heads also see, month by
 * month, the late dossiers and what share of them got an apology (the provincial target is all of them).
 */
@RolesAllowed({"CLERK", "HEAD", "ADMIN"})
@Route(Routes.DEADLINES)
public class DossierDeadlinesView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM/yyyy");
    private static final int MONTHS_BACK = 12;

    final Grid<DossierDue> dueSoon = new Grid<>();
    final Paragraph nothingDue = new Paragraph();
    final Select<YearMonth> month = new Select<>();
    final Div share = new Div();
    final Grid<LateDossier> late = new Grid<>();
    private final Div latePdf = new Div();
    private StaffSession staff;
    private DossierApi dossiers;
    private ReportApi reports;
    private FileApi files;
    private ZoneId zone;

    public DossierDeadlinesView() {
        addClassName("deadlines");
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
        return getTranslation("deadlines.title");
    }

    private void build(StaffSession s) {
        staff = s;
        dossiers = StaffSession.api(DossierApi.class);
        reports = StaffSession.api(ReportApi.class);
        files = StaffSession.api(FileApi.class);
        String timeZone = s.office().timeZone();
        zone = timeZone == null ? ZoneId.of("Asia/Ho_Chi_Minh") : ZoneId.of(timeZone);
        add(new TopBar(getTranslation("deadlines.title"), s.office().name(), s));
        // the server gives the morning list to those who work dossiers, the monthly figures to those who answer for
        // them
        if (s.has(Role.CLERK) || s.has(Role.HEAD)) {
            buildDueSoon();
            reloadDueSoon();
        }
        if (s.mayWatchOffice()) {
            buildMonthly();
            reloadMonth();
        }
    }

    private void buildDueSoon() {
        dueSoon.addColumn(DossierDue::code)
                .setHeader(getTranslation("deadlines.col.code"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        dueSoon.addColumn(DossierDue::procedureName).setHeader(getTranslation("deadlines.col.procedure"));
        dueSoon.addColumn(DossierDue::applicantName)
                .setHeader(getTranslation("deadlines.col.applicant"))
                .setAutoWidth(true);
        dueSoon.addColumn(d -> getTranslation("dossier.status." + d.status().name()))
                .setHeader(getTranslation("deadlines.col.status"))
                .setAutoWidth(true);
        dueSoon.addComponentColumn(this::dueCell)
                .setHeader(getTranslation("deadlines.col.due"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        dueSoon.setAllRowsVisible(true);
        dueSoon.addItemClickListener(e -> open(e.getItem().code()));
        nothingDue.setText(getTranslation("deadlines.dueSoon.none"));
        add(
                new H2(getTranslation("deadlines.dueSoon")),
                new Paragraph(getTranslation("deadlines.dueSoon.help")),
                nothingDue,
                dueSoon);
    }

    private Span dueCell(DossierDue d) {
        Span due = new Span(DossierTexts.dayTime(d.dueAt()));
        if (d.overdue()) {
            Span badge = new Span(getTranslation("deadlines.overdue"));
            badge.getElement().getThemeList().add("badge error");
            return new Span(due, new Span(" "), badge);
        }
        return due;
    }

    /** The dossier opens where the clerk can act on it; the list is read again when the dialog closes. */
    private void open(String code) {
        FindDossierDialog dialog = new FindDossierDialog(staff.office().id(), zone).show(code);
        dialog.addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                reloadDueSoon();
            }
        });
        dialog.open();
    }

    void reloadDueSoon() {
        try {
            List<DossierDue> due = dossiers.dossiersDueSoon(staff.office().id());
            dueSoon.setItems(due);
            dueSoon.setVisible(!due.isEmpty());
            nothingDue.setVisible(due.isEmpty());
        } catch (ApiException e) {
            Refusals.warn(getTranslation(DossierTexts.refusalKey(e)));
        }
    }

    private void buildMonthly() {
        YearMonth now = YearMonth.now(zone);
        month.setLabel(getTranslation("deadlines.month"));
        month.setItems(
                Stream.iterate(now, m -> m.minusMonths(1)).limit(MONTHS_BACK).toList());
        month.setItemLabelGenerator(MONTH::format);
        month.setValue(now);
        month.addValueChangeListener(e -> reloadMonth());
        share.addClassName("deadlines-share");
        late.addColumn(LateDossier::code)
                .setHeader(getTranslation("deadlines.col.code"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        late.addColumn(LateDossier::procedureName).setHeader(getTranslation("deadlines.col.procedure"));
        late.addColumn(LateDossier::receivedBy)
                .setHeader(getTranslation("deadlines.col.receivedBy"))
                .setAutoWidth(true);
        late.addColumn(d -> DossierTexts.dayTime(d.dueAt()))
                .setHeader(getTranslation("deadlines.col.due"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        late.addColumn(LateDossier::daysLate)
                .setHeader(getTranslation("deadlines.col.daysLate"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        late.addColumn(d -> getTranslation(d.open() ? "deadlines.open" : "deadlines.finished"))
                .setHeader(getTranslation("deadlines.col.state"))
                .setAutoWidth(true);
        late.addColumn(d -> getTranslation(d.apologized() ? "deadlines.yes" : "deadlines.no"))
                .setHeader(getTranslation("deadlines.col.apologized"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        late.setAllRowsVisible(true);
        HorizontalLayout controls = new HorizontalLayout(month, latePdf);
        controls.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(new H2(getTranslation("deadlines.late")), controls, share, late);
    }

    void reloadMonth() {
        YearMonth chosen = month.getValue();
        if (chosen == null) {
            return;
        }
        long officeId = staff.office().id();
        try {
            ApologyShare figures = dossiers.apologyShare(officeId, chosen.atDay(1), chosen.atEndOfMonth());
            late.setItems(reports.lateDossiers(officeId, chosen));
            share.setText(getTranslation(
                    "deadlines.share",
                    figures.received(),
                    figures.late(),
                    figures.lateWithApology(),
                    Math.round(figures.share() * 100)));
            share.getElement().getThemeList().set("badge", true);
            share.getElement().getThemeList().set("error", figures.share() < 1.0);
            latePdf.removeAll();
            latePdf.add(Pdfs.link(
                    getTranslation("deadlines.pdf"),
                    "ho-so-tre-han-" + chosen + ".pdf",
                    () -> files.lateDossiersPdf(officeId, chosen)));
        } catch (ApiException e) {
            Refusals.warn(getTranslation(DossierTexts.refusalKey(e)));
        }
    }
}
