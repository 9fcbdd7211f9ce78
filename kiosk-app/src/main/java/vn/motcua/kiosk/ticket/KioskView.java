package vn.motcua.kiosk.ticket;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.Command;
import com.vaadin.flow.shared.Registration;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Autowired;
import vn.motcua.client.ApiException;
import vn.motcua.client.AppointmentApi;
import vn.motcua.client.DossierApi;
import vn.motcua.client.FeedbackApi;
import vn.motcua.client.FileApi;
import vn.motcua.client.MotcuaClient;
import vn.motcua.client.OfficeApi;
import vn.motcua.client.QueueApi;
import vn.motcua.client.api.IssuedTicket;
import vn.motcua.client.api.OfficeView;
import vn.motcua.client.api.PriorityGroup;
import vn.motcua.client.api.Role;
import vn.motcua.client.api.ServiceAreaView;
import vn.motcua.kiosk.device.ForDevice;
import vn.motcua.kiosk.device.PairedDevices;
import vn.motcua.kiosk.device.Pairing;
import vn.motcua.kiosk.feedback.FeedbackForm;
import vn.motcua.kiosk.lookup.DossierLookup;
import vn.motcua.kiosk.procedure.ProcedureCatalogue;
import vn.motcua.kiosk.shared.CameraScanner;
import vn.motcua.kiosk.shared.IdleTimer;
import vn.motcua.kiosk.shared.KioskHost;
import vn.motcua.kiosk.shared.Messages;
import vn.motcua.kiosk.shared.Pager;
import vn.motcua.kiosk.shared.ScannerField;
import vn.motcua.kiosk.shared.Scheduler;

/**
 * The ticket kiosk: a service area, then the priority question, and the ticket is out — two taps — and its
 * slip prints. From home, too, a citizen looks up a dossier or the procedures. Any screen but the home one
 * goes back home after a quiet spell, in Vietnamese, ready for the next citizen.
 * <p>
 * The home screen also listens to the handheld scanner, and to the camera when asked to: a chip ID card (CCCD)
 * greets the citizen by name and, from 60, offers the elderly priority first; a receipt opens its dossier. The
 * card's name and age stay in this view only until the ticket is asked for or the kiosk goes home; the server never
 * sees them, nor the camera's frames.
 */
@Route("kiosk")
@ForDevice(Role.KIOSK)
class KioskView extends Div {

    static final Duration IDLE = Duration.ofSeconds(20);
    /** While a citizen writes feedback, and while the reference it got stays on screen to be noted down. */
    static final Duration WRITING = Duration.ofSeconds(60);

    static final Duration RETRY = Duration.ofSeconds(10);
    /** Người cao tuổi, in the sense of the Law on the Elderly (Luật Người cao tuổi 2009, art. 2). */
    static final int ELDERLY_AGE = 60;

    private static final String NO_ZOOM =
            "document.querySelector('meta[name=viewport]').content = 'width=device-width, initial-scale=1, user-scalable=no'";

    private final long officeId;
    private final Supplier<OfficeApi> offices;
    private final Supplier<QueueApi> queue;
    private final Supplier<FileApi> files;
    private final Supplier<DossierApi> dossiers;
    private final Supplier<FeedbackApi> feedback;
    private final Supplier<AppointmentApi> appointments;
    private final Scheduler scheduler;
    private final Clock clock;
    private final ScannerField scanner = new ScannerField(this::scannedAtHome);
    private final IdleTimer idle;
    private final CameraScanner camera;
    private final H1 officeName = new H1();
    private final Button language = new Button();
    private final Div content = new Div();
    private final SlipPrinter printer;
    private final Paragraph printFailed = new Paragraph();
    private final KioskHost host = new Host();
    private OfficeView office;
    private IssuedTicket printing;
    private Command screen;
    private Registration retry;
    private String greetedName;
    private boolean elderly;

    @Autowired
    KioskView(PairedDevices devices, Scheduler scheduler) {
        this(devices, devices.current(), scheduler);
    }

    private KioskView(PairedDevices devices, Pairing kiosk, Scheduler scheduler) {
        this(
                kiosk.officeId(),
                devices.api(kiosk, MotcuaClient::offices),
                devices.api(kiosk, MotcuaClient::queue),
                devices.api(kiosk, MotcuaClient::files),
                devices.api(kiosk, MotcuaClient::dossiers),
                devices.api(kiosk, MotcuaClient::feedback),
                devices.api(kiosk, MotcuaClient::appointments),
                scheduler,
                new SlipPrinter(),
                Clock.systemUTC());
    }

