package vn.motcua.counter.console;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import vn.motcua.client.ApiException;
import vn.motcua.client.QueueApi;
import vn.motcua.client.api.CounterState;
import vn.motcua.client.api.CounterView;
import vn.motcua.client.api.OfficeView;
import vn.motcua.client.api.QueueEvent;
import vn.motcua.client.api.QueueEventType;
import vn.motcua.client.api.ServiceAreaView;
import vn.motcua.client.api.TicketView;
import vn.motcua.counter.dossier.DossierActions;
import vn.motcua.counter.shared.ConnectionBanner;
import vn.motcua.counter.shared.LiveOffice;
import vn.motcua.counter.shared.OfficeState;
import vn.motcua.counter.shared.OneKeyShortcuts;
import vn.motcua.counter.shared.Refusals;
import vn.motcua.counter.shared.Routes;
import vn.motcua.counter.shared.StaffSession;
import vn.motcua.counter.shared.TopBar;

/**
 * A clerk's console: the ticket at his counter, the actions that fit its state, and the live list of who
 * waits for this counter. Every action asks the server; the screen changes by the server's answer and events.
 */
@RolesAllowed({"CLERK", "HEAD"})
@Route(Routes.CONSOLE)
public class ConsoleView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final int REFUSED_KEY_MILLIS = 3000;

    private final Map<Action, Button> buttons = new EnumMap<>(Action.class);
    private final ConnectionBanner banner = new ConnectionBanner();
    private final CurrentTicketCard card = new CurrentTicketCard();
    private final H2 waitingTitle = new H2();
    private final H2 parkedTitle = new H2();
    private final Div parked = new Div();
    private final OneKeyShortcuts shortcuts = new OneKeyShortcuts(this);
    private Notification refusedKey;
    private QueueApi queue;
    private OfficeView office;
    private CounterView counter;
    private Map<Long, ServiceAreaView> areas;
    private LiveOffice live;
    private WaitingGrid waitingGrid;
    private MyDayPanel myDay;

    public ConsoleView() {
        addClassName("console");
        setSizeFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        StaffSession.placed(event, true).ifPresent(staff -> {
            if (live == null) {
                build(staff);
            }
        });
    }

    @Override
    public String getPageTitle() {
        return counter == null ? getTranslation("app.name") : counter.name() + " — " + getTranslation("app.name");
    }

    private void build(StaffSession staff) {
        queue = StaffSession.api(QueueApi.class);
        office = staff.office();
        counter = staff.counter();
        areas = office.areas().stream().collect(Collectors.toMap(ServiceAreaView::id, Function.identity()));
        live = new LiveOffice(this, staff.backend(), office.id(), this::redraw);
        live.afterEvent(this::finishedHere);

        Button help = button(Action.HELP);
        help.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Div actions = new Div();
        actions.addClassName("actions");
        for (Action action : Action.values()) {
            if (action != Action.HELP) {
                actions.add(button(action));
            }
            shortcuts.bind(() -> pressed(action), action.keys());
        }
        buttons.get(Action.CALL_NEXT).addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        DossierActions dossiers =
                new DossierActions(shortcuts, office, () -> counterState().current());
        myDay = new MyDayPanel(() -> queue.myDay(office.id()));
        VerticalLayout desk = new VerticalLayout(card, actions, dossiers, myDay);
        desk.addClassName("desk");
        desk.setPadding(false);
        desk.setWidth("40%");
        waitingGrid = new WaitingGrid(areas, Clock.systemUTC(), this::callTicket);
        parked.addClassName("parked");
        VerticalLayout lists = new VerticalLayout(waitingTitle, waitingGrid, parkedTitle, parked);
        lists.addClassName("lists");
        lists.setPadding(false);
        HorizontalLayout main = new HorizontalLayout(desk, lists);
        main.addClassName("console-main");
        main.setSizeFull();
        main.setFlexGrow(1, lists);
        add(new TopBar(counter.name(), office.name(), staff, help), banner, main);
        redraw();
    }

    private Button button(Action action) {
        Button button = new Button(getTranslation(action.textKey()), e -> perform(action));
        Span key = new Span(action.keyHint());
        key.addClassName("key");
        button.setSuffixComponent(key);
        button.addClassName("action");
        buttons.put(action, button);
        return button;
    }

    private CounterState counterState() {
        OfficeState state = live.state();
        return state == null
                ? new CounterState(counter.id(), null, null, List.of(), List.of(), null)
                : state.counter(counter.id());
    }

    /** Who waits for this counter: its service areas' queues and the tickets transferred to it. */
    private List<TicketView> waiting() {
        OfficeState state = live.state();
        if (state == null) {
            return List.of();
        }
        List<TicketView> all = new ArrayList<>(state.counter(counter.id()).queued());
        counter.areaIds().forEach(area -> all.addAll(state.waiting(area)));
        all.sort(Comparator.comparing((TicketView t) -> t.targetCounterId() == null)
                .thenComparing(OfficeState.QUEUE_ORDER));
        return all;
    }

    private Action.Situation situation() {
        CounterState c = counterState();
        return new Action.Situation(
                live.online(), c, !waiting().isEmpty(), !c.parked().isEmpty());
    }

    private void redraw() {
        CounterState c = counterState();
        Action.Situation situation = situation();
        banner.show(!live.online());
        card.show(c, areas);
        buttons.forEach((action, button) -> button.setEnabled(action.fits(situation)));
        buttons.get(Action.PAUSE_OR_RESUME).setText(getTranslation(c.paused() ? "action.resume" : "action.pause"));
        List<TicketView> waiting = waiting();
        waitingTitle.setText(getTranslation("list.waiting", waiting.size()));
        waitingGrid.setItems(waiting);
        parkedTitle.setText(getTranslation("list.parked", c.parked().size()));
        parked.removeAll();
        c.parked().forEach(t -> {
            Button back = new Button(getTranslation("list.unpark", t.code()), e -> unpark(t));
            back.setEnabled(Action.UNPARK.fits(situation));
            parked.add(back);
        });
    }

    /** A key whose button is disabled says so, rather than doing nothing the clerk could take for a lost key. */
    private void pressed(Action action) {
        if (action.fits(situation())) {
            perform(action);
            return;
        }
        if (refusedKey != null) {
            refusedKey.close();
        }
        refusedKey = Notification.show(
                getTranslation(
                        live.online() ? "key.refused" : "key.offline",
                        action.keyHint(),
                        getTranslation(action.textKey())),
                REFUSED_KEY_MILLIS,
                Notification.Position.TOP_CENTER);
        refusedKey.addClassName("key-refused");
    }

    private void perform(Action action) {
        if (!action.fits(situation())) {
            return;
        }
        long o = office.id();
        long c = counter.id();
        switch (action) {
            case CALL_NEXT -> command(() -> queue.callNext(o, c));
            case RECALL -> command(() -> queue.recall(o, c));
            case START -> command(() -> queue.start(o, c));
            case FINISH -> {
                if (command(() -> queue.finish(o, c))) {
                    myDay.reload();
                }
            }
            case NO_SHOW -> command(() -> queue.noShow(o, c));
            case PARK -> command(() -> queue.park(o, c));
            case TRANSFER -> new TransferDialog(office, c, this::transfer).open();
            case UNPARK -> pick("action.unpark", counterState().parked(), this::unpark);
            case CALL_TICKET -> pick("action.callTicket", waiting(), this::callTicket);
            case PAUSE_OR_RESUME -> pauseOrResume();
            case HELP -> new HelpDialog().open();
        }
    }

    private void pick(String titleKey, List<TicketView> candidates, Consumer<TicketView> onPick) {
        if (candidates.size() == 1) {
            onPick.accept(candidates.getFirst());
        } else {
            new PickTicketDialog(getTranslation(titleKey), candidates, onPick).open();
        }
    }

    private void callTicket(TicketView ticket) {
        if (Action.CALL_TICKET.fits(situation())) {
            command(() -> queue.callTicket(office.id(), counter.id(), ticket.id()));
        }
    }

    private void unpark(TicketView ticket) {
        if (Action.UNPARK.fits(situation())) {
            command(() -> queue.unpark(office.id(), counter.id(), ticket.id()));
        }
    }

    private void transfer(TransferDialog.Target target) {
        if (!Action.TRANSFER.fits(situation())) {
            return;
        }
        command(() -> target.area() != null
                ? queue.transferToArea(office.id(), counter.id(), target.area().id())
                : queue.transferToCounter(
                        office.id(), counter.id(), target.counter().id()));
    }

    private void pauseOrResume() {
        if (counterState().paused()) {
            act(() -> {
                queue.resume(office.id(), counter.id());
                live.state().pause(counter.id(), null);
            });
        } else {
            new PauseDialog(reason -> {
                        if (Action.PAUSE_OR_RESUME.fits(situation())
                                && !counterState().paused()) {
                            act(() -> {
                                queue.pause(office.id(), counter.id(), reason);
                                live.state().pause(counter.id(), reason);
                            });
                        }
                    })
                    .open();
        }
    }

    /** A ticket command: the answer is placed at once, so a second key press sees the new state. */
    private boolean command(Supplier<TicketView> call) {
        return act(() -> live.state().place(call.get(), counter.id()));
    }

    /**
     * A finish at this counter seen live, which also covers one made from another browser signed in here. After
     * this screen's own finish it reads the figures a second time: harmless, and the event may be lost offline.
     */
    private void finishedHere(QueueEvent event) {
        if (event.type() == QueueEventType.FINISHED && Objects.equals(event.counterId(), counter.id())) {
            myDay.reload();
        }
    }

    /**
     * Runs one command. A refusal means this screen was behind the server; a failure without an answer means
     * the command may or may not have happened. Either way the screen re-reads the state instead of retrying,
     * so that nothing is done twice and nothing is silently lost. Returns whether the server did it.
     */
    private boolean act(Runnable call) {
        try {
            call.run();
            redraw();
            return true;
        } catch (ApiException e) {
            Refusals.show(e);
            if (e.status() == 401) {
                getUI().ifPresent(ui -> ui.navigate(Routes.SIGN_IN));
                return false;
            }
            live.reread();
            return false;
        }
    }
}
