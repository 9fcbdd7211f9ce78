package vn.motcua.counter.head;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.motcua.client.ApiException;
import vn.motcua.client.FeedbackApi;
import vn.motcua.client.ReportApi;
import vn.motcua.client.api.CounterState;
import vn.motcua.client.api.CounterView;
import vn.motcua.client.api.FeedbackState;
import vn.motcua.client.api.FeedbackView;
import vn.motcua.client.api.NormBreach;
import vn.motcua.client.api.NormKind;
import vn.motcua.client.api.OfficeView;
import vn.motcua.client.api.Role;
import vn.motcua.client.api.ServiceAreaView;
import vn.motcua.client.api.TicketView;
import vn.motcua.counter.shared.ConnectionBanner;
import vn.motcua.counter.shared.LiveOffice;
import vn.motcua.counter.shared.OfficeState;
import vn.motcua.counter.shared.Routes;
import vn.motcua.counter.shared.StaffSession;
import vn.motcua.counter.shared.TopBar;
import vn.motcua.counter.shared.Waits;

/**
 * The department head's live board of one office: how many wait in each service area, the service norms broken now
 * (with the ticket or counter concerned), what every counter is doing (or why it is paused), and who has waited
 * longest. Built from the same snapshot and events as
 * the clerks' consoles, so it never disagrees with them.
 */
