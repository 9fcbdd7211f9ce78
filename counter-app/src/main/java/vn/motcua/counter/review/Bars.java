package vn.motcua.counter.review;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Locale;

/**
 * A horizontal bar chart made of plain Divs, widths in percent of the largest value: stock components only,
 * and the labels stay ordinary text, so nothing a person typed ever reaches markup.
 */
class Bars extends Div {

    record Bar(String label, long value, String shown, String colourClass) {}

    Bars(List<Bar> bars) {
        addClassName("bars");
        long largest = bars.stream().mapToLong(Bar::value).max().orElse(0);
        for (Bar bar : bars) {
            Span label = new Span(bar.label());
            label.addClassName("bar-label");
            Div track = new Div();
            track.addClassName("bar-track");
            if (bar.value() > 0) {
                Div fill = new Div();
                fill.addClassNames("bar-fill", bar.colourClass());
                fill.setWidth(percent(bar.value(), largest));
                track.add(fill);
            }
            Span value = new Span(bar.shown());
            value.addClassName("bar-value");
            Div row = new Div(label, track, value);
            row.addClassName("bar-row");
            add(row);
        }
    }

    static String percent(long part, long whole) {
        return String.format(Locale.ROOT, "%.2f%%", 100.0 * part / whole);
    }
}
