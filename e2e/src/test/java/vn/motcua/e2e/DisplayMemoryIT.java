package vn.motcua.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Cookie;
import com.microsoft.playwright.options.WaitUntilState;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The kiosk-app's server memory per open hall board, measured rather than guessed. Opt-in (it opens hundreds of
 * Chromium pages and takes minutes): skipped unless {@code -De2e.memory=true}.
 *
 * <pre>./mvnw -B -o -pl e2e verify -Dit.test=DisplayMemoryIT -De2e.memory=true</pre>
 *
 * <p>One browser pairs as DISPLAY-TT-01 through /pair and stays open on its board (the baseline includes it and
 * the caches its first board warmed). The pairing cookie ({@code motcua-pairing}, an opaque id that any number of
 * browsers may carry) is then copied for each board to a host of its own, 127.0.1.1, 127.0.1.2, … (all of 127/8
 * is this machine), in a second Chromium whose pages share renderer processes: each board has its own cookies,
 * so its own HTTP session and Vaadin session, one UI, its own connections and one Push WebSocket, as a hall TV
 * has; on the kiosk-app's side all the boards of the office share one {@code LiveSubscription} (decision 6).
 *
 * <p>At 0 extra boards and then at each of {@code -De2e.memory.steps} (default 50,100,200) — once every page shows
 * the office's name with the "offline" badge hidden (i.e. live), and the kiosk-app holds no connection but the
 * boards' Push sockets (within {@code -De2e.memory.settle} seconds, default 90) — the kiosk-app JVM gets
 * {@code jcmd GC.run} and {@code jcmd GC.class_histogram} (which itself collects first, so its total is the live heap), plus
 * {@code GC.heap_info}'s "used", its RSS and thread count. The table (per board = (live_N − live_0) / N) goes to
 * stdout and target/e2e-logs/display-memory.txt, each step's histogram to display-memory-histogram-N.txt
 * ({@code -De2e.memory.dump=true} adds a heap dump, display-memory-N.hprof, for finding who holds what).
 * {@code -De2e.memory.max.kb} turns the figure into a bound.
 */
@EnabledIfSystemProperty(named = "e2e.memory", matches = "true")
class DisplayMemoryIT extends BrowserIT {

    private static final int WIDTH = 640;
    private static final int HEIGHT = 360;
    private static final Duration SHOWN = Duration.ofSeconds(60);
    /**
     * How long the boards may take to settle before each sample: the kiosk-app closes an idle HTTP connection after
     * 20 s, and a sample waits until every connection a browser kept after loading its page is closed, so that each
     * board holds what it holds for the rest of the day, its UI and its Push WebSocket.
     */
    private static final Duration SETTLE = Duration.ofSeconds(Long.getLong("e2e.memory.settle", 90));
    /**
     * Pages of different hosts may share a renderer process: a Chromium process per board (≈ 160 MB each) would
     * exhaust the test machine's memory long before 200 boards, and the kiosk-app cannot tell the difference.
     */
    private static final List<String> SHARED_RENDERERS =
            List.of("--renderer-process-limit=8", "--disable-site-isolation-trials");

    private static final Map<String, String> COUNTED = new LinkedHashMap<>();

    static {
        COUNTED.put("VaadinSession", "com.vaadin.flow.server.VaadinSession");
        COUNTED.put("UI", "com.vaadin.flow.component.UI");
        COUNTED.put("Board", "vn.motcua.kiosk.display.DisplayBoardView");
        COUNTED.put("LiveSub", "vn.motcua.client.LiveSubscription");
        COUNTED.put("HttpSession", "org.apache.catalina.session.StandardSession");
    }

