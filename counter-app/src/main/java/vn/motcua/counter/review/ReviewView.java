package vn.motcua.counter.review;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.dataview.GridListDataView;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.motcua.client.ApiException;
import vn.motcua.client.RatingApi;
import vn.motcua.client.ReportApi;
import vn.motcua.client.api.CounterView;
import vn.motcua.client.api.OfficeView;
import vn.motcua.client.api.RatingLevel;
import vn.motcua.client.api.RatingSummary;
import vn.motcua.client.api.RatingView;
import vn.motcua.client.api.ServiceAreaView;
import vn.motcua.client.api.ServiceTimes;
import vn.motcua.client.api.StaffDossierWork;
import vn.motcua.counter.shared.DatePickers;
import vn.motcua.counter.shared.Refusals;
import vn.motcua.counter.shared.Routes;
import vn.motcua.counter.shared.StaffSession;
import vn.motcua.counter.shared.TopBar;

/**
 * The department head's review of a period: how satisfied citizens were (levels, reasons, day by day), how
 * long they waited and were served, each clerk's throughput, and every single rating with its comment.
 * Clicking a level narrows the list of ratings to it.
 */
@RolesAllowed({"HEAD", "ADMIN"})
@Route(Routes.REVIEW)
public class ReviewView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final ComboBox<ServiceAreaView> area = new ComboBox<>();
    private final ComboBox<CounterView> counter = new ComboBox<>();
    private final ComboBox<Long> clerk = new ComboBox<>();
    private final Paragraph empty = new Paragraph();
    private final Div levels = new Div();
    private final Div reasons = new Div();
    private final Div trend = new Div();
    private final Div satisfaction = new Div();
    private final Div waiting = new Div();
    private final Div service = new Div();
    private final Grid<ClerkRow> clerks = new Grid<>();
    private final Grid<RatingView> ratings = new Grid<>();
    private final Div ratingsPart = new Div();
    private final Span drill = new Span();
    /** Every clerk seen in the period's figures, so that the filter keeps a clerk chosen earlier. */
    private final Map<Long, String> clerkNames = new LinkedHashMap<>();

    private StaffSession staff;
    private OfficeView office;
    private ZoneId zone;
    private RatingLevel drilledLevel;
    private boolean settingFilters;

    public ReviewView() {
        addClassName("review");
        setSizeFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        StaffSession.placed(event, false).ifPresent(s -> {
            if (staff == null) {
                build(s);
            }
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("head.review.title");
    }

    static String colour(RatingLevel level) {
        return "level-" + level.name().toLowerCase().replace('_', '-');
    }

    private void build(StaffSession s) {
        staff = s;
        office = s.office();
        zone = office.timeZone() == null ? ZoneId.of("Asia/Ho_Chi_Minh") : ZoneId.of(office.timeZone());
        LocalDate today = LocalDate.now(zone);
        settingFilters = true;
        setUpFilters(today);
        settingFilters = false;

        empty.setText(getTranslation("head.review.empty"));
        empty.addClassName("review-empty");
        levels.addClassName("level-tiles");
        drill.addClassName("review-drill");
        setUpGrids();

        Div reasonsCard = card("head.review.reasons", reasons);
        Div trendCard = card("head.review.trend", legend(), trend);
        Div charts = new Div(reasonsCard, trendCard);
        charts.addClassName("review-row");
        satisfaction.add(levels, charts);

        Div times = new Div(card("head.review.waiting", waiting), card("head.review.service", service));
        times.addClassName("review-row");
        Paragraph timesNote = new Paragraph(getTranslation("head.review.timesNote"));
        timesNote.addClassName("review-note");

        ratingsPart.add(new H3(getTranslation("head.review.ratings")), drill, ratings);

        HorizontalLayout filters = new HorizontalLayout(from, to, area, counter, clerk);
        filters.addClassName("review-filters");
        filters.setAlignItems(Alignment.BASELINE);
        add(
                new TopBar(getTranslation("head.review.title"), office.name(), staff),
                filters,
                new H2(getTranslation("head.review.satisfaction")),
                empty,
                satisfaction,
                new H2(getTranslation("head.review.times")),
                timesNote,
                times,
                card("head.review.clerks", clerks),
                ratingsPart);
        reload();
    }

    private void setUpFilters(LocalDate today) {
        for (DatePicker picker : List.of(from, to)) {
            DatePickers.localize(picker);
            picker.setMax(today);
            picker.addValueChangeListener(e -> reload());
        }
        from.setLabel(getTranslation("head.review.from"));
        to.setLabel(getTranslation("head.review.to"));
        from.setValue(today.withDayOfMonth(1));
        to.setValue(today);

        area.setLabel(getTranslation("head.review.area"));
        area.setPlaceholder(getTranslation("head.review.all"));
        area.setItems(office.areas().stream()
                .sorted(Comparator.comparing(ServiceAreaView::prefix))
                .toList());
        area.setItemLabelGenerator(a -> a.prefix() + " · " + a.name());
        counter.setLabel(getTranslation("head.review.counter"));
        counter.setPlaceholder(getTranslation("head.review.all"));
        counter.setItems(office.counters().stream()
                .sorted(Comparator.comparingInt(CounterView::number))
                .toList());
        counter.setItemLabelGenerator(CounterView::name);
        clerk.setLabel(getTranslation("head.review.clerk"));
        clerk.setPlaceholder(getTranslation("head.review.all"));
        clerk.setItemLabelGenerator(id -> clerkNames.getOrDefault(id, "#" + id));
        for (ComboBox<?> box : List.of(area, counter, clerk)) {
            box.setClearButtonVisible(true);
            box.setWidth("16rem");
            box.addValueChangeListener(e -> reload());
        }
    }

    private void setUpGrids() {
        clerks.addClassName("clerk-figures");
        clerks.addColumn(ClerkRow::name)
                .setHeader(getTranslation("head.review.clerk"))
                .setFlexGrow(2);
        clerks.addColumn(ClerkRow::served).setHeader(getTranslation("head.review.served"));
        clerks.addColumn(c -> c.served() == 0 ? "" : minutes(c.averageServiceMinutes()))
                .setHeader(getTranslation("head.review.avgService"));
        clerks.addColumn(c -> c.served() == 0 ? "" : minutes(c.averageWaitMinutes()))
                .setHeader(getTranslation("head.review.avgWait"));
        clerks.addColumn(ClerkRow::received).setHeader(getTranslation("head.review.dossiersReceived"));
        clerks.addColumn(ClerkRow::handled).setHeader(getTranslation("head.review.dossiersHandled"));
        clerks.addColumn(ClerkRow::returned).setHeader(getTranslation("head.review.dossiersReturned"));
        clerks.setAllRowsVisible(true);

        Map<Long, String> counterNames =
                office.counters().stream().collect(Collectors.toMap(CounterView::id, CounterView::name));
        Map<Long, ServiceAreaView> areas =
                office.areas().stream().collect(Collectors.toMap(ServiceAreaView::id, Function.identity()));
        ratings.addClassName("ratings");
        ratings.addColumn(r -> AT.format(r.at().atZone(zone)))
                .setHeader(getTranslation("head.review.at"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        ratings.addColumn(RatingView::ticketCode)
                .setHeader(getTranslation("head.review.ticket"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        ratings.addColumn(r -> counterNames.getOrDefault(r.counterId(), ""))
                .setHeader(getTranslation("head.review.counter"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        ratings.addColumn(r ->
                        areas.containsKey(r.areaId()) ? areas.get(r.areaId()).name() : "")
                .setHeader(getTranslation("head.review.area"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        ratings.addColumn(r -> r.clerkId() == null ? "" : clerkNames.getOrDefault(r.clerkId(), ""))
                .setHeader(getTranslation("head.review.clerk"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        ratings.addColumn(r -> level(r.level()))
                .setHeader(getTranslation("head.review.level"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        ratings.addColumn(r -> r.reasons() == null
                        ? ""
                        : r.reasons().stream().map(this::reason).collect(Collectors.joining(", ")))
                .setHeader(getTranslation("head.review.reason"))
                .setFlexGrow(1);
        ratings.addColumn(r -> r.comment() == null ? "" : r.comment())
                .setHeader(getTranslation("head.review.comment"))
                .setFlexGrow(2);
        ratings.setPartNameGenerator(r -> r.level() == RatingLevel.DISSATISFIED ? "dissatisfied" : null);
        ratings.setHeight("28rem");
    }

    private void reload() {
        if (settingFilters) {
            return;
        }
        LocalDate start = from.getValue();
        LocalDate end = to.getValue();
        if (start == null || end == null || end.isBefore(start)) {
            to.setInvalid(true);
            to.setErrorMessage(getTranslation("head.review.badPeriod"));
            return;
        }
        to.setInvalid(false);
        Long areaId = area.getValue() == null ? null : area.getValue().id();
        Long counterId = counter.getValue() == null ? null : counter.getValue().id();
        Long clerkId = clerk.getValue();
        try {
            ReportApi reports = StaffSession.api(ReportApi.class);
            RatingApi ratings = StaffSession.api(RatingApi.class);
            ServiceTimes times = reports.serviceTimes(office.id(), start, end, areaId);
            List<StaffDossierWork> work = reports.dossierWork(office.id(), start, end, areaId);
            RatingSummary summary = ratings.ratingSummary(office.id(), start, end, areaId, counterId, clerkId);
            List<RatingView> list = summary.total() == 0
                    ? List.of()
                    : ratings.ratings(office.id(), start, end, areaId, counterId, clerkId);
            List<ClerkRow> rows = ClerkRow.of(times.clerks(), work);
            learnClerks(rows);
            showSatisfaction(summary, list);
            showTimes(times, rows);
        } catch (ApiException e) {
            Refusals.show(e);
        }
    }

    private void learnClerks(List<ClerkRow> figures) {
        int known = clerkNames.size();
        figures.forEach(c -> clerkNames.put(c.clerkId(), c.name()));
        if (clerkNames.size() != known) {
            Long chosen = clerk.getValue();
            settingFilters = true;
            clerk.setItems(new ArrayList<>(clerkNames.keySet()));
            clerk.setValue(chosen);
            settingFilters = false;
        }
    }

    private void showSatisfaction(RatingSummary summary, List<RatingView> list) {
        boolean any = summary.total() > 0;
        empty.setVisible(!any);
        satisfaction.setVisible(any);
        ratingsPart.setVisible(any);
        levels.removeAll();
        reasons.removeAll();
        trend.removeAll();
        drilledLevel = null;
        GridListDataView<RatingView> view = ratings.setItems(list);
        drill.setText(getTranslation("head.review.drillAll", summary.total()));
        if (!any) {
            return;
        }
        for (RatingLevel level : RatingLevel.values()) {
            long count = summary.byLevel().getOrDefault(level, 0L);
            Span number = new Span(String.valueOf(count));
            number.addClassName("level-count");
            Span share = new Span(getTranslation("head.review.share", summary.share(level) * 100));
            share.addClassName("level-share");
            Span name = new Span(level(level));
            name.addClassName("level-name");
            Div tile = new Div(number, share, name);
            tile.addClassNames("level-tile", colour(level));
            tile.addClickListener(e -> {
                drilledLevel = drilledLevel == level ? null : level;
                view.setFilter(r -> drilledLevel == null || r.level() == drilledLevel);
                levels.getChildren().forEach(c -> c.removeClassName("chosen"));
                if (drilledLevel != null) {
                    tile.addClassName("chosen");
                }
                drill.setText(
                        drilledLevel == null
                                ? getTranslation("head.review.drillAll", summary.total())
                                : getTranslation("head.review.drillLevel", level(drilledLevel), count));
            });
            tile.getElement().setAttribute("title", getTranslation("head.review.drillHint"));
            levels.add(tile);
        }
        List<Bars.Bar> reasonBars = summary.byReason().entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .map(e -> new Bars.Bar(reason(e.getKey()), e.getValue(), String.valueOf(e.getValue()), "reason"))
                .toList();
        if (reasonBars.isEmpty()) {
            reasons.add(new Paragraph(getTranslation("head.review.noReasons")));
        } else {
            reasons.add(new Bars(reasonBars));
        }
        trend.add(new Trend(summary.byDay(), this::level));
    }

    private void showTimes(ServiceTimes times, List<ClerkRow> rows) {
        waiting.removeAll();
        service.removeAll();
        waiting.add(bands(times.waiting(), "wait"));
        service.add(bands(times.service(), "serve"));
        clerks.setItems(rows);
    }

    private Component bands(List<ServiceTimes.Band> bands, String colourClass) {
        if (bands.stream().allMatch(b -> b.tickets() == 0)) {
            return new Paragraph(getTranslation("head.review.noTickets"));
        }
        return new Bars(bands.stream()
                .map(b -> new Bars.Bar(
                        b.toMinutes() == null
                                ? getTranslation("head.review.bandOpen", b.fromMinutes())
                                : getTranslation("head.review.band", b.fromMinutes(), b.toMinutes()),
                        b.tickets(),
                        String.valueOf(b.tickets()),
                        colourClass))
                .toList());
    }

    private Div legend() {
        Div legend = new Div();
        legend.addClassName("legend");
        for (RatingLevel level : RatingLevel.values()) {
            Span swatch = new Span();
            swatch.addClassNames("swatch", colour(level));
            Span item = new Span(swatch, new Span(level(level)));
            item.addClassName("legend-item");
            legend.add(item);
        }
        return legend;
    }

    private Div card(String titleKey, Component... content) {
        Div card = new Div(new H3(getTranslation(titleKey)));
        card.add(content);
        card.addClassName("review-card");
        return card;
    }

    private String level(RatingLevel level) {
        return getTranslation("head.review.level." + level.name());
    }

    /** The kiosk's reason codes have Vietnamese names; anything else is shown as the citizen's own words. */
    private String reason(String code) {
        String text = getTranslation("head.review.reason." + code);
        return text.startsWith("!") ? code : text;
    }

    private String minutes(double value) {
        return getTranslation("head.review.minutes", value);
    }
}
