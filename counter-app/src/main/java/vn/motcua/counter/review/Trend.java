package vn.motcua.counter.review;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.format.DateTimeFormatter;
import java.util.List;
import vn.motcua.client.api.RatingLevel;
import vn.motcua.client.api.RatingSummary;

/**
 * Ratings day by day as stacked columns of Divs (heights in percent of the busiest day), one colour per level;
 * each column's tooltip spells the counts out for those who cannot tell the colours apart.
 */
class Trend extends Div {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM");

    Trend(List<RatingSummary.Day> days, Labels labels) {
        addClassName("trend");
        long busiest = days.stream().mapToLong(Trend::total).max().orElse(0);
        for (RatingSummary.Day day : days) {
            Div stack = new Div();
            stack.addClassName("trend-stack");
            long total = total(day);
            stack.setHeight(busiest == 0 ? "0" : Bars.percent(total, busiest));
            StringBuilder title = new StringBuilder(day.day().format(DAY)).append(':');
            for (RatingLevel level : RatingLevel.values()) {
                long count = day.byLevel().getOrDefault(level, 0L);
                title.append(' ')
                        .append(labels.level(level))
                        .append(' ')
                        .append(count)
                        .append(';');
                if (count > 0) {
                    Div part = new Div();
                    part.addClassNames("trend-part", ReviewView.colour(level));
                    part.setHeight(Bars.percent(count, total));
                    stack.add(part);
                }
            }
            stack.getElement().setAttribute("title", title.toString());
            Div plot = new Div(stack);
            plot.addClassName("trend-plot");
            Span label = new Span(day.day().format(DAY));
            label.addClassName("trend-day");
            Div column = new Div(plot, label);
            column.addClassName("trend-column");
            add(column);
        }
    }

    private static long total(RatingSummary.Day day) {
        return day.byLevel().values().stream().mapToLong(Long::longValue).sum();
    }

    /** The level names as the view translates them. */
    interface Labels {
        String level(RatingLevel level);
    }
}
