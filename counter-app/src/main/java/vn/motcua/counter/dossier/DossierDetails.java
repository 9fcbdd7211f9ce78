package vn.motcua.counter.dossier;

import java.time.ZoneId;
import java.util.function.Supplier;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

import vn.motcua.client.ApiException;
import vn.motcua.client.api.DossierApplicant;
import vn.motcua.client.api.DossierHistoryEntry;
import vn.motcua.client.api.DossierStatus;
import vn.motcua.client.api.DossierStatusChange;
import vn.motcua.client.api.DossierView;
import vn.motcua.counter.shared.Refusals;

/**
 * One dossier as the clerk needs it at the counter: who, what, when it is due and whether it is late, its
 * history, and the moves the rules allow from where it stands. Every move redraws from the server's answer.
 */
final class DossierDetails extends VerticalLayout {

    private final DossierDesk desk;
    private final long officeId;
    private final ZoneId zone;
    private DossierView dossier;
    final Select<DossierStatus> nextStatus = new Select<>();
    final TextField note = new TextField();
    Button changeStatus;
    ApologyForm apology;

    DossierDetails(DossierDesk desk, long officeId, ZoneId zone, DossierView dossier) {
        this.desk = desk;
        this.officeId = officeId;
        this.zone = zone;
        addClassName("dossier-details");
        setPadding(false);
        show(dossier);
    }

    DossierView dossier() {
        return dossier;
    }

    private void show(DossierView shown) {
        dossier = shown;
        removeAll();
        Span code = new Span(shown.code());
        code.addClassName("dossier-code");
        Span status = new Span(getTranslation("dossier.status." + shown.status().name()) + " ("
                + shown.nationalStatusCode() + ")");
        status.getElement().getThemeList().add("badge");
        Span timeliness = new Span(getTranslation("dossier.timeliness." + shown.timeliness().name()));
        timeliness.addClassName("dossier-timeliness");
        timeliness.getElement().getThemeList().add(switch (shown.timeliness()) {
            case LATE -> "badge error";
            case ON_TIME -> "badge success";
            case RUNNING, NOT_COUNTED -> "badge contrast";
        });
        HorizontalLayout heading = new HorizontalLayout(code, status, timeliness);
        heading.setAlignItems(FlexComponent.Alignment.CENTER);

        Span procedure = new Span(shown.procedureName());
        procedure.addClassName("dossier-procedure");
        add(heading, procedure, halves(facts(shown), papers(shown)), history(shown),
                halves(statusActions(shown), apologyPart(shown)));
    }

    private static HorizontalLayout halves(Component left, Component right) {
        HorizontalLayout row = new HorizontalLayout(left, right);
        row.addClassName("dossier-halves");
        row.setWidthFull();
        return row;
    }

    private Div facts(DossierView d) {
        DossierApplicant a = d.applicant();
        Div facts = new Div();
        facts.addClassName("dossier-facts-list");
        line(facts, "dossier.applicant.name", a.name());
        line(facts, "dossier.applicant.idNumber", a.idNumber());
        line(facts, "dossier.applicant.address", a.address());
        line(facts, "dossier.applicant.phone", a.phone());
        line(facts, "dossier.applicant.email", a.email());
        line(facts, "dossier.details.received", DossierTexts.dayTime(d.receivedAt(), zone));
        line(facts, "dossier.details.due", DossierTexts.dayTime(d.dueAt()) + " · "
                + getTranslation("dossier.details.days", d.processingDays()));
        if (d.rescheduledDueAt() != null) {
            line(facts, "dossier.details.rescheduled", DossierTexts.dayTime(d.rescheduledDueAt()));
        }
        line(facts, "dossier.delivery", getTranslation("dossier.delivery." + d.delivery().name()));
        return facts;
    }

    private void line(Div into, String labelKey, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        Span label = new Span(getTranslation(labelKey) + ": ");
        label.addClassName("dossier-label");
        Div row = new Div(label, new Span(value));
        into.add(row);
    }

