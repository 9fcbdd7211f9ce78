package vn.motcua.counter.dossier;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
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
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import vn.motcua.client.ApiException;
import vn.motcua.client.DossierApi;
import vn.motcua.client.FileApi;
import vn.motcua.client.api.DossierApplicant;
import vn.motcua.client.api.DossierHandover;
import vn.motcua.client.api.DossierHistoryEntry;
import vn.motcua.client.api.DossierStatus;
import vn.motcua.client.api.DossierStatusChange;
import vn.motcua.client.api.DossierView;
import vn.motcua.counter.shared.Refusals;
import vn.motcua.counter.shared.StaffSession;

/**
 * One dossier as the clerk needs it at the counter: who, what, when it is due and whether it is late, its
 * history, and the moves the rules allow from where it stands. Every move redraws from the server's answer.
 */
final class DossierDetails extends VerticalLayout {

    private static final Set<DossierStatus> WITH_SLIP =
            EnumSet.of(DossierStatus.SUPPLEMENT_REQUESTED, DossierStatus.REJECTED);

    private final DossierApi dossiers = StaffSession.api(DossierApi.class);
    private final FileApi files = StaffSession.api(FileApi.class);
    private final long officeId;
    private final ZoneId zone;
    private DossierView dossier;
    final Select<DossierStatus> nextStatus = new Select<>();
    final TextField note = new TextField();
    Button changeStatus;
    Button requestSupplement;
    Button refuse;
    SupplementDialog supplementDialog;
    RefusalDialog refusalDialog;
    ApologyForm apology;
    Button recordHandover;
    HandoverDialog handoverDialog;
    private List<DossierHandover> handovers = List.of();

