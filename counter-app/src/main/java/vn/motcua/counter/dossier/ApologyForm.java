package vn.motcua.counter.dossier;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;

import vn.motcua.client.api.DossierApologyRequest;

/**
 * The apology slip (Mẫu 04): why the dossier will be late and the one new date it is promised for. Whether it
 * is still in time (one working day before the due date) is the server's call, with its working calendar.
 */
final class ApologyForm extends VerticalLayout {

    private static final int REASON_MAX = 1000;

    final TextArea reason = new TextArea();
    final DatePicker newDueDate = new DatePicker();
    final Button issue;
    private final Binder<Object> binder = new Binder<>();

    ApologyForm(LocalDate dueDay, Consumer<DossierApologyRequest> onIssue) {
        setPadding(false);
        addClassName("dossier-apology");
        reason.setLabel(getTranslation("dossier.apology.reason"));
        reason.setWidthFull();
        reason.setMaxLength(REASON_MAX);
        newDueDate.setLabel(getTranslation("dossier.apology.newDueDate"));
        newDueDate.setInitialPosition(dueDay.plusDays(1));
        newDueDate.setI18n(i18n());
        binder.forField(reason).asRequired(getTranslation("dossier.apology.reasonRequired"))
                .bind(o -> reason.getValue(), (o, v) -> { });
        binder.forField(newDueDate).asRequired(getTranslation("dossier.apology.newDueDateRequired"))
                .withValidator(d -> d.isAfter(dueDay), getTranslation("dossier.apology.newDueDateAfter",
                        DossierTexts.day(dueDay)))
                .bind(o -> newDueDate.getValue(), (o, v) -> { });
        issue = new Button(getTranslation("dossier.apology.issue"), e -> {
            if (binder.validate().isOk()) {
                onIssue.accept(new DossierApologyRequest(reason.getValue().strip(), newDueDate.getValue(), null, null));
            }
        });
        HorizontalLayout row = new HorizontalLayout(newDueDate, issue);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(reason, row);
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

    /** Day and month names in the clerk's language, and dates written dd/MM/yyyy as Vietnamese offices do. */
    private DatePicker.DatePickerI18n i18n() {
        Locale locale = getLocale();
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n();
        i18n.setDateFormat("dd/MM/yyyy");
        i18n.setFirstDayOfWeek(1);
        i18n.setMonthNames(Arrays.stream(Month.values()).map(m -> m.getDisplayName(TextStyle.FULL_STANDALONE, locale))
                .toList());
        List<DayOfWeek> sundayFirst = List.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
                DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);
        i18n.setWeekdays(sundayFirst.stream().map(d -> d.getDisplayName(TextStyle.FULL, locale)).toList());
        i18n.setWeekdaysShort(sundayFirst.stream().map(d -> d.getDisplayName(TextStyle.SHORT, locale)).toList());
        i18n.setToday(getTranslation("dossier.date.today"));
        i18n.setCancel(getTranslation("dialog.cancel"));
        return i18n;
    }
}