    /** Each API call throws ApiException, UNREACHABLE included. */
    KioskView(
            long officeId,
            Supplier<OfficeApi> offices,
            Supplier<QueueApi> queue,
            Supplier<FileApi> files,
            Supplier<DossierApi> dossiers,
            Supplier<FeedbackApi> feedback,
            Supplier<AppointmentApi> appointments,
            Scheduler scheduler,
            SlipPrinter printer,
            Clock clock) {
        this.officeId = officeId;
        this.offices = offices;
        this.queue = queue;
        this.files = files;
        this.dossiers = dossiers;
        this.feedback = feedback;
        this.appointments = appointments;
        this.scheduler = scheduler;
        this.clock = clock;
        this.printer = printer;
        this.idle = new IdleTimer(scheduler, IDLE, this::home);
        this.camera = new CameraScanner(scheduler, "camera.card", this::scannedAtHome, idle::restart);
        addClassName("kiosk");
        officeName.addClassName("kiosk-office");
        language.addClassNames("kiosk-language");
        language.addClickListener(e -> toggleLanguage());
        content.addClassName("kiosk-content");
        Div header = new Div(officeName, language);
        header.addClassName("kiosk-header");
        printFailed.addClassName("ticket-print-failed");
        add(header, content, printer);
        ScannerField.keepFocusIn(this);
        // a pinch on the shared touch screen would leave it enlarged for every citizen after
        getElement().executeJs(NO_ZOOM);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        load();
    }

    @Override
    protected void onDetach(DetachEvent event) {
        idle.stop();
        stopRetrying();
    }

    private void load() {
        retry = null;
        try {
            office = offices.get().office(officeId);
            home();
        } catch (ApiException e) {
            if (e.accessRefused()) {
                outOfService();
            } else {
                unavailable();
            }
        }
    }

    private void home() {
        idle.stop();
        printing = null;
        forgetCard();
        UI.getCurrent().setLocale(Messages.VIETNAMESE);
        show(this::drawHome);
    }

    private void show(Command draw) {
        screen = draw;
        content.removeAll();
        officeName.setText(office == null ? "" : office.name());
        language.setText(getTranslation("kiosk.language.other"));
        language.setVisible(office != null);
        draw.execute();
    }

    private void drawHome() {
        greeting();
        content.add(title("kiosk.home.title"));
        Div areas = new Div();
        areas.addClassName("kiosk-areas");
        office.areas().stream()
                .filter(ServiceAreaView::active)
                .sorted(Comparator.comparing(ServiceAreaView::prefix))
                .forEach(area -> {
                    Span prefix = new Span(area.prefix());
                    prefix.addClassName("area-prefix");
                    Span name = new Span(areaName(area));
                    name.addClassName("area-name");
                    Button button = new Button();
                    button.getElement().appendChild(prefix.getElement(), name.getElement());
                    button.addClassName("area");
                    button.addClickListener(e -> host.takeTicket(area));
                    areas.add(button);
                });
        Button dossier = new Button(
                getTranslation("kiosk.home.dossier"), e -> open(new DossierLookup(dossiers, host, scheduler)));
        Button procedures = new Button(getTranslation("kiosk.home.procedures"), e -> openProcedures());
        Button feedback = new Button(getTranslation("kiosk.home.feedback"), e -> openFeedback());
        Button appointment = new Button(getTranslation("kiosk.home.appointment"), e -> open(checkIn()));
        dossier.addClassName("kiosk-service");
        procedures.addClassName("kiosk-service");
        feedback.addClassNames("kiosk-service", "kiosk-feedback");
        appointment.addClassNames("kiosk-service", "kiosk-appointment");
        Div services = new Div(appointment, dossier, procedures, feedback, camera);
        services.addClassName("kiosk-services");
        content.add(new Pager(areas, "kiosk.areas", host::touched), services, scanner);
        scanner.ready();
    }

    /** Whatever else is scanned at home is ignored quietly: the citizen may not even have meant to scan it. */
    private void scannedAtHome(String text) {
        CccdQr.parse(text)
                .ifPresentOrElse(
                        card -> {
                            greetedName = card.name();
                            elderly = card.age(LocalDate.now(clock.withZone(ZoneId.of(office.timeZone()))))
                                    >= ELDERLY_AGE;
                            // the name must not stay on screen for whoever comes next
                            idle.restart();
                            show(this::drawHome);
                        },
                        () -> {
                            if (AppointmentCheckIn.codeIn(text).isPresent()) {
                                AppointmentCheckIn checkIn = checkIn();
                                open(checkIn);
                                checkIn.scanned(text);
                            } else if (DossierLookup.isReceipt(text)) {
                                DossierLookup lookup = new DossierLookup(dossiers, host, scheduler);
                                open(lookup);
                                lookup.scanned(text);
                            } else {
                                scanner.ready();
                            }
                        });
    }

