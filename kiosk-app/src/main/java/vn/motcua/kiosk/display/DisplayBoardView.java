package vn.motcua.kiosk.display;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import vn.motcua.client.ApiException;
import vn.motcua.client.LiveSubscription;
import vn.motcua.client.MotcuaClient;
import vn.motcua.client.OfficeApi;
import vn.motcua.client.api.CallRecord;
import vn.motcua.client.api.CounterView;
import vn.motcua.client.api.Notice;
import vn.motcua.client.api.OfficeView;
import vn.motcua.client.api.Role;
import vn.motcua.client.api.ServiceAreaView;
import vn.motcua.kiosk.device.ForDevice;
import vn.motcua.kiosk.device.PairedDevices;
import vn.motcua.kiosk.device.Pairing;
import vn.motcua.kiosk.shared.Messages;
import vn.motcua.kiosk.shared.Scheduler;

/**
 * The hall's TV: the latest calls with the newest on top and highlighted, the waiting counts per service area,
 * the clock, each call spoken (twice unless other calls wait), and the administrator's notice in a band at the bottom. A badge says so
 * while the live connection is down; on its return the subscription redraws everything from a fresh snapshot.
 */
@Route("display")
@ForDevice(Role.DISPLAY)
class DisplayBoardView extends Div {

    private static final Logger log = LoggerFactory.getLogger(DisplayBoardView.class);

    static final Duration RETRY = Duration.ofSeconds(10);
    /** The server sends no live event when the notice changes, so the board asks again this often. */
    static final Duration NOTICE_REFRESH = Duration.ofSeconds(60);

    private static final String CLOCK = """
            const [time, date, zone, offset] = [$0, $1, $2, $3 - Date.now()];
            const tick = () => {
              const now = new Date(Date.now() + offset);
              time.textContent = now.toLocaleTimeString('vi-VN', {hour: '2-digit', minute: '2-digit', timeZone: zone});
              date.textContent = now.toLocaleDateString('vi-VN',
                  {weekday: 'long', day: '2-digit', month: '2-digit', year: 'numeric', timeZone: zone});
            };
            clearInterval(time.motcuaClock);
            time.motcuaClock = setInterval(tick, 1000);
            tick();
            """;

    private final long officeId;
    private final Supplier<OfficeApi> offices;
    private final DisplayFeed feed;
    private final Scheduler scheduler;
    private final Announcer announcer;
    private Board.State shown = Board.State.EMPTY;
    private final H1 officeName = new H1();
    private final Span time = new Span();
    private final Span date = new Span();
    private final Span offline = new Span();
    private final Div calls = new Div();
    private final Div waiting = new Div();
    private final Div soundOverlay = new Div();
    private final Div notice = new Div();
    private final Span noticeText = new Span();
    private OfficeView office;
    private List<ServiceAreaView> drawnAreas;
    private final Map<Long, Span> counts = new LinkedHashMap<>();
    private AutoCloseable subscription;
    private Registration retry;
    private Registration noticeRefresh;
    private boolean refused;

    @Autowired
    DisplayBoardView(PairedDevices devices, Scheduler scheduler, OfficeBoards boards) {
        this(devices, devices.current(), scheduler, boards);
    }

    private DisplayBoardView(PairedDevices devices, Pairing display, Scheduler scheduler, OfficeBoards boards) {
        this(
                display.officeId(),
                devices.api(display, MotcuaClient::offices),
                board -> boards.join(
                        display.officeId(),
                        live -> LiveSubscription.display(devices.client(display), display.officeId(), live),
                        board),
                scheduler,
                new BrowserSpeech());
    }

