package vn.motcua.counter.shared;

import com.vaadin.flow.component.datepicker.DatePicker;
import java.util.Arrays;
import java.util.List;

/** Date pickers as Vietnamese offices write dates: dd/MM/yyyy, weeks from Monday, names in the clerk's language. */
public final class DatePickers {

    private DatePickers() {}

    public static void localize(DatePicker picker) {
        picker.setI18n(new DatePicker.DatePickerI18n()
                .setMonthNames(list(picker, "datePicker.months"))
                .setWeekdays(list(picker, "datePicker.weekdays"))
                .setWeekdaysShort(list(picker, "datePicker.weekdaysShort"))
                .setToday(picker.getTranslation("datePicker.today"))
                .setCancel(picker.getTranslation("datePicker.cancel"))
                .setFirstDayOfWeek(1)
                .setDateFormat("dd/MM/yyyy"));
    }

    private static List<String> list(DatePicker picker, String key) {
        return Arrays.asList(picker.getTranslation(key).split(","));
    }
}
