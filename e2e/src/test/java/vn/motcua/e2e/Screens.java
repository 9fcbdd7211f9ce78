package vn.motcua.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * Debian's Chromium driven by Playwright, and the screens of the kiosk-app opened in it: each screen in a
 * browser context of its own (its own pairing cookie), paired once through /pair like an administrator does.
 */
final class Screens implements AutoCloseable {

    static final Path CHROMIUM = Path.of(System.getProperty("e2e.chromium", "/usr/bin/chromium"));
    static final List<String> CHROMIUM_ARGS = List.of(
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync");

    private final Playwright playwright;
    private final Browser browser;
    private final String kioskUrl;
    private final List<BrowserContext> contexts = new ArrayList<>();
    private final List<String> policyViolations = Collections.synchronizedList(new ArrayList<>());

    private Screens(Playwright playwright, Browser browser, String kioskUrl) {
        this.playwright = playwright;
        this.browser = browser;
        this.kioskUrl = kioskUrl;
    }

    static Screens open(String kioskUrl) {
        return open(kioskUrl, List.of());
    }

    /** With more Chromium switches, such as a fake camera's. */
    static Screens open(String kioskUrl, List<String> moreArgs) {
        requireChromium();
        List<String> args = new ArrayList<>(CHROMIUM_ARGS);
        args.addAll(moreArgs);
        Playwright playwright = Playwright.create();
        try {
            Browser browser = playwright
                    .chromium()
                    .launch(new BrowserType.LaunchOptions()
                            .setExecutablePath(CHROMIUM)
                            .setHeadless(true)
                            .setArgs(args));
            return new Screens(playwright, browser, kioskUrl);
        } catch (RuntimeException e) {
            playwright.close();
            throw e;
        }
    }

    /** Fails at once, with what to do, where Debian's Chromium is missing. */
    static void requireChromium() {
        if (!Files.isExecutable(CHROMIUM)) {
            throw new IllegalStateException("The end-to-end tests need Chromium at " + CHROMIUM
                    + " and it is missing. Install it with: apt-get update && apt-get install -y chromium"
                    + " (or point -De2e.chromium=<path> at another Chromium).");
        }
        if (!"1".equals(System.getenv("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD"))) {
            throw new IllegalStateException("Set PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 (the e2e pom does it for failsafe):"
                    + " these tests use Debian's Chromium, not a downloaded one.");
        }
    }

    /** A new browser of the given size, paired as the device, on the screen "/" sends that device to. */
    Page paired(String code, String secret, int width, int height) {
        Page page = fresh(width, height);
        page.navigate(kioskUrl + "/pair");
        page.locator("vaadin-text-field input").fill(code);
        page.locator("vaadin-password-field input").fill(secret);
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName(Ui.PAIR_SUBMIT).setExact(true))
                .click();
        // the pairing reloads "/", which forwards to the device's own screen and leaves /pair
        page.waitForURL(url -> !url.contains("/pair"));
        assertThat(page.locator(".kiosk, .board, .rating").first()).isVisible();
        return page;
    }

    /** A new browser of the given size (its own cookies, so its own Vaadin session) on a blank page. */
    Page fresh(int width, int height) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(width, height)
                .setLocale("vi-VN")
                .setTimezoneId("Asia/Ho_Chi_Minh"));
        context.setDefaultTimeout(30_000);
        // Chromium reports what the apps' Content-Security-Policy refused on the console, not as a failure
        context.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy")) {
                policyViolations.add(message.location() + ": " + message.text());
            }
        });
        contexts.add(context);
        return context.newPage();
    }

    /** What the apps' Content-Security-Policy refused in any page since the last call; forgets it. */
    List<String> takePolicyViolations() {
        synchronized (policyViolations) {
            List<String> taken = List.copyOf(policyViolations);
            policyViolations.clear();
            return taken;
        }
    }

    /** Into docs/screenshots (-De2e.screenshots), at the page's own viewport size. */
    static void screenshot(Page page, String name) {
        try {
            Path dir = Files.createDirectories(Path.of(System.getProperty("e2e.screenshots", "../docs/screenshots")));
            page.screenshot(new Page.ScreenshotOptions().setPath(dir.resolve(name)));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * Into docs/screens (-De2e.screens) at half the page's size: the README's pictures, small enough to keep in the
     * repository and still readable beside each other.
     */
    static void readmeScreen(Page page, String name) {
        try {
            Path dir = Files.createDirectories(Path.of(System.getProperty("e2e.screens", "../docs/screens")));
            BufferedImage full = ImageIO.read(new ByteArrayInputStream(page.screenshot()));
            BufferedImage half =
                    new BufferedImage(full.getWidth() / 2, full.getHeight() / 2, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = half.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(full, 0, 0, half.getWidth(), half.getHeight(), null);
            g.dispose();
            ImageIO.write(half, "png", dir.resolve(name).toFile());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        contexts.forEach(BrowserContext::close);
        browser.close();
        playwright.close();
    }
}