    @Test
    void server_memory_per_open_hall_board() throws Exception {
        int[] steps = Arrays.stream(
                        System.getProperty("e2e.memory.steps", "50,100,200").split(","))
                .map(String::trim)
                .mapToInt(Integer::parseInt)
                .toArray();
        int batch = Integer.getInteger("e2e.memory.batch", 10);
        ProcessHandle kiosk = kioskProcess();

        Page first = screens.paired(Ui.DISPLAY, Ui.DISPLAY_SECRET, WIDTH, HEIGHT);
        first.waitForFunction(Ui.BOARD_LIVE, null, new Page.WaitForFunctionOptions().setTimeout(SHOWN.toMillis()));
        List<Cookie> pairing = first.context().cookies().stream()
                .filter(c -> c.name.equals("motcua-pairing"))
                .toList();
        assertThat(pairing).as("the pairing cookie").hasSize(1);

        List<Page> boards = new ArrayList<>();
        List<Sample> samples = new ArrayList<>();
        Instant began = Instant.now();
        URI kioskUrl = URI.create(stack.kioskUrl());
        awaitOnlyPushSockets(kioskUrl.getPort(), 1);
        samples.add(measure(kiosk, 0, Duration.ZERO));
        try (Screens hall = Screens.open(stack.kioskUrl(), SHARED_RENDERERS)) {
            BrowserContext browser = hall.fresh(WIDTH, HEIGHT).context();
            for (int target : steps) {
                Instant stepBegan = Instant.now();
                while (boards.size() < target) {
                    List<Page> opened = new ArrayList<>();
                    for (int i = 0; i < batch && boards.size() + opened.size() < target; i++) {
                        String host = boardHost(boards.size() + opened.size());
                        browser.addCookies(pairing.stream()
                                .map(c -> new Cookie(c.name, c.value)
                                        .setDomain(host)
                                        .setPath("/")
                                        .setHttpOnly(true))
                                .toList());
                        Page page = browser.newPage();
                        page.navigate(
                                "http://" + host + ":" + kioskUrl.getPort() + "/display",
                                new Page.NavigateOptions().setWaitUntil(WaitUntilState.COMMIT));
                        opened.add(page);
                    }
                    for (Page page : opened) {
                        awaitLive(page, boards.size() + opened.indexOf(page) + 1);
                    }
                    boards.addAll(opened);
                }
                // every board still live (none dropped while the others were opening), then let the boards settle
                for (Page page : boards) {
                    assertThat((Boolean) page.evaluate(Ui.BOARD_LIVE))
                            .as("board %d still live", boards.indexOf(page))
                            .isTrue();
                }
                awaitOnlyPushSockets(kioskUrl.getPort(), boards.size() + 1);
                samples.add(measure(kiosk, boards.size(), Duration.between(stepBegan, Instant.now())));
            }
        }

        Sample base = samples.getFirst();
        StringBuilder report = new StringBuilder(String.format(
                Locale.ROOT,
                "kiosk-app server memory per open hall board (one loopback host = own cookies = one HTTP/Vaadin"
                        + " session, one UI and one Push WebSocket each, %dx%d, +1 pairing board in the baseline),"
                        + " %d s in all%n",
                WIDTH,
                HEIGHT,
                Duration.between(began, Instant.now()).toSeconds()));
        report.append(String.format(
                Locale.ROOT,
                "%6s %12s %14s %12s %14s %9s %8s %8s  %s%n",
                "N",
                "live heap",
                "per board",
                "heap used",
                "per board",
                "RSS",
                "threads",
                "open s",
                "instances"));
        for (Sample s : samples) {
            report.append(String.format(
                    Locale.ROOT,
                    "%6d %9.1f MB %11s %9.1f MB %11s %6.0f MB %8d %8d  %s%n",
                    s.boards,
                    s.liveBytes / 1048576.0,
                    perBoard(s.liveBytes - base.liveBytes, s.boards),
                    s.usedBytes / 1048576.0,
                    perBoard(s.usedBytes - base.usedBytes, s.boards),
                    s.rssBytes / 1048576.0,
                    s.threads,
                    s.opening.toSeconds(),
                    s.instances));
        }
        report.append("live heap = jcmd GC.class_histogram total (after a full GC); heap used = GC.heap_info after"
                + " GC.run; per board = (value_N - value_0) / N, in KiB (1024 B)\n");
        System.out.println(report);
        Path logs = Files.createDirectories(Path.of(System.getProperty("e2e.logs", "target/e2e-logs")));
        Files.writeString(logs.resolve("display-memory.txt"), report);

        Sample last = samples.getLast();
        assertThat(last.instances.get("UI")).as(report.toString()).isGreaterThanOrEqualTo(last.boards);
        String max = System.getProperty("e2e.memory.max.kb");
        if (max != null) {
            assertThat((last.liveBytes - base.liveBytes) / 1024.0 / last.boards)
                    .as(report.toString())
                    .isLessThanOrEqualTo(Double.parseDouble(max));
        }
    }

    private static void awaitLive(Page page, int number) {
        try {
            page.waitForFunction(Ui.BOARD_LIVE, null, new Page.WaitForFunctionOptions().setTimeout(SHOWN.toMillis()));
        } catch (com.microsoft.playwright.PlaywrightException e) {
            String text;
            try {
                text = (String) page.evaluate("() => document.body.outerHTML.substring(0, 3000)");
            } catch (com.microsoft.playwright.PlaywrightException none) {
                text = "(no body: " + none.getMessage().lines().findFirst().orElse("") + ")";
            }
            throw new AssertionError(
                    "Board " + number + " at " + page.url() + " not live within " + SHOWN + "; it shows: " + text, e);
        }
    }

