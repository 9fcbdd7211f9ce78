package vn.motcua.counter.dossier;

import com.vaadin.flow.component.datepicker.DatePicker;
import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Date pickers as Vietnamese offices write dates: dd/MM/yyyy, weeks from Monday, names in the clerk's language. */
final class DatePickers {

    private DatePickers() {}

    static void localize(DatePicker picker) {
        Locale locale = picker.getLocale();
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n();
        i18n.setDateFormat("dd/MM/yyyy");
        i18n.setFirstDayOfWeek(1);
        i18n.setMonthNames(Arrays.stream(Month.values())
                .map(m -> m.getDisplayName(TextStyle.FULL_STANDALONE, locale))
                .toList());
        List<DayOfWeek> sundayFirst = List.of(
                DayOfWeek.SUNDAY,
                DayOfWeek.MONDAY,
                DayOfWeek.TUESDAY,
                DayOfWeek.WEDNESDAY,
                DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY,
                DayOfWeek.SATURDAY);
        i18n.setWeekdays(sundayFirst.stream()
                .map(d -> d.getDisplayName(TextStyle.FULL, locale))
                .toList());
        i18n.setWeekdaysShort(sundayFirst.stream()
                .map(d -> d.getDisplayName(TextStyle.SHORT, locale))
                .toList());
        i18n.setToday(picker.getTranslation("dossier.date.today"));
        i18n.setCancel(picker.getTranslation("dialog.cancel"));
        picker.setI18n(i18n);
    }
}
