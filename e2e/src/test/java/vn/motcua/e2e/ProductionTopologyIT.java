package vn.motcua.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import vn.motcua.client.LiveListener;
import vn.motcua.client.LiveSubscription;
import vn.motcua.client.MotcuaClient;
import vn.motcua.client.api.DossierApplicant;
import vn.motcua.client.api.DossierDelivery;
import vn.motcua.client.api.DossierDocument;
import vn.motcua.client.api.DossierDocumentForm;
import vn.motcua.client.api.DossierRequest;
import vn.motcua.client.api.DossierView;
import vn.motcua.client.api.OfficeSnapshot;
import vn.motcua.client.api.ProcedureView;
import vn.motcua.client.api.QueueEvent;
import vn.motcua.client.api.QueueEventType;

/**
 * The shipped deploy files in front of the real jars ({@link ProductionTopology}): what a citizen, a screen and a
 * clerk reach through nginx, and what still works when one server instance and one replica of each app die.
 * The kill comes last: the methods run in order.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ProductionTopologyIT {

    private static final Duration FAILOVER = Duration.ofSeconds(60);

    private static ProductionTopology topology;
    private static Office office;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void startTopology() {
        // CI installs nginx and sets this; elsewhere a missing nginx skips the class rather than failing it
        boolean required = "1".equals(System.getenv("MOTCUA_REQUIRE_NGINX"));
        if (!Files.isExecutable(ProductionTopology.nginx())) {
            if (required) {
                throw new IllegalStateException("The topology test needs nginx at " + ProductionTopology.nginx()
                        + ": apt-get install -y nginx (or -De2e.nginx=<path>)");
            }
            Assumptions.abort("nginx is not installed (apt-get install -y nginx); the topology test is skipped");
        }
        Screens.requireChromium();
        topology = ProductionTopology.start();
        MotcuaClient clerk = clerk();
        office = Office.centre(clerk);
    }

    @AfterAll
    static void stopTopology() {
        if (topology != null) {
            topology.close();
        }
    }

    @Test
    @Order(1)
    void a_receipts_qr_address_and_the_public_pages_open_through_the_proxy_and_its_metrics_do_not() {
        ProcedureView procedure = procedure();
        DossierView dossier = register(procedure);

        // the receipt's QR code holds this address: MOTCUA_PUBLIC_URL, which is nginx
        assertThat(dossier.lookupUrl()).startsWith(topology.publicUrl() + "/d/" + dossier.code());
        HttpResponse<String> receiptPage = get(URI.create(dossier.lookupUrl()));
        assertThat(receiptPage.statusCode()).isEqualTo(200);
        assertThat(receiptPage.body()).contains(dossier.code(), procedure.name());

        HttpResponse<String> lateList =
                get(topology.publicUrl().resolve("/cong-khai/" + office.id() + "/ho-so-tre-han"));
        assertThat(lateList.statusCode()).isEqualTo(200);
        assertThat(lateList.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));

        HttpResponse<String> satisfaction =
                get(topology.publicUrl().resolve("/cong-khai/" + office.id() + "/hai-long"));
        assertThat(satisfaction.statusCode()).isEqualTo(200);
        assertThat(satisfaction.body()).contains(Ui.OFFICE);

        assertThat(get(topology.publicUrl().resolve("/actuator/health")).statusCode())
                .isEqualTo(200);
        for (String internal : List.of("/actuator/prometheus", "/actuator/info", "/actuator/metrics", "/actuator")) {
            assertThat(get(topology.publicUrl().resolve(internal)).statusCode())
                    .as(internal + " through the public listener")
                    .isEqualTo(403);
        }
        assertThat(get(topology.publicUrl().resolve("/v3/api-docs")).statusCode())
                .isEqualTo(200);
        assertThat(get(topology.publicUrl().resolve("/VAADIN/")).statusCode())
                .as("anything else")
                .isEqualTo(404);
    }

    @Test
    @Order(2)
    void a_client_cannot_choose_its_own_address_through_the_proxy_and_a_receipt_holder_is_never_refused() {
        DossierView dossier = register(procedure());
        URI guess = topology.publicUrl().resolve("/d/" + dossier.code() + "?k=wrong");
        // nginx replaces X-Forwarded-For with the address it saw; were it appended, each guess below would come
        // from a fresh address of the guesser's choosing and never be refused
        int refusedAt = 0;
        for (int attempt = 1; attempt <= 40 && refusedAt == 0; attempt++) {
            if (get(guess, "203.0.113." + attempt).statusCode() == 429) {
                refusedAt = attempt;
            }
        }
        assertThat(refusedAt).as("the guess refused after the burst").isBetween(2, 40);
        HttpResponse<String> refused = get(guess, "198.51.100.7");
        assertThat(refused.statusCode()).as("a guess claiming another address").isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).isPresent();

        HttpResponse<String> holder = get(URI.create(dossier.lookupUrl()), "203.0.113.1");
        assertThat(holder.statusCode())
                .as("the receipt's own link from the refused address")
                .isEqualTo(200);
        assertThat(holder.body()).contains(dossier.code());
    }

    @Test
    @Order(3)
    void a_screens_websocket_through_the_proxy_hears_tickets_issued_on_either_server_instance() {
        MotcuaClient kiosk = new MotcuaClient(topology.publicUrl());
        kiosk.signInDevice(Ui.KIOSK, Ui.KIOSK_SECRET);
        MotcuaClient listener = clerk();
        Set<String> heard = ConcurrentHashMap.newKeySet();
        try (LiveSubscription live = LiveSubscription.queue(listener, office.id(), new LiveListener() {
            @Override
            public void onSnapshot(OfficeSnapshot snapshot) {}

            @Override
            public void onEvent(QueueEvent event) {
                if (event.type() == QueueEventType.ISSUED) {
                    heard.add(event.ticket().id());
                }
            }
        })) {
            await().atMost(Duration.ofSeconds(30)).until(live::connected);
            // round robin: four tickets are issued by both instances, whichever one holds the socket
            List<String> issued = java.util.stream.IntStream.range(0, 4)
                    .mapToObj(i -> kiosk.queue()
                            .issueTicket(office.id(), office.areaA(), null)
                            .ticket()
                            .id())
                    .toList();
            await().atMost(Duration.ofSeconds(10))
                    .untilAsserted(() -> assertThat(heard).containsAll(issued));
        }
    }

    @Test
    @Order(4)
    void a_kiosk_a_board_and_a_console_keep_working_when_a_server_instance_and_their_app_replicas_die() {
        try (Screens screens = Screens.open(topology.kioskUrl())) {
            Page kiosk = screens.paired(Ui.KIOSK, Ui.KIOSK_SECRET, 1080, 1920);
            Page board = screens.paired(Ui.DISPLAY, Ui.DISPLAY_SECRET, 1920, 1080);
            Page console = screens.fresh(1600, 900);
            CounterApp clerk = CounterApp.signIn(console, topology.counterUrl(), Ui.CLERK)
                    .choosePlace(Ui.OFFICE, 1)
                    .openConsole();
            cancelEverythingWaiting();
            try {
                failOver(kiosk, board, clerk);
            } catch (RuntimeException | AssertionError e) {
                // what each screen showed when it failed, beside the processes' logs
                for (var screen : java.util.Map.of("kiosk", kiosk, "board", board, "console", console)
                        .entrySet()) {
                    screen.getValue()
                            .screenshot(new Page.ScreenshotOptions()
                                    .setPath(ProductionTopology.logs().resolve(screen.getKey() + ".png")));
                }
                throw e;
            }
        }
    }

    private void failOver(Page kiosk, Page board, CounterApp clerkBefore) {
        Page console = clerkBefore.page();
        // the replicas ip_hash gave these browsers: the ones holding their Push connections
        String kioskReplica = serving("kiosk-app-1", "kiosk-app-2");
        String counterReplica = serving("counter-app-1", "counter-app-2");
        topology.kill("server-2");
        topology.kill(kioskReplica);
        topology.kill(counterReplica);

        // the citizen: the kiosk comes back on its own, paired, on the other replica
        String code = takeTicket(kiosk);

        // the console's Push connection or the clerk's next click meets the other replica, which sends the browser
        // back to the sign-in form; the clerk signs in again there and calls that citizen
        Locator signInForm = console.locator("vaadin-login-form");
        if (!signInForm.isVisible()) {
            try {
                clerkBefore.action(Ui.CALL_NEXT).click(new Locator.ClickOptions().setTimeout(5_000));
            } catch (PlaywrightException reloadedMeanwhile) {
                // the console noticed the lost replica by itself (its Push connection) and went to the sign-in form
            }
        }
        assertThat(signInForm).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(FAILOVER.toMillis()));
        CounterApp clerk = CounterApp.signIn(console, topology.counterUrl(), Ui.CLERK)
                .choosePlace(Ui.OFFICE, 1)
                .openConsole();
        clerk.action(Ui.CALL_NEXT).click();
        assertThat(console.locator(".current-ticket .current-code"))
                .hasText(code, new LocatorAssertions.HasTextOptions().setTimeout(FAILOVER.toMillis()));
        assertThat(board.locator(".board-call-latest .call-number"))
                .hasText(code, new LocatorAssertions.HasTextOptions().setTimeout(FAILOVER.toMillis()));
    }

    /** As a citizen does: taps area A until the kiosk answers (a tap that meets the dying replica is lost). */
    private static String takeTicket(Page kiosk) {
        Locator area = kiosk.locator("vaadin-button.area").filter(new Locator.FilterOptions().setHasText(Ui.AREA_A));
        Locator none = kiosk.getByRole(
                AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName(Ui.KIOSK_PRIORITY_NONE).setExact(true));
        await().atMost(FAILOVER)
                .pollInterval(Duration.ofSeconds(3))
                .ignoreExceptions()
                .until(() -> {
                    area.click(new Locator.ClickOptions().setTimeout(5_000));
                    none.click(new Locator.ClickOptions().setTimeout(5_000));
                    return true;
                });
        Locator number = kiosk.locator(".ticket-number");
        assertThat(number).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(30_000));
        return number.textContent().trim();
    }

    private static void cancelEverythingWaiting() {
        MotcuaClient clerk = clerk();
        clerk.queue().snapshot(office.id()).waitingByArea().values().stream()
                .flatMap(List::stream)
                .forEach(ticket -> clerk.queue().cancel(office.id(), ticket.id()));
    }

    /** The one of two replicas that holds established connections (nginx's to it, for the browsers' Push). */
    private static String serving(String first, String second) {
        long a = established(topology.port(first));
        long b = established(topology.port(second));
        assertThat(a + b).as("Push connections to " + first + " and " + second).isPositive();
        assertThat(Math.min(a, b))
                .as("ip_hash sends every browser of one address to one replica")
                .isZero();
        return a > 0 ? first : second;
    }

    /** Established TCP connections whose local port is {@code port}, from the kernel's tables. */
    private static long established(int port) {
        String local = String.format(":%04X ", port);
        try {
            long count = 0;
            for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
                Path path = Path.of(table);
                if (Files.exists(path)) {
                    count += Files.readAllLines(path).stream()
                            .skip(1)
                            .map(String::trim)
                            .map(line -> line.split("\\s+"))
                            .filter(f -> (f[1] + " ").endsWith(local) && f[3].equals("01"))
                            .count();
                }
            }
            return count;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static MotcuaClient clerk() {
        MotcuaClient clerk = new MotcuaClient(topology.publicUrl());
        clerk.signInStaff(Ui.CLERK, Ui.PASSWORD);
        return clerk;
    }

    private static ProcedureView procedure() {
        return clerk().offices().procedures(office.id(), null).stream()
                .findFirst()
                .orElseThrow();
    }

    private static DossierView register(ProcedureView procedure) {
        return clerk().dossiers()
                .registerDossier(
                        office.id(),
                        new DossierRequest(
                                procedure.id(),
                                new DossierApplicant(
                                        "Nguyễn Thị Hoa",
                                        "025190000123",
                                        "Phường Vân Phú, tỉnh Phú Thọ",
                                        "0912345678",
                                        null),
                                procedure.requiredDocuments().stream()
                                        .map(name -> new DossierDocument(name, DossierDocumentForm.ORIGINAL, 1))
                                        .toList(),
                                DossierDelivery.COUNTER,
                                null));
    }

    private HttpResponse<String> get(URI uri, String forwardedFor) {
        return send(HttpRequest.newBuilder(uri)
                .header("X-Forwarded-For", forwardedFor)
                .GET()
                .build());
    }

    private HttpResponse<String> get(URI uri) {
        return send(HttpRequest.newBuilder(uri).GET().build());
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