    /** Until the kiosk-app holds no more open connections than the boards' Push sockets (from /proc/net/tcp*). */
    private static void awaitOnlyPushSockets(int port, int boards) {
        Awaitility.await("connections to the kiosk-app down to the " + boards + " Push sockets")
                .atMost(SETTLE)
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> established(port) <= boards);
    }

    /** Connections in state ESTABLISHED (01) whose local port is the kiosk-app's. */
    private static long established(int port) throws IOException {
        String local = String.format(Locale.ROOT, ":%04X", port);
        long count = 0;
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            Path file = Path.of(table);
            if (Files.exists(file)) {
                // columns: sl, local_address, rem_address, st, …
                count += Files.readAllLines(file).stream()
                        .skip(1)
                        .map(line -> line.trim().split("\\s+"))
                        .filter(columns -> columns[1].endsWith(local) && columns[3].equals("01"))
                        .count();
            }
        }
        return count;
    }

    /** 127.0.1.1, 127.0.1.2, …: the whole of 127/8 is this machine, and each host has its own cookies. */
    private static String boardHost(int index) {
        return "127.0." + (1 + index / 250) + "." + (1 + index % 250);
    }

    private static String perBoard(long delta, int boards) {
        return boards == 0 ? "-" : String.format(Locale.ROOT, "%.1f KiB", delta / 1024.0 / boards);
    }

    private record Sample(
            int boards,
            long liveBytes,
            long usedBytes,
            long rssBytes,
            int threads,
            Duration opening,
            Map<String, Long> instances) {}

    private static Sample measure(ProcessHandle kiosk, int boards, Duration opening) throws IOException {
        long pid = kiosk.pid();
        jcmd(pid, "GC.run");
        jcmd(pid, "GC.run");
        String histogram = jcmd(pid, "GC.class_histogram");
        String heap = jcmd(pid, "GC.heap_info");
        // kept for a diff by class: what one board costs most in
        Path logs = Files.createDirectories(Path.of(System.getProperty("e2e.logs", "target/e2e-logs")));
        Files.writeString(logs.resolve("display-memory-histogram-" + boards + ".txt"), histogram);
        if (Boolean.getBoolean("e2e.memory.dump")) {
            jcmd(pid, "GC.heap_dump " + logs.toAbsolutePath().resolve("display-memory-" + boards + ".hprof"));
        }
        Matcher total = Pattern.compile("(?m)^Total\\s+\\d+\\s+(\\d+)").matcher(histogram);
        assertThat(total.find()).as(histogram).isTrue();
        Matcher used = Pattern.compile("used (\\d+)K").matcher(heap);
        assertThat(used.find()).as(heap).isTrue();
        Map<String, Long> instances = new LinkedHashMap<>();
        COUNTED.forEach((label, type) -> {
            Matcher m = Pattern.compile("(?m)^\\s*\\d+:\\s+(\\d+)\\s+\\d+\\s+" + Pattern.quote(type) + "(\\s|$)")
                    .matcher(histogram);
            instances.put(label, m.find() ? Long.parseLong(m.group(1)) : 0L);
        });
        String status = Files.readString(Path.of("/proc/" + pid + "/status"));
        return new Sample(
                boards,
                Long.parseLong(total.group(1)),
                Long.parseLong(used.group(1)) * 1024,
                procField(status, "VmRSS") * 1024,
                (int) procField(status, "Threads"),
                opening,
                instances);
    }

    private static long procField(String status, String field) {
        Matcher m = Pattern.compile("(?m)^" + field + ":\\s+(\\d+)").matcher(status);
        return m.find() ? Long.parseLong(m.group(1)) : -1;
    }

    private static String jcmd(long pid, String command) throws IOException {
        Path java = Path.of(ProcessHandle.current().info().command().orElseThrow());
        Process process = new ProcessBuilder(java.resolveSibling("jcmd").toString(), String.valueOf(pid), command)
                .redirectErrorStream(true)
                .start();
        String out = new String(process.getInputStream().readAllBytes());
        try {
            if (!process.waitFor(2, TimeUnit.MINUTES) || process.exitValue() != 0) {
                throw new IllegalStateException("jcmd " + pid + " " + command + " failed:\n" + out);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return out;
    }

    /** The kiosk-app JVM MotcuaStack started: this JVM's child running the kiosk-app jar. */
    private static ProcessHandle kioskProcess() {
        return ProcessHandle.current()
                .children()
                .filter(p -> p.info()
                        .arguments()
                        .map(a -> Arrays.stream(a).anyMatch(arg -> arg.matches(".*/kiosk-app-[^/]*\\.jar")))
                        .orElse(false))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No kiosk-app process among this JVM's children"));
    }
}