@RolesAllowed({"HEAD", "ADMIN"})
@Route(Routes.BOARD)
public class BoardView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** Enough rows to spot trouble without scrolling. */
    static final int LONGEST_SHOWN = 10;

    private final Clock clock = Clock.systemUTC();
    private final ConnectionBanner banner = new ConnectionBanner();
    private final Div areaTiles = new Div();
    private final Grid<CounterView> counterGrid = new Grid<>();
    private final Grid<TicketView> longestGrid = new Grid<>();
    private final Grid<NormBreach> breachGrid = new Grid<>();
    private final Span noBreach = new Span();
    final Paragraph feedback = new Paragraph();
    /** The breaches lasting now, by id: read after every snapshot, then kept by the pushed starts and ends. */
    private final Map<Long, NormBreach> breaches = new LinkedHashMap<>();

    private DateTimeFormatter since;
    private OfficeView office;
    private Map<Long, ServiceAreaView> areas;
    private LiveOffice live;

    public BoardView() {
        addClassName("board");
        setSizeFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        StaffSession.placed(event, false).ifPresent(staff -> {
            if (live == null) {
                build(staff);
            }
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("board.title");
    }

    private void build(StaffSession staff) {
        office = staff.office();
        areas = office.areas().stream().collect(Collectors.toMap(ServiceAreaView::id, Function.identity()));
        live = new LiveOffice(this, staff.backend(), office.id(), this::redraw);
        live.followBreaches(this::breach, () -> {
            rereadBreaches();
            rereadFeedback();
        });
        since = DateTimeFormatter.ofPattern("HH:mm")
                .withZone(ZoneId.of(office.timeZone() == null ? "Asia/Ho_Chi_Minh" : office.timeZone()));
        buildBreaches();
        areaTiles.addClassName("area-tiles");

        counterGrid.addClassName("counters");
        counterGrid
                .addColumn(CounterView::name)
                .setHeader(getTranslation("board.counter"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        counterGrid
                .addColumn(this::doing)
                .setHeader(getTranslation("board.doing"))
                .setFlexGrow(1);
        counterGrid
                .addColumn(c -> clerk(counterState(c)))
                .setHeader(getTranslation("board.clerk"))
                .setFlexGrow(1);
        counterGrid
                .addColumn(c -> counterState(c).parked().size())
                .setHeader(getTranslation("board.parked"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        counterGrid
                .addColumn(c -> counterState(c).queued().size())
                .setHeader(getTranslation("board.transferred"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        counterGrid.setPartNameGenerator(c -> counterState(c).paused() ? "paused" : null);
        counterGrid.setAllRowsVisible(true);
        // a long pause reason or area name wraps within its column rather than ending in an ellipsis
        counterGrid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);

        longestGrid.addClassName("longest");
        longestGrid
                .addColumn(TicketView::code)
                .setHeader(getTranslation("list.code"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        longestGrid
                .addColumn(t ->
                        areas.containsKey(t.areaId()) ? areas.get(t.areaId()).name() : "")
                .setHeader(getTranslation("list.area"))
                .setFlexGrow(1);
        longestGrid
                .addColumn(t -> t.priority() == null
                        ? ""
                        : getTranslation("priority." + t.priority().name()))
                .setHeader(getTranslation("list.marks"))
                .setAutoWidth(true);
        longestGrid
                .addColumn(t -> getTranslation("list.minutes", Waits.minutes(t, clock.instant())))
                .setHeader(getTranslation("list.waited"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        longestGrid.setAllRowsVisible(true);
        longestGrid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);

        VerticalLayout left = new VerticalLayout(new H2(getTranslation("board.counters")), counterGrid);
        VerticalLayout right = new VerticalLayout(new H2(getTranslation("board.longest")), longestGrid);
        left.setPadding(false);
        right.setPadding(false);
        HorizontalLayout main = new HorizontalLayout(left, right);
        main.setWidthFull();
        // side by side on a wide screen, one above the other on an upright one (counter.css)
        main.addClassName("head-main");
        left.addClassName("head-counters");
        right.addClassName("head-longest");
        add(
                new TopBar(getTranslation("board.title"), office.name(), staff),
                banner,
                new H2(getTranslation("board.areas")),
                areaTiles,
                new H2(getTranslation("board.norms")),
                noBreach,
                breachGrid,
                main);
        addFeedback(staff);
        redraw();
    }

    private void buildBreaches() {
        noBreach.addClassName("no-breach");
        noBreach.setText(getTranslation("board.norms.none"));
        breachGrid.addClassName("norm-breaches");
        breachGrid
                .addColumn(b -> getTranslation("board.norm." + b.kind().name()))
                .setHeader(getTranslation("board.norms.kind"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        breachGrid
                .addColumn(this::concerns)
                .setHeader(getTranslation("board.norms.concerns"))
                .setFlexGrow(1);
        breachGrid
                .addColumn(b -> getTranslation(
                        b.kind() == NormKind.QUEUE_LENGTH ? "board.norms.tickets" : "list.minutes", b.limit()))
                .setHeader(getTranslation("board.norms.limit"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        breachGrid
                .addColumn(b -> since.format(b.startedAt()))
                .setHeader(getTranslation("board.norms.since"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        breachGrid.setPartNameGenerator(b -> "breach");
        breachGrid.setAllRowsVisible(true);
        breachGrid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
    }

    /** The feedback waiting for an answer; a head, who answers it, gets a link to the feedback screen. */
    private void addFeedback(StaffSession staff) {
        feedback.addClassName("board-feedback");
        HorizontalLayout line = new HorizontalLayout(feedback);
        line.setAlignItems(FlexComponent.Alignment.BASELINE);
        if (staff.has(Role.HEAD)) {
            line.add(new Anchor(Routes.FEEDBACK, getTranslation("board.feedback.open")));
        }
        add(new H2(getTranslation("board.feedback.title")), line);
        rereadFeedback();
    }

    /**
     * Feedback is not pushed: the count is read when the board opens and each time its live connection comes back.
     * A failed read keeps the last count, as the breaches do.
     */
    private void rereadFeedback() {
        try {
            List<FeedbackView> open = StaffSession.api(FeedbackApi.class).feedback(office.id(), FeedbackState.OPEN);
            long overdue = open.stream().filter(FeedbackView::overdue).count();
            feedback.setText(getTranslation("board.feedback", open.size(), overdue));
            feedback.getElement().getClassList().set("board-feedback-overdue", overdue > 0);
        } catch (ApiException e) {
            return;
        }
    }

    private void breach(NormBreach breach) {
        if (breach.open()) {
            breaches.put(breach.id(), breach);
        } else {
            breaches.remove(breach.id());
        }
    }

    /** A breach that started or ended while the board was not connected is only in what the server lists now. */
    private void rereadBreaches() {
        try {
            List<NormBreach> lasting = StaffSession.api(ReportApi.class).openNormBreaches(office.id());
            breaches.clear();
            lasting.forEach(this::breach);
        } catch (ApiException e) {
            // the board shows what it last knew; the next snapshot (the live connection retries) reads them again
            return;
        }
    }

    private String concerns(NormBreach b) {
        String area = b.areaId() != null && areas.containsKey(b.areaId())
                ? areas.get(b.areaId()).name()
                : "";
        String counter = b.counterId() == null
                ? ""
                : office.counters().stream()
                        .filter(c -> c.id() == b.counterId())
                        .map(CounterView::name)
                        .findFirst()
                        .orElse("");
        return switch (b.kind()) {
            case WAITING_TIME -> getTranslation("board.norms.ticket", b.ticketCode(), area);
            case SERVICE_TIME -> getTranslation("board.norms.served", b.ticketCode(), area, counter);
            case IDLE_COUNTER -> counter;
            case QUEUE_LENGTH -> getTranslation("board.norms.office");
        };
    }

    private CounterState counterState(CounterView counter) {
        OfficeState state = live.state();
        return state == null
                ? new CounterState(counter.id(), null, null, List.of(), List.of(), null)
                : state.counter(counter.id());
    }

    private String clerk(CounterState c) {
        return c.clerkName() == null ? getTranslation("board.noClerk") : c.clerkName();
    }

    private String doing(CounterView counter) {
        CounterState c = counterState(counter);
        if (c.paused()) {
            return getTranslation("board.paused", c.pausedReason());
        }
        if (c.current() == null) {
            return getTranslation("board.idle");
        }
        return getTranslation(
                "board.status." + c.current().status().name(),
                c.current().code(),
                c.current().calls());
    }

    private void redraw() {
        OfficeState state = live.state();
        banner.show(!live.online());
        areaTiles.removeAll();
        office.areas().stream()
                .filter(ServiceAreaView::active)
                .sorted(Comparator.comparing(ServiceAreaView::prefix))
                .forEach(a -> {
                    Span count = new Span(String.valueOf(state == null ? 0 : state.waitingCount(a.id())));
                    count.addClassName("tile-count");
                    Span name = new Span(a.prefix() + " · " + a.name());
                    name.addClassName("tile-name");
                    Div tile = new Div(count, name);
                    tile.addClassName("area-tile");
                    areaTiles.add(tile);
                });
        counterGrid.setItems(office.counters().stream()
                .filter(CounterView::active)
                .sorted(Comparator.comparingInt(CounterView::number))
                .toList());
        List<TicketView> longest = state == null
                ? List.of()
                : state.allWaiting().stream()
                        .sorted(Comparator.comparing(Waits::since, Comparator.nullsLast(Comparator.naturalOrder())))
                        .limit(LONGEST_SHOWN)
                        .toList();
        longestGrid.setItems(longest);
        List<NormBreach> lasting = breaches.values().stream()
                .sorted(Comparator.comparing(NormBreach::startedAt))
                .toList();
        breachGrid.setItems(lasting);
        breachGrid.setVisible(!lasting.isEmpty());
        noBreach.setVisible(lasting.isEmpty());
    }
}