    private void greeting() {
        if (greetedName != null) {
            content.add(line("kiosk-greeting", getTranslation("kiosk.greeting", greetedName)));
        }
    }

    private void forgetCard() {
        greetedName = null;
        elderly = false;
    }

    /** A screen with its own state, drawn again by itself when shown again (after a change of language). */
    private void open(Component screen) {
        idle.restart();
        show(() -> content.add(screen));
    }

    private void openFeedback() {
        open(new FeedbackForm(feedback, officeId, host));
        idle.restart(WRITING);
    }

    private AppointmentCheckIn checkIn() {
        return new AppointmentCheckIn(appointments, officeId, host, scheduler, issued -> {
            idle.restart();
            ServiceAreaView area = office.areas().stream()
                    .filter(a -> a.id() == issued.ticket().areaId())
                    .findFirst()
                    .orElseThrow();
            show(() -> drawTicket(area, issued));
            print(issued);
        });
    }

    private void openProcedures() {
        try {
            open(new ProcedureCatalogue(offices.get().procedures(officeId, null), host));
        } catch (ApiException e) {
            if (e.unreachable()) {
                unavailable();
            } else {
                idle.restart();
                show(() -> {
                    Paragraph text = new Paragraph(getTranslation("procedure.error"));
                    text.addClassName("kiosk-message");
                    content.add(text, backButton());
                });
            }
        }
    }

    /**
     * With a card of someone 60 or older the elderly choice comes first and stands out, said in words; the
     * other choices stay, so a tap on any of them changes it, and the ticket is still one tap away.
     */
    private void drawPriority(ServiceAreaView area) {
        greeting();
        content.add(title("kiosk.priority.title"), subtitle(areaName(area)));
        if (elderly) {
            content.add(line("kiosk-preselected", getTranslation("kiosk.priority.preselected")));
        }
        Div choices = new Div();
        choices.addClassName("kiosk-priorities");
        Button none = new Button(getTranslation("kiosk.priority.none"), e -> issue(area, null));
        none.addClassNames("priority", "priority-none");
        choices.add(none);
        for (PriorityGroup group : PriorityGroup.chosen()) {
            Button button = new Button(getTranslation("priority." + group.name()), e -> issue(area, group));
            button.addClassName("priority");
            if (elderly && group == PriorityGroup.ELDERLY) {
                button.addClassName("priority-preselected");
                choices.addComponentAsFirst(button);
            } else {
                choices.add(button);
            }
        }
        content.add(choices, backButton());
    }

    private void issue(ServiceAreaView area, PriorityGroup priority) {
        forgetCard();
        try {
            IssuedTicket issued = queue.get().issueTicket(officeId, area.id(), priority);
            idle.restart();
            show(() -> drawTicket(area, issued));
            print(issued);
        } catch (ApiException e) {
            if (e.unreachable()) {
                unavailable();
            } else if (e.accessRefused()) {
                outOfService();
            } else {
                idle.restart();
                show(() -> drawRefusal(area, e.code()));
            }
        }
    }

    private void drawTicket(ServiceAreaView area, IssuedTicket issued) {
        Span number = new Span(issued.ticket().code());
        number.addClassName("ticket-number");
        Div ticket = new Div(label("kiosk.ticket.your-number"), number, subtitle(areaName(area)));
        ticket.addClassName("kiosk-ticket");
        // the citizen sees what they claimed, so that a wrong tap is noticed here rather than at the counter
        PriorityGroup priority = issued.ticket().priority();
        ticket.add(line(
                "ticket-priority",
                priority == null
                        ? getTranslation("kiosk.ticket.regular")
                        : getTranslation("kiosk.ticket.priority", getTranslation("priority." + priority.name()))));
        if (issued.ticket().appointment() != null && priority == null) {
            ticket.add(line("ticket-late", getTranslation("kiosk.ticket.appointment-late")));
        }
        ticket.add(line("ticket-ahead", getTranslation("kiosk.ticket.ahead", issued.peopleAhead())));
        if (issued.estimatedWait() != null) {
            long minutes = Math.max(1, (issued.estimatedWait().toSeconds() + 59) / 60);
            ticket.add(line("ticket-wait", getTranslation("kiosk.ticket.wait", minutes)));
        }
        printFailed.setText(getTranslation("kiosk.ticket.print-failed"));
        ticket.add(printFailed, line("ticket-remember", getTranslation("kiosk.ticket.remember")));
        Button reprint = new Button(getTranslation("kiosk.ticket.reprint"), e -> {
            idle.restart();
            print(issued);
        });
        reprint.addClassName("kiosk-reprint");
        Button done = new Button(getTranslation("kiosk.ticket.done"), e -> home());
        done.addClassName("kiosk-done");
        Div actions = new Div(reprint, done);
        actions.addClassName("kiosk-ticket-actions");
        content.add(ticket, actions);
    }

