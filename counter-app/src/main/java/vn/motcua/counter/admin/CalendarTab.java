package vn.motcua.counter.admin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Map;
import vn.motcua.client.ApiException;
import vn.motcua.client.CalendarApi;
import vn.motcua.client.api.CalendarAdjustmentView;
import vn.motcua.client.api.CalendarDay;
import vn.motcua.client.api.CalendarImportResult;
import vn.motcua.counter.shared.DatePickers;
import vn.motcua.counter.shared.Refusals;
import vn.motcua.counter.shared.StaffSession;

/**
 * The working calendar shared by every office of the installation: the year's holidays and compensatory days,
 * which the server computes from the Labour Code, and the government's decisions for the year (a day off moved,
 * a Saturday worked in exchange, an extra day off), which an admin records here one by one or from a CSV file.
 * Due dates are counted on it. Read only when its tab is opened, since most visits to administration are not
 * about the calendar.
 */
class CalendarTab extends VerticalLayout {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    final IntegerField year = new IntegerField();
    final Grid<CalendarDay> days = new Grid<>();
    final Button remove = new Button();
    final DatePicker day = new DatePicker();
    final Select<CalendarAdjustmentView.Kind> kind = new Select<>();
    final TextField note = new TextField();
    final Button add = new Button();
    final TextArea csv = new TextArea();
    final Button importFile = new Button();
    private final AdminView admin;

    CalendarTab(AdminView admin) {
        this.admin = admin;
        addClassName("admin-calendar");
        setWidth("60rem");
        year.setLabel(getTranslation("admin.calendar.year"));
        year.setStepButtonsVisible(true);
        year.setMin(1900);
        year.setMax(2199);
        year.setValue(LocalDate.now(admin.zone()).getYear());
        year.addValueChangeListener(e -> reload());

        days.addColumn(d -> DAY.format(d.day()) + " ("
                        + d.day().getDayOfWeek().getDisplayName(TextStyle.FULL, getLocale()) + ")")
                .setHeader(getTranslation("admin.calendar.day"))
                .setAutoWidth(true);
        days.addColumn(d -> getTranslation(d.working() ? "admin.calendar.working" : "admin.calendar.off"))
                .setHeader(getTranslation("admin.calendar.status"))
                .setAutoWidth(true);
        days.addColumn(d -> getTranslation("admin.calendar.reason." + d.reason()))
                .setHeader(getTranslation("admin.calendar.reason"))
                .setAutoWidth(true);
        days.addColumn(CalendarDay::name)
                .setHeader(getTranslation("admin.calendar.name"))
                .setFlexGrow(1);
        days.setAllRowsVisible(true);
        days.addSelectionListener(e -> remove.setEnabled(
                e.getFirstSelectedItem().filter(CalendarTab::decided).isPresent()));
        remove.setText(getTranslation("admin.calendar.remove"));
        remove.setEnabled(false);
        remove.addClickListener(
                e -> days.getSelectedItems().stream().findFirst().ifPresent(this::remove));

        day.setLabel(getTranslation("admin.calendar.day"));
        DatePickers.localize(day);
        kind.setLabel(getTranslation("admin.calendar.kind"));
        kind.setItems(CalendarAdjustmentView.Kind.values());
        kind.setItemLabelGenerator(k -> getTranslation("admin.calendar.kind." + k));
        note.setLabel(getTranslation("admin.calendar.note"));
        note.setHelperText(getTranslation("admin.calendar.note.help"));
        note.setMaxLength(500);
        note.setWidth("24rem");
        add.setText(getTranslation("admin.calendar.add"));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(e -> add());
        HorizontalLayout form = new HorizontalLayout(day, kind, note, add);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);

        csv.setLabel(getTranslation("admin.calendar.import"));
        csv.setHelperText(getTranslation("admin.calendar.import.help"));
        csv.setWidthFull();
        importFile.setText(getTranslation("admin.calendar.import.button"));
        importFile.addClickListener(e -> importCsv());

        add(
                new H3(getTranslation("admin.calendar.title")),
                new Paragraph(getTranslation("admin.calendar.intro")),
                year,
                days,
                remove,
                new H3(getTranslation("admin.calendar.decision")),
                form,
                csv,
                importFile);
    }

    void reload() {
        if (year.getValue() == null || year.isInvalid()) {
            return;
        }
        try {
            days.setItems(desk().calendarYear(year.getValue(), false));
        } catch (ApiException e) {
            Refusals.show(e);
        }
    }

    private void add() {
        day.setInvalid(false);
        kind.setInvalid(false);
        note.setInvalid(false);
        if (day.getValue() == null || kind.getValue() == null || note.getValue().isBlank()) {
            day.setInvalid(day.getValue() == null);
            day.setErrorMessage(getTranslation("admin.calendar.server.day"));
            kind.setInvalid(kind.getValue() == null);
            kind.setErrorMessage(getTranslation("admin.calendar.server.kind"));
            note.setInvalid(note.getValue().isBlank());
            note.setErrorMessage(getTranslation("admin.calendar.server.note"));
            return;
        }
        try {
            desk().addCalendarAdjustment(new CalendarAdjustmentView(
                    day.getValue(), kind.getValue(), note.getValue().strip()));
            admin.confirm(getTranslation("admin.calendar.added", DAY.format(day.getValue())));
            showYearOf(day.getValue());
            note.clear();
        } catch (ApiException e) {
            ServerErrors.show(e, "admin.calendar.server.", Map.of("day", day, "kind", kind, "note", note));
        }
    }

    private void remove(CalendarDay decided) {
        try {
            desk().removeCalendarAdjustment(decided.day());
            admin.confirm(getTranslation("admin.calendar.removed", DAY.format(decided.day())));
            reload();
        } catch (ApiException e) {
            Refusals.show(e);
        }
    }

    private void importCsv() {
        csv.setInvalid(false);
        try {
            CalendarImportResult result = desk().importCalendarAdjustments(csv.getValue());
            admin.confirm(getTranslation("admin.calendar.imported", result.added(), result.unchanged()));
            csv.clear();
            reload();
        } catch (ApiException e) {
            if (e.status() == 400) {
                List<String> lines = e.fieldErrors().stream()
                        .map(m -> m.get("line"))
                        .distinct()
                        .toList();
                csv.setErrorMessage(getTranslation("admin.calendar.import.invalid", String.join(", ", lines)));
                csv.setInvalid(true);
            } else {
                Refusals.show(e);
            }
        }
    }

    private void showYearOf(LocalDate shown) {
        if (year.getValue() != null && year.getValue() == shown.getYear()) {
            reload();
        } else {
            year.setValue(shown.getYear());
        }
    }

    private static boolean decided(CalendarDay d) {
        return d.reason() == CalendarDay.Reason.DECIDED_DAY_OFF || d.reason() == CalendarDay.Reason.DECIDED_WORKING_DAY;
    }

    /** The session's signed-in client's calendar; a view test installs a fake in its place. */
    private static CalendarApi desk() {
        return StaffSession.api(CalendarApi.class);
    }
}