    /** The office's calls to {@code offices} throw ApiException while it is out of reach. */
    DisplayBoardView(
            long officeId, Supplier<OfficeApi> offices, DisplayFeed feed, Scheduler scheduler, Announcer announcer) {
        this.officeId = officeId;
        this.offices = offices;
        this.feed = feed;
        this.scheduler = scheduler;
        this.announcer = announcer;
        addClassName("board");

        officeName.addClassName("board-office");
        time.addClassName("board-time");
        date.addClassName("board-date");
        offline.setText(getTranslation("board.offline"));
        offline.addClassName("board-offline");
        Div clock = new Div(time, date);
        clock.addClassName("board-clock");
        Div header = new Div(officeName, offline, clock);
        header.addClassName("board-header");

        calls.addClassName("board-calls");
        waiting.addClassName("board-waiting");
        Div body = new Div(calls, waiting);
        body.addClassName("board-body");

        Button enableSound = new Button(getTranslation("board.sound.enable"), e -> {
            announcer.enable();
            soundOverlay.setVisible(false);
        });
        enableSound.addClassName("board-sound-button");
        soundOverlay.add(enableSound);
        soundOverlay.addClassName("board-sound");

        noticeText.addClassName("board-notice-text");
        notice.add(noticeText);
        notice.addClassName("board-notice");
        notice.setVisible(false);

        add(header, body, notice, soundOverlay);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        connect(event.getUI());
        refreshNotice(event.getUI());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        stop();
    }

    private void stop() {
        if (retry != null) {
            retry.remove();
            retry = null;
        }
        if (noticeRefresh != null) {
            noticeRefresh.remove();
            noticeRefresh = null;
        }
        if (subscription != null) {
            try {
                subscription.close();
            } catch (Exception e) {
                throw new IllegalStateException("Could not close the live subscription", e);
            }
            subscription = null;
        }
    }

    private void connect(UI ui) {
        retry = null;
        setOffline(true);
        try {
            office = offices.get().office(officeId);
            officeName.setText(office.name());
            // Waiting for the script's answer makes the browser send one more small request. Vaadin keeps each
            // UI's last response to resend it should the browser repeat itself: so it keeps that small answer and
            // not the ~30 KB first drawing of the board, for as long as the board is open.
            ui.getPage()
                    .executeJs(
                            CLOCK,
                            time.getElement(),
                            date.getElement(),
                            office.timeZone(),
                            Instant.now().toEpochMilli())
                    .then(started -> {});
            drawBoard();
            subscription = feed.subscribe(new Listener(ui));
        } catch (ApiException e) {
            if (e.accessRefused()) {
                showRefused();
            } else {
                retry = scheduler.schedule(ui, RETRY, () -> connect(ui));
            }
        }
    }

    /** A revoked device's board says so instead of showing a board it can no longer keep right. */
    private void showRefused() {
        refused = true;
        stop();
        removeAll();
        H1 title = new H1(getTranslation("board.refused.title"));
        Span hint = new Span(getTranslation("board.refused.hint"));
        Div message = new Div(title, hint);
        message.addClassName("board-refused");
        add(message);
    }

    /** The administrator's line for the hall; empty when there is none. */
    private static String text(Notice notice) {
        return notice == null || notice.text() == null ? "" : notice.text().strip();
    }

    /** A notice that cannot be read leaves the board as it was: the calls matter more than the line below them. */
    private void refreshNotice(UI ui) {
        if (refused) {
            return;
        }
        try {
            String text = text(offices.get().notice(officeId));
            noticeText.setText(text);
            notice.setVisible(!text.isEmpty());
        } catch (ApiException e) {
            if (e.accessRefused()) {
                showRefused();
                return;
            }
            // otherwise the last notice shown stays, and the next refresh tries again
        }
        noticeRefresh = scheduler.schedule(ui, NOTICE_REFRESH, () -> refreshNotice(ui));
    }

    private void setOffline(boolean down) {
        offline.setVisible(down);
    }

    private void show(Board.State state, Optional<CallRecord> call) {
        shown = state;
        call.ifPresent(this::announce);
        drawBoard();
    }