    private VerticalLayout papers(DossierView d) {
        OrderedList list = new OrderedList();
        d.documents().forEach(doc -> list.add(new ListItem(getTranslation("dossier.details.document", doc.name(),
                getTranslation("dossier.form." + doc.form().name()), doc.count()))));
        VerticalLayout papers = new VerticalLayout(new H3(getTranslation("dossier.documents")), list);
        papers.setPadding(false);
        papers.add(Pdfs.link(getTranslation("dossier.receipt.print"), d.code() + ".pdf",
                () -> desk.receiptPdf(officeId, d.code())));
        return papers;
    }

    private VerticalLayout history(DossierView d) {
        Grid<DossierHistoryEntry> grid = new Grid<>();
        grid.addColumn(h -> DossierTexts.dayTime(h.at(), zone)).setHeader(getTranslation("dossier.history.at"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(h -> getTranslation("dossier.status." + h.status().name()))
                .setHeader(getTranslation("dossier.history.status")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(DossierHistoryEntry::byName).setHeader(getTranslation("dossier.history.by")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(DossierHistoryEntry::note).setHeader(getTranslation("dossier.history.note"));
        grid.setItems(d.history());
        grid.setAllRowsVisible(true);
        grid.addClassName("dossier-history");
        VerticalLayout history = new VerticalLayout(new H3(getTranslation("dossier.history")), grid);
        history.setPadding(false);
        return history;
    }

    /** Only the statuses the rules allow next are offered; a closed dossier offers none. */
    private VerticalLayout statusActions(DossierView d) {
        VerticalLayout part = new VerticalLayout(new H3(getTranslation("dossier.status.change")));
        part.setPadding(false);
        if (NextStatuses.after(d.status()).isEmpty()) {
            part.add(new Span(getTranslation("dossier.status.closed")));
            return part;
        }
        // the same fields serve every redraw: what was chosen for the last move must not linger
        nextStatus.clear();
        note.clear();
        nextStatus.setLabel(getTranslation("dossier.status.next"));
        nextStatus.setItems(NextStatuses.after(d.status()));
        nextStatus.setItemLabelGenerator(s -> getTranslation("dossier.status." + s.name()));
        nextStatus.setWidth("16rem");
        note.setLabel(getTranslation("dossier.status.note"));
        changeStatus = new Button(getTranslation("dossier.status.apply"), e -> changeStatus());
        HorizontalLayout row = new HorizontalLayout(nextStatus, note, changeStatus);
        row.setWidthFull();
        row.setFlexGrow(1, note);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        part.add(row);
        return part;
    }

    void changeStatus() {
        DossierStatus next = nextStatus.getValue();
        if (next == null) {
            nextStatus.setErrorMessage(getTranslation("dossier.status.required"));
            nextStatus.setInvalid(true);
            return;
        }
        act(() -> desk.changeStatus(officeId, dossier.code(), new DossierStatusChange(next, note.getValue().strip())));
    }

    private VerticalLayout apologyPart(DossierView d) {
        VerticalLayout part = new VerticalLayout(new H3(getTranslation("dossier.apology")));
        part.setPadding(false);
        apology = null;
        if (d.rescheduledDueAt() != null) {
            part.add(new Span(getTranslation("dossier.apology.issued", DossierTexts.dayTime(d.rescheduledDueAt()))),
                    Pdfs.link(getTranslation("dossier.apology.print"), d.code() + "-xin-loi.pdf",
                            () -> desk.apologyPdf(officeId, d.code())));
        } else if (NextStatuses.finished(d.status())) {
            part.add(new Span(getTranslation("dossier.apology.finished")));
        } else {
            apology = new ApologyForm(d.dueAt().toLocalDate(), request -> act(() -> desk.apologize(officeId, d.code(),
                    request)));
            part.add(apology);
        }
        return part;
    }

    /**
     * A refusal means this screen was behind the server (someone else moved the dossier): the dossier is read
     * again so that what is offered fits it.
     */
    private void act(Supplier<DossierView> call) {
        try {
            show(call.get());
        } catch (ApiException e) {
            Refusals.warn(getTranslation(DossierTexts.refusalKey(e)));
            if (!e.fieldErrors().isEmpty() && apology != null) {
                apology.showFieldErrors(e.fieldErrors());
                return;
            }
            reread();
        }
    }

    private void reread() {
        try {
            show(desk.dossier(officeId, dossier.code()));
        } catch (ApiException ignored) {
            // the refusal already shown says enough; the screen keeps what it last knew
        }
    }
}