    /** Whatever goes wrong with the slip, the number stays on screen with a word to remember it. */
    private void print(IssuedTicket issued) {
        printing = issued;
        printFailed.setVisible(false);
        try {
            byte[] pdf = files.get().ticketSlip(officeId, issued.ticket().id(), english() ? "en" : "vi");
            printer.print("so-" + issued.ticket().code() + ".pdf", pdf, () -> printFailed(issued));
        } catch (ApiException e) {
            printFailed(issued);
        }
    }

    /** A browser's late answer about an earlier ticket's slip must not worry the citizen now at the kiosk. */
    private void printFailed(IssuedTicket issued) {
        if (printing == issued) {
            printFailed.setVisible(true);
        }
    }

    private void drawRefusal(ServiceAreaView area, String code) {
        String message = switch (code == null ? "" : code) {
            case "OFFICE_CLOSED" -> getTranslation("kiosk.error.office-closed", office.opensAt(), office.closesAt());
            case "DAILY_LIMIT" -> getTranslation("kiosk.error.daily-limit", areaName(area));
            default -> getTranslation("kiosk.error.other");
        };
        Paragraph text = new Paragraph(message);
        text.addClassName("kiosk-message");
        content.add(text, backButton());
    }

    /** The server is out of reach: say so, and keep trying on our own until it answers again. */
    private void unavailable() {
        waitForServer("kiosk.unavailable");
    }

    /**
     * The server no longer accepts this kiosk (its device revoked or moved): the citizen is sent to the desk, and
     * the kiosk keeps asking, so that it comes back by itself if the device is accepted again.
     */
    private void outOfService() {
        waitForServer("kiosk.refused");
    }

    /** Says why in the bundle's {@code <messages>.title} and {@code .text}, then asks the server again and again. */
    private void waitForServer(String messages) {
        idle.stop();
        show(() -> {
            content.add(title(messages + ".title"));
            Paragraph text = new Paragraph(getTranslation(messages + ".text"));
            text.addClassName("kiosk-message");
            content.add(text);
        });
        stopRetrying();
        retry = scheduler.schedule(UI.getCurrent(), RETRY, this::load);
    }

    private void stopRetrying() {
        if (retry != null) {
            retry.remove();
            retry = null;
        }
    }

    /**
     * English also starts the quiet spell on the home screen, which otherwise has none: the next citizen must
     * find the kiosk in Vietnamese however the last one left it. Elsewhere the spell running starts over at its own
     * length, so that someone writing feedback keeps the minute they are given.
     */
    private void toggleLanguage() {
        UI.getCurrent().setLocale(english() ? Messages.VIETNAMESE : Messages.ENGLISH);
        if (idle.running()) {
            idle.renew();
        } else if (english()) {
            idle.restart();
        }
        if (screen != null) {
            show(screen);
        }
    }

    private final class Host implements KioskHost {

        @Override
        public OfficeView office() {
            return office;
        }

        @Override
        public void touched() {
            idle.restart();
        }

        @Override
        public void writing() {
            idle.restart(WRITING);
        }

        @Override
        public void home() {
            KioskView.this.home();
        }

        @Override
        public void unavailable() {
            KioskView.this.unavailable();
        }

        @Override
        public void takeTicket(ServiceAreaView area) {
            idle.restart();
            show(() -> drawPriority(area));
        }
    }

    private String areaName(ServiceAreaView area) {
        return english() && area.nameEn() != null ? area.nameEn() : area.name();
    }

    private static boolean english() {
        return Messages.isEnglish(UI.getCurrent().getLocale());
    }

    private Button backButton() {
        Button back = new Button(getTranslation("kiosk.back"), e -> home());
        back.addClassName("kiosk-back");
        return back;
    }

    private H1 title(String key) {
        H1 title = new H1(getTranslation(key));
        title.addClassName("kiosk-title");
        return title;
    }

    private Paragraph subtitle(String text) {
        Paragraph subtitle = new Paragraph(text);
        subtitle.addClassName("kiosk-subtitle");
        return subtitle;
    }

    private Span label(String key) {
        Span label = new Span(getTranslation(key));
        label.addClassName("ticket-label");
        return label;
    }

    private Paragraph line(String className, String text) {
        Paragraph line = new Paragraph(text);
        line.addClassName(className);
        return line;
    }
}
