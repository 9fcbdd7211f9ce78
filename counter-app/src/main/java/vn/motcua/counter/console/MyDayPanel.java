package vn.motcua.counter.console;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import java.util.function.Supplier;
import vn.motcua.client.ApiException;
import vn.motcua.client.api.MyDay;
import vn.motcua.client.api.RatingLevel;

/**
 * "Hôm nay của tôi": the clerk's own figures for today. They are a comfort, not a tool: when they cannot be
 * read the panel steps aside without a word, rather than alarm the clerk while the queue itself works.
 */
class MyDayPanel extends Div {

    private final Supplier<MyDay> source;
    private final Span served = value("my-day-served");
    private final Span service = value("my-day-service");
    private final Span wait = value("my-day-wait");
    private final Div ratings = new Div();

    MyDayPanel(Supplier<MyDay> source) {
        this.source = source;
        setId("my-day");
        addClassName("my-day");
        ratings.addClassName("my-day-ratings");
        add(
                new H3(getTranslation("myDay.title")),
                figure("myDay.served", served),
                figure("myDay.service", service),
                figure("myDay.wait", wait),
                ratings);
        setVisible(false);
        addAttachListener(e -> reload());
    }

    void reload() {
        MyDay day;
        try {
            day = source.get();
        } catch (ApiException e) {
            setVisible(false);
            return;
        }
        served.setText(String.valueOf(day.served()));
        service.setText(minutes(day, day.averageServiceMinutes()));
        wait.setText(minutes(day, day.averageWaitMinutes()));
        ratings.removeAll();
        for (RatingLevel level : RatingLevel.values()) {
            Span count = value("my-day-rating-" + level.name());
            count.setText(
                    String.valueOf(day.ratings() == null ? 0 : day.ratings().getOrDefault(level, 0L)));
            ratings.add(figure("head.review.level." + level.name(), count));
        }
        setVisible(true);
    }

    /** An average over nobody served is no figure at all. */
    private String minutes(MyDay day, double average) {
        return day.served() == 0 ? getTranslation("myDay.none") : getTranslation("myDay.minutes", average);
    }

    private Div figure(String labelKey, Span value) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("my-day-label");
        Div line = new Div(label, value);
        line.addClassName("my-day-figure");
        return line;
    }

    private static Span value(String id) {
        Span value = new Span();
        value.setId(id);
        value.addClassName("my-day-value");
        return value;
    }
}
