package vn.motcua.counter.dossier;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import vn.motcua.client.api.DossierApologyRequest;
import vn.motcua.counter.shared.DatePickers;

/**
 * The apology slip (Mẫu 04): why the dossier will be late and the one new date it is promised for. Whether it
 * is still in time (by the working day before the due date) is the server's call, with its working calendar; one
 * issued later is still accepted and recorded as late, so the form stays open after its last day.
 */
final class ApologyForm extends VerticalLayout {

    private static final int REASON_MAX = 1000;

    final TextArea reason = new TextArea();
    final DatePicker newDueDate = new DatePicker();
    final Button issue;
    private final Binder<Object> binder = new Binder<>();

    ApologyForm(LocalDate dueDay, LocalDate lastDay, Consumer<DossierApologyRequest> onIssue) {
        setPadding(false);
        addClassName("dossier-apology");
        // the server decides with its working calendar; the clerk sees the same limit before trying
        Span limit = new Span(getTranslation("dossier.apology.lastDay", DossierTexts.day(lastDay)));
        limit.addClassName("dossier-apology-limit");
        reason.setLabel(getTranslation("dossier.apology.reason"));
        reason.setWidthFull();
        reason.setMaxLength(REASON_MAX);
        newDueDate.setLabel(getTranslation("dossier.apology.newDueDate"));
        newDueDate.setInitialPosition(dueDay.plusDays(1));
        DatePickers.localize(newDueDate);
        binder.forField(reason)
                .asRequired(getTranslation("dossier.apology.reasonRequired"))
                .bind(o -> reason.getValue(), (o, v) -> {});
        binder.forField(newDueDate)
                .asRequired(getTranslation("dossier.apology.newDueDateRequired"))
                .withValidator(
                        d -> d.isAfter(dueDay),
                        getTranslation("dossier.apology.newDueDateAfter", DossierTexts.day(dueDay)))
                .bind(o -> newDueDate.getValue(), (o, v) -> {});
        issue = new Button(getTranslation("dossier.apology.issue"), e -> {
            if (binder.validate().isOk()) {
                onIssue.accept(new DossierApologyRequest(reason.getValue().strip(), newDueDate.getValue()));
            }
        });
        HorizontalLayout row = new HorizontalLayout(newDueDate, issue);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(limit, reason, row);
    }

    void showFieldErrors(List<Map<String, String>> errors) {
        errors.forEach(error -> {
            if ("reason".equals(error.get("field"))) {
                reason.setErrorMessage(getTranslation("dossier.server.reason"));
                reason.setInvalid(true);
            } else if ("newDueDate".equals(error.get("field"))) {
                newDueDate.setErrorMessage(getTranslation("dossier.server.newDueDate"));
                newDueDate.setInvalid(true);
            }
        });
    }
}