    DossierDetails(long officeId, ZoneId zone, DossierView dossier) {
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
        Span status = new Span(
                getTranslation("dossier.status." + shown.status().name()) + " (" + shown.nationalStatusCode() + ")");
        status.getElement().getThemeList().add("badge");
        Span timeliness = new Span(
                getTranslation("dossier.timeliness." + shown.timeliness().name()));
        timeliness.addClassName("dossier-timeliness");
        timeliness
                .getElement()
                .getThemeList()
                .add(
                        switch (shown.timeliness()) {
                            case LATE -> "badge error";
                            case ON_TIME -> "badge success";
                            case RUNNING, NOT_COUNTED -> "badge contrast";
                        });
        HorizontalLayout heading = new HorizontalLayout(code, status, timeliness);
        heading.setAlignItems(FlexComponent.Alignment.CENTER);

        Span procedure = new Span(shown.procedureName());
        procedure.addClassName("dossier-procedure");
        add(
                heading,
                procedure,
                halves(facts(shown), papers(shown)),
                history(shown),
                handoverPart(shown),
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
        line(
                facts,
                "dossier.details.due",
                DossierTexts.dayTime(d.dueAt()) + " · " + getTranslation("dossier.details.days", d.processingDays()));
        if (d.rescheduledDueAt() != null) {
            line(facts, "dossier.details.rescheduled", DossierTexts.dayTime(d.rescheduledDueAt()));
        }
        line(
                facts,
                "dossier.delivery",
                getTranslation("dossier.delivery." + d.delivery().name()));
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
        d.documents()
                .forEach(doc -> list.add(new ListItem(getTranslation(
                        "dossier.details.document",
                        doc.name(),
                        getTranslation("dossier.form." + doc.form().name()),
                        doc.count()))));
        VerticalLayout papers = new VerticalLayout(new H3(getTranslation("dossier.documents")), list);
        papers.setPadding(false);
        papers.add(Pdfs.link(
                getTranslation("dossier.receipt.print"),
                d.code() + ".pdf",
                () -> files.dossierReceiptPdf(officeId, d.code())));
        if (d.status() == DossierStatus.SUPPLEMENT_REQUESTED) {
            papers.add(Pdfs.link(
                    getTranslation("dossier.supplement.print"),
                    d.code() + "-bo-sung.pdf",
                    () -> files.supplementRequestPdf(officeId, d.code())));
        } else if (d.status() == DossierStatus.REJECTED) {
            papers.add(Pdfs.link(
                    getTranslation("dossier.refusal.print"),
                    d.code() + "-tu-choi.pdf",
                    () -> files.refusalPdf(officeId, d.code())));
        } else if (d.status() == DossierStatus.STOPPED) {
            papers.add(Pdfs.link(
                    getTranslation("dossier.stop.print"),
                    d.code() + "-dung-giai-quyet.pdf",
                    () -> files.stopNoticePdf(officeId, d.code())));
        }
        return papers;
    }

    private VerticalLayout history(DossierView d) {
        Grid<DossierHistoryEntry> grid = new Grid<>();
        grid.addColumn(h -> DossierTexts.dayTime(h.at(), zone))
                .setHeader(getTranslation("dossier.history.at"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(h -> getTranslation("dossier.status." + h.status().name()))
                .setHeader(getTranslation("dossier.history.status"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(DossierHistoryEntry::byName)
                .setHeader(getTranslation("dossier.history.by"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(DossierHistoryEntry::note).setHeader(getTranslation("dossier.history.note"));
        grid.setItems(d.history());
        grid.setAllRowsVisible(true);
        grid.addClassName("dossier-history");
        VerticalLayout history = new VerticalLayout(new H3(getTranslation("dossier.history")), grid);
        history.setPadding(false);
        return history;
    }

    /**
     * Who held the dossier and when (desk → department or agency and officer → back to the desk), the control slip
     * printed from it, and a hand-over to record while the dossier is still open.
     */
    private VerticalLayout handoverPart(DossierView d) {
        try {
            handovers = dossiers.handovers(officeId, d.code());
        } catch (ApiException e) {
            Refusals.warn(getTranslation(DossierTexts.refusalKey(e)));
        }
        Grid<DossierHandover> grid = new Grid<>();
        grid.addColumn(h -> DossierTexts.dayTime(h.at(), zone))
                .setHeader(getTranslation("dossier.handover.at"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(h -> h.fromOfficer() + " · " + h.fromUnit()).setHeader(getTranslation("dossier.handover.from"));
        grid.addColumn(h -> h.toOfficer() + " · " + h.toUnit()).setHeader(getTranslation("dossier.handover.to"));
        grid.addColumn(DossierHandover::note).setHeader(getTranslation("dossier.handover.note"));
        grid.setItems(handovers);
        grid.setAllRowsVisible(true);
        grid.addClassName("dossier-handovers");
        VerticalLayout part = new VerticalLayout(new H3(getTranslation("dossier.handover")), grid);
        part.setPadding(false);
        HorizontalLayout actions = new HorizontalLayout();
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);
        recordHandover = null;
        if (!d.nextStatuses().isEmpty()) {
            recordHandover = new Button(getTranslation("dossier.handover.open"), e -> openHandover());
            actions.add(recordHandover);
        }
        actions.add(Pdfs.link(
                getTranslation("dossier.handover.print"),
                d.code() + "-kiem-soat.pdf",
                () -> files.controlSlipPdf(officeId, d.code())));
        part.add(actions);
        return part;
    }

    void openHandover() {
        handoverDialog = new HandoverDialog(
                LocalDateTime.now(zone),
                zone,
                handovers.isEmpty() ? null : handovers.getFirst().fromUnit(),
                request -> actIn(handoverDialog, handoverDialog::showServerError, () -> {
                    dossiers.recordHandover(officeId, dossier.code(), request);
                    return dossiers.dossier(officeId, dossier.code());
                }));
        handoverDialog.open();
    }

    /**
     * Only the moves the server's rules allow from here are offered (the server lists them with the dossier); a
     * closed dossier offers none. A supplement request and a refusal print a slip, so each has its own form.
     */
    private VerticalLayout statusActions(DossierView d) {
        VerticalLayout part = new VerticalLayout(new H3(getTranslation("dossier.status.change")));
        part.setPadding(false);
        changeStatus = null;
        if (d.nextStatuses().isEmpty()) {
            part.add(new Span(getTranslation("dossier.status.closed")));
            return part;
        }
        List<DossierStatus> plainMoves =
                d.nextStatuses().stream().filter(s -> !WITH_SLIP.contains(s)).toList();
        if (!plainMoves.isEmpty()) {
            // the same fields serve every redraw: what was chosen for the last move must not linger
            nextStatus.clear();
            note.clear();
            nextStatus.setLabel(getTranslation("dossier.status.next"));
            nextStatus.setItems(plainMoves);
            nextStatus.setItemLabelGenerator(s -> getTranslation("dossier.status." + s.name()));
            nextStatus.setWidth("16rem");
            note.setLabel(getTranslation("dossier.status.note"));
            changeStatus = new Button(getTranslation("dossier.status.apply"), e -> changeStatus());
            HorizontalLayout row = new HorizontalLayout(nextStatus, note, changeStatus);
            row.setWidthFull();
            row.setFlexGrow(1, note);
            row.setAlignItems(FlexComponent.Alignment.BASELINE);
            part.add(row);
        }
        HorizontalLayout slips = new HorizontalLayout();
        if (d.nextStatuses().contains(DossierStatus.SUPPLEMENT_REQUESTED)) {
            requestSupplement = new Button(getTranslation("dossier.supplement.open"), e -> openSupplement());
            slips.add(requestSupplement);
        }
        if (d.nextStatuses().contains(DossierStatus.REJECTED)) {
            refuse = new Button(getTranslation("dossier.refusal.open"), e -> openRefusal());
            refuse.addThemeVariants(ButtonVariant.LUMO_ERROR);
            slips.add(refuse);
        }
        part.add(slips);
        return part;
    }

    void openSupplement() {
        supplementDialog = new SupplementDialog(
                LocalDate.now(zone),
                request -> actIn(
                        supplementDialog,
                        supplementDialog::showServerError,
                        () -> dossiers.requestSupplement(officeId, dossier.code(), request)));
        supplementDialog.open();
    }

    void openRefusal() {
        refusalDialog = new RefusalDialog(request ->
                actIn(refusalDialog, field -> {}, () -> dossiers.refuseDossier(officeId, dossier.code(), request)));
        refusalDialog.open();
    }

    /**
     * Like {@link #act} for a move made in a dialog: the dialog closes on success; it stays open with what was
     * typed when the server is out of reach or names a field, and closes to a fresh read when the dossier moved on.
     */
    private void actIn(Dialog dialog, Consumer<String> onFieldError, Supplier<DossierView> call) {
        try {
            DossierView moved = call.get();
            dialog.close();
            show(moved);
        } catch (ApiException e) {
            Refusals.warn(getTranslation(DossierTexts.refusalKey(e)));
            if (e.unreachable()) {
                return;
            }
            if (!e.fieldErrors().isEmpty()) {
                e.fieldErrors().forEach(error -> onFieldError.accept(String.valueOf(error.get("field"))));
                return;
            }
            dialog.close();
            reread();
        }
    }

    void changeStatus() {
        DossierStatus next = nextStatus.getValue();
        if (next == null) {
            nextStatus.setErrorMessage(getTranslation("dossier.status.required"));
            nextStatus.setInvalid(true);
            return;
        }
        // the stop notice prints the note as the reason, so a stop without one is refused here as on the server
        if (next == DossierStatus.STOPPED && note.getValue().isBlank()) {
            note.setErrorMessage(getTranslation("dossier.stop.reasonRequired"));
            note.setInvalid(true);
            return;
        }
        note.setInvalid(false);
        act(() -> dossiers.changeDossierStatus(
                officeId,
                dossier.code(),
                new DossierStatusChange(next, note.getValue().strip())));
    }

    private VerticalLayout apologyPart(DossierView d) {
        VerticalLayout part = new VerticalLayout(new H3(getTranslation("dossier.apology")));
        part.setPadding(false);
        apology = null;
        if (d.rescheduledDueAt() != null) {
            part.add(
                    new Span(getTranslation("dossier.apology.issued", DossierTexts.dayTime(d.rescheduledDueAt()))),
                    Pdfs.link(
                            getTranslation("dossier.apology.print"),
                            d.code() + "-xin-loi.pdf",
                            () -> files.dossierApologyPdf(officeId, d.code())));
        } else if (d.apologyLastDay() == null) {
            part.add(new Span(getTranslation("dossier.apology.finished")));
        } else {
            apology = new ApologyForm(
                    d.dueAt().toLocalDate(),
                    d.apologyLastDay(),
                    request -> act(() -> dossiers.apologize(officeId, d.code(), request)));
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
            show(dossiers.dossier(officeId, dossier.code()));
        } catch (ApiException ignored) {
            // the refusal already shown says enough; the screen keeps what it last knew
        }
    }
}