    /** Always in Vietnamese, whatever the screen's language: the voice and the recorded clips are Vietnamese. */
    private void announce(CallRecord call) {
        counterNumber(call)
                .ifPresent(number -> announcer.announce(Announcement.of(
                        call.code(),
                        number,
                        (ticket, counter) -> getTranslation(Messages.VIETNAMESE, "board.announcement", ticket, counter),
                        (ticket, counter) ->
                                getTranslation(Messages.VIETNAMESE, "board.announcement.brief", ticket, counter))));
    }

    private void drawBoard() {
        calls.removeAll();
        Div head = row(getTranslation("board.calls.number"), getTranslation("board.calls.counter"));
        head.addClassName("board-calls-head");
        calls.add(head);
        List<CallRecord> latest = shown.calls();
        for (int i = 0; i < latest.size(); i++) {
            CallRecord call = latest.get(i);
            Div row = row(call.code(), call.counterName());
            row.addClassName(i == 0 ? "board-call-latest" : "board-call");
            calls.add(row);
        }
        if (latest.isEmpty()) {
            Span none = new Span(getTranslation("board.calls.none"));
            none.addClassName("board-calls-none");
            calls.add(none);
        }

        if (office != null && !office.areas().equals(drawnAreas)) {
            drawAreas();
        }
        counts.forEach((area, count) -> count.setText(String.valueOf(shown.waiting(area))));
    }

    /**
     * Drawn again only when the office's areas change: a count changes its text in place, so that a long list's
     * slide (kiosk.css) is not started over by every ticket in a busy hall.
     */
    private void drawAreas() {
        drawnAreas = office.areas();
        counts.clear();
        waiting.removeAll();
        Div areas = new Div();
        areas.addClassName("board-areas");
        Div box = new Div(areas);
        box.addClassName("board-areas-box");
        waiting.add(new H2(getTranslation("board.waiting.title")), box);
        List<ServiceAreaView> active = office.areas().stream()
                .filter(ServiceAreaView::active)
                .sorted(Comparator.comparing(ServiceAreaView::prefix))
                .toList();
        areas.getStyle().set("--areas", String.valueOf(active.size()));
        active.forEach(area -> {
            Span prefix = new Span(area.prefix());
            prefix.addClassName("area-prefix");
            Span name = new Span(area.name());
            name.addClassName("area-name");
            Span count = new Span();
            count.addClassName("area-count");
            counts.put(area.id(), count);
            Div line = new Div(prefix, name, count);
            line.addClassName("board-area");
            areas.add(line);
        });
    }

    /** A counter opened since the board read its office is looked up once more; only one still unknown goes unsaid. */
    private Optional<Integer> counterNumber(CallRecord call) {
        Optional<Integer> known = numberIn(office, call);
        if (known.isPresent()) {
            return known;
        }
        try {
            office = offices.get().office(officeId);
        } catch (ApiException e) {
            log.warn(
                    "Call of {} not announced: counter {} unknown and the office unreadable",
                    call.code(),
                    call.counterId());
            return Optional.empty();
        }
        return numberIn(office, call);
    }

    private static Optional<Integer> numberIn(OfficeView office, CallRecord call) {
        return office.counters().stream()
                .filter(c -> c.id() == call.counterId())
                .findFirst()
                .map(CounterView::number);
    }

    private static Div row(String number, String counter) {
        Span left = new Span(number);
        left.addClassName("call-number");
        Span right = new Span(counter);
        right.addClassName("call-counter");
        return new Div(left, right);
    }

    /** Hands what the office's subscription delivers to this screen's UI, and pushes it. */
    private final class Listener implements BoardListener {

        private final UI ui;

        Listener(UI ui) {
            this.ui = ui;
        }

        @Override
        public void show(Board.State state, Optional<CallRecord> call) {
            ui.access(() -> DisplayBoardView.this.show(state, call));
        }

        @Override
        public void onConnectionChanged(boolean connected) {
            ui.access(() -> setOffline(!connected));
        }
    }
}
