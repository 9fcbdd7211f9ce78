package vn.motcua.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.motcua.client.ApiException;
import vn.motcua.client.MotcuaClient;
import vn.motcua.client.api.AreaRequest;
import vn.motcua.client.api.CounterRequest;
import vn.motcua.client.api.CounterView;
import vn.motcua.client.api.OfficeSettings;
import vn.motcua.client.api.OfficeView;
import vn.motcua.client.api.ServiceAreaView;

/**
 * A provincial centre has 10 to 20 service areas with long names, and a busy hall has had many calls: the kiosk's
 * home, the hall board and the department head's board, each upright (1080×1920) and lying (1920×1080), with 1, 6,
 * 12 and 20 areas show everything whole, nothing on top of anything else. Measured on the boxes Chromium lays out:
 * each area button lies inside the viewport or inside the box it pages in, the look-up and camera buttons always on
 * screen; on the board the ten latest calls and the notice band share the screen without covering each other, and
 * a list of areas too long for its box and a notice too long for its band slide to their ends; on the head's board
 * nothing stands out sideways or is cut by an ellipsis. Screenshots of every case go to docs/screenshots, and the
 * 12-area centre's, smaller, to docs/screens for the README.
 * <p>
 * Made on the commune's office (no other class uses it): 16 areas are added, the 20 then switched on and off.
 */
class ManyAreasLayoutIT extends BrowserIT {

    private static final String COMMUNE = "Bộ phận Một cửa UBND xã Tam Dương";
    private static final String KIOSK = "KIOSK-XA-01";
    private static final String SOUND = "Chạm vào đây để bật âm thanh gọi số";
    private static final String DISPLAY = "DISPLAY-XA-01";
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final LocatorAssertions.IsInViewportOptions WHOLLY =
            new LocatorAssertions.IsInViewportOptions().setRatio(1);
    private static final String NOTICE = "Từ ngày 01/12, Trung tâm tiếp nhận hồ sơ đất đai cả sáng thứ Bảy; công dân"
            + " nộp hồ sơ trực tuyến tại dichvucong.gov.vn được ưu tiên trả kết quả trước. Xin cảm ơn.";
    /** Real provincial areas, the longest first: with one area, that one is shown. Prefixes the commune lacks. */
    private static final List<String[]> LONG_AREAS = List.of(
            new String[] {"E", "Đất đai, tài nguyên và môi trường – đăng ký biến động"},
            new String[] {"G", "Lao động, thương binh và xã hội – chính sách người có công"},
            new String[] {"H", "Khoa học và công nghệ – sở hữu trí tuệ, tiêu chuẩn đo lường"},
            new String[] {"K", "Giáo dục và đào tạo – văn bằng, chứng chỉ, công nhận trường"},
            new String[] {"L", "Tài chính – quản lý giá, công sản và tài chính doanh nghiệp"},
            new String[] {"M", "Kế hoạch và đầu tư – đăng ký doanh nghiệp, hộ kinh doanh"},
            new String[] {"N", "Nông nghiệp và phát triển nông thôn – thú y, trồng trọt"},
            new String[] {"P", "Nội vụ – tôn giáo, thi đua khen thưởng, văn thư lưu trữ"},
            new String[] {"Q", "Giao thông vận tải – đăng ký, cấp đổi giấy phép lái xe"},
            new String[] {"R", "Công Thương – xúc tiến thương mại, an toàn thực phẩm"},
            new String[] {"S", "Thông tin và truyền thông – xuất bản, in và phát hành"},
            new String[] {"T", "Xây dựng – cấp giấy phép xây dựng nhà ở riêng lẻ"},
            new String[] {"U", "Văn hoá, thể thao và du lịch – lữ hành, lưu trú"},
            new String[] {"V", "Tư pháp – lý lịch tư pháp, quốc tịch, con nuôi"},
            new String[] {"X", "Y tế – hành nghề khám bệnh, chữa bệnh và dược"},
            new String[] {"Y", "Ngoại vụ – xuất nhập cảnh, hội nghị quốc tế"});

    /**
     * What must be whole and apart on the kiosk's home. Each area button must lie inside the pager's box (its
     * scrolled extent: a button below the fold is paged to, not cut), and every other part inside the viewport.
     */
    private static final String KIOSK_PROBLEMS = """
            () => {
              const problems = [];
              const W = innerWidth, H = innerHeight;
              const rect = e => e.getBoundingClientRect();
              const name = e => e.className || e.tagName;
              const inside = (r, o, slack = 1) => r.left >= o.left - slack && r.right <= o.right + slack
                  && r.top >= o.top - slack && r.bottom <= o.bottom + slack;
              const overlap = (a, b) => Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1
                  && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1;
              const screen = {left: 0, top: 0, right: W, bottom: H};
              const box = document.querySelector('.pager-box');
              const parts = [...document.querySelectorAll('.kiosk-header, .kiosk-title, .pager-box, .kiosk-service,'
                  + ' .camera-open')];
              const controls = document.querySelector('.pager-controls');
              if (getComputedStyle(controls).display !== 'none') parts.push(controls);
              for (const p of parts) {
                if (!p.offsetWidth || !inside(rect(p), screen)) problems.push(name(p) + ' not whole on screen');
              }
              parts.forEach((a, i) => parts.slice(i + 1).forEach(b => {
                if (overlap(rect(a), rect(b))) problems.push(name(a) + ' overlaps ' + name(b));
              }));
              const b = rect(box);
              const extent = {left: b.left, right: b.right, top: b.top - box.scrollTop,
                  bottom: b.top - box.scrollTop + box.scrollHeight};
              const areas = [...document.querySelectorAll('vaadin-button.area')];
              areas.forEach((a, i) => {
                const r = rect(a);
                const text = a.querySelector('.area-name');
                if (!inside(r, extent)) problems.push('area ' + i + ' outside its box');
                if (!inside(rect(text), r)) problems.push('name of area ' + i + ' outside its button');
                if (text.scrollWidth > text.clientWidth + 1) problems.push('name of area ' + i + ' cut');
                areas.slice(i + 1).forEach((o, j) => {
                  if (overlap(r, rect(o))) problems.push('area ' + i + ' overlaps area ' + (i + 1 + j));
                });
              });
              return problems;
            }""";

    /** The board: header, ten calls, the areas' box and the notice band whole and apart; each area in its list. */
    private static final String BOARD_PROBLEMS = """
            () => {
              const problems = [];
              const W = innerWidth, H = innerHeight;
              const rect = e => e.getBoundingClientRect();
              const inside = (r, o, slack = 1) => r.left >= o.left - slack && r.right <= o.right + slack
                  && r.top >= o.top - slack && r.bottom <= o.bottom + slack;
              const overlap = (a, b) => Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1
                  && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1;
              const screen = {left: 0, top: 0, right: W, bottom: H};
              const rows = [...document.querySelectorAll('.board-calls > div')];
              const parts = [document.querySelector('.board-header'), ...rows,
                  document.querySelector('.board-waiting h2'), document.querySelector('.board-areas-box'),
                  document.querySelector('.board-notice')];
              parts.forEach((p, i) => {
                if (!p || !p.offsetWidth || !inside(rect(p), screen)) problems.push('part ' + i + ' not whole on screen');
              });
              parts.forEach((a, i) => parts.slice(i + 1).forEach((b, j) => {
                if (a && b && overlap(rect(a), rect(b))) problems.push('part ' + i + ' overlaps part ' + (i + 1 + j));
              }));
              const calls = rect(document.querySelector('.board-calls'));
              rows.forEach((r, i) => {
                if (!inside(rect(r), calls)) problems.push('call row ' + i + ' cut by the calls column');
                if (r.scrollHeight > r.clientHeight + 1) problems.push('text of call row ' + i + ' taller than its row');
                r.querySelectorAll('span').forEach(s => {
                  if (s.scrollWidth > s.clientWidth + 1) problems.push('text of call row ' + i + ' cut');
                });
              });
              const list = document.querySelector('.board-areas');
              const box = rect(document.querySelector('.board-areas-box'));
              if (rect(list).top < box.top - 1) problems.push('the list of areas starts above its box');
              [...list.querySelectorAll('.board-area')].forEach((a, i) => {
                const r = rect(a);
                if (r.left < box.left - 1 || r.right > box.right + 1) problems.push('area ' + i + ' wider than its box');
                if (!inside(r, rect(list))) problems.push('area ' + i + ' outside its list');
                const text = a.querySelector('.area-name');
                if (text.scrollWidth > text.clientWidth + 1) problems.push('name of area ' + i + ' cut');
              });
              // what a failure is measured against: the boxes of the calls, their rows and the areas' list
              const px = e => { const r = rect(e); return Math.round(r.top) + '–' + Math.round(r.bottom) + ' ('
                  + getComputedStyle(e).fontSize + ', ' + getComputedStyle(e).transform + ')'; };
              if (problems.length) problems.push('calls ' + px(document.querySelector('.board-calls')) + ', rows '
                  + rows.map(px).join(' ') + ', areas box ' + px(document.querySelector('.board-areas-box'))
                  + ', list ' + px(list));
              return problems;
            }""";

    /** Where the areas' list and the notice stand when their slides are near their ends: each end in its box. */
    private static final String SLID_TO_THE_END = """
            () => {
              const near = e => e.getAnimations().forEach(a => {
                a.currentTime = a.effect.getComputedTiming().duration * 0.9;
              });
              const list = document.querySelector('.board-areas');
              const text = document.querySelector('.board-notice-text');
              near(list);
              near(text);
              const last = [...list.querySelectorAll('.board-area')].pop().getBoundingClientRect();
              const box = document.querySelector('.board-areas-box').getBoundingClientRect();
              const band = document.querySelector('.board-notice').getBoundingClientRect();
              const words = text.getBoundingClientRect();
              return last.top >= box.top - 1 && last.bottom <= box.bottom + 1
                  && words.right <= band.right + 1 && words.bottom <= band.bottom + 1;
            }""";

    /**
     * The head's board is a page of the counter-app: it may grow downwards, but nothing may stand out sideways,
     * lie on anything else, or be cut short by an ellipsis (the grids' cells wrap instead).
     */
    private static final String HEAD_PROBLEMS = """
            () => {
              const problems = [];
              const W = innerWidth;
              const rect = e => e.getBoundingClientRect();
              const overlap = (a, b) => Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1
                  && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1;
              const cut = e => e.scrollWidth > e.clientWidth + 1 || e.scrollHeight > e.clientHeight + 1;
              if (document.documentElement.scrollWidth > W + 1) problems.push('the page is wider than the screen');
              const bar = document.querySelector('.top-bar');
              const tiles = document.querySelector('.area-tiles');
              // a grid hidden while it has nothing to list (the norm breaches) is not a part of the layout
              const grids = [...document.querySelectorAll('vaadin-grid')].filter(g => !g.hidden);
              const parts = [bar, tiles, ...grids];
              parts.forEach((p, i) => {
                const r = rect(p);
                if (!p.offsetWidth || r.left < -1 || r.right > W + 1) problems.push('part ' + i + ' not whole across');
              });
              parts.forEach((a, i) => parts.slice(i + 1).forEach((b, j) => {
                if (overlap(rect(a), rect(b))) problems.push('part ' + i + ' overlaps part ' + (i + 1 + j));
              }));
              [...bar.children].forEach((c, i) => {
                const r = rect(c);
                if (c.offsetWidth && (r.left < -1 || r.right > W + 1)) problems.push('top bar item ' + i + ' off screen');
              });
              const box = rect(tiles);
              const all = [...tiles.querySelectorAll('.area-tile')];
              all.forEach((t, i) => {
                const r = rect(t);
                if (r.left < box.left - 1 || r.right > box.right + 1) problems.push('tile ' + i + ' outside its row');
                if (cut(t.querySelector('.tile-name'))) problems.push('name of tile ' + i + ' cut');
                all.slice(i + 1).forEach((o, j) => {
                  if (overlap(r, rect(o))) problems.push('tile ' + i + ' overlaps tile ' + (i + 1 + j));
                });
              });
              grids.forEach((g, i) => {
                const table = g.shadowRoot.querySelector('#table');
                if (table.scrollWidth > table.clientWidth + 1) problems.push('grid ' + i + ' scrolls sideways');
                g.querySelectorAll('vaadin-grid-cell-content').forEach(c => {
                  if (c.textContent.trim() && c.scrollWidth > c.clientWidth + 1) {
                    problems.push('grid ' + i + ': "' + c.textContent.trim() + '" cut');
                  }
                });
              });
              return problems;
            }""";

    private static MotcuaClient admin;
    private static OfficeView commune;
    /** The 20 areas, in the order they are switched on: the long ones, then the commune's own A–D. */
    private static final List<ServiceAreaView> ORDER = new ArrayList<>();

    @BeforeAll
    static void makeACentreOfTwentyAreasWithTenCalls() {
        admin = new MotcuaClient(stack.serverUrl());
        admin.signInStaff(Ui.ADMIN, Ui.PASSWORD);
        commune = admin.offices().offices().stream()
                .filter(o -> o.name().equals(COMMUNE))
                .findFirst()
                .orElseThrow();
        // open at any hour, so that the calls below can be made whenever the test runs (Sundays excepted)
        admin.offices()
                .updateOffice(
                        commune.id(),
                        new OfficeSettings(
                                commune.name(),
                                commune.agencyCode(),
                                LocalTime.MIN,
                                LocalTime.of(23, 59, 59),
                                true,
                                true,
                                commune.priorityRun()));
        for (int i = 0; i < LONG_AREAS.size(); i++) {
            String[] area = LONG_AREAS.get(i);
            ORDER.add(admin.offices()
                    .addArea(
                            commune.id(),
                            new AreaRequest("LV%02d".formatted(i + 5), area[1], null, area[0], null, true)));
        }
        ORDER.addAll(commune.areas());
        MotcuaClient clerk = new MotcuaClient(stack.serverUrl());
        clerk.signInStaff("xa.canbo", Ui.PASSWORD);
        long hoTich = commune.areas().getFirst().id();
        CounterView twelve =
                admin.offices().addCounter(commune.id(), new CounterRequest(12, "Quầy 12", List.of(hoTich), true));
        List<Long> counters = new ArrayList<>(commune.counters().stream()
                .filter(c -> c.areaIds().contains(hoTich))
                .map(CounterView::id)
                .toList());
        counters.add(twelve.id());
        // ten calls of area A's tickets, taking turns at the counters that serve it, each let go before the next
        for (int i = 0; i < 10; i++) {
            long counter = counters.get(i % counters.size());
            clerk.queue().issueTicket(commune.id(), hoTich, null);
            callNext(clerk, counter);
            if (i < 10 - counters.size()) {
                clerk.queue().noShow(commune.id(), counter);
            }
        }
        // two citizens of the longest-named area still waiting, for the head's list of the longest waits
        clerk.queue().issueTicket(commune.id(), ORDER.getFirst().id(), null);
        clerk.queue().issueTicket(commune.id(), ORDER.getFirst().id(), null);
        admin.offices().setNotice(commune.id(), NOTICE);
    }

    @Test
    void the_kiosk_home_shows_every_area_and_its_look_up_buttons_upright_and_landscape_with_1_6_12_and_20_areas() {
        Page kiosk = screens.paired(KIOSK, KIOSK.toLowerCase() + "-secret", 1080, 1920);
        for (int count : new int[] {1, 6, 12, 20}) {
            activate(count);
            for (boolean upright : new boolean[] {true, false}) {
                kiosk.setViewportSize(upright ? 1080 : 1920, upright ? 1920 : 1080);
                reloadUntil(kiosk, "vaadin-button.area", count);
                assertWhole(kiosk, KIOSK_PROBLEMS, count, upright ? "upright" : "landscape");
                Screens.screenshot(kiosk, "kiosk-areas-%s-%d.png".formatted(upright ? "portrait" : "landscape", count));
                if (count == 12 && upright) {
                    Screens.readmeScreen(kiosk, "kiosk-12-areas.png");
                }
                pageToTheEnd(kiosk, count);
                assertWhole(kiosk, KIOSK_PROBLEMS, count, (upright ? "upright" : "landscape") + ", paged to the end");
            }
        }
    }

    @Test
    void the_hall_board_shows_ten_calls_the_areas_and_the_notice_apart_lying_and_upright_with_1_6_12_and_20_areas() {
        Page board = screens.paired(DISPLAY, DISPLAY.toLowerCase() + "-secret", 1920, 1080);
        for (int count : new int[] {1, 6, 12, 20}) {
            activate(count);
            for (boolean upright : new boolean[] {false, true}) {
                String where = upright ? "upright board" : "board";
                board.setViewportSize(upright ? 1080 : 1920, upright ? 1920 : 1080);
                reloadUntil(board, ".board-area", count);
                // the sound tap a TV gets once after each start, so that the board is measured and shown as the hall
                // sees it
                board.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(SOUND))
                        .click();
                assertThat(board.locator(".board-calls > div.board-call, .board-calls > div.board-call-latest"))
                        .hasCount(10);
                assertThat(board.locator(".board-notice")).isVisible();
                // the slides stopped at their start for the measure and the screenshot, then at their end
                board.evaluate("() => document.querySelectorAll('.board-areas, .board-notice-text')"
                        + ".forEach(e => e.getAnimations().forEach(a => { a.pause(); a.currentTime = 0; }))");
                assertWhole(board, BOARD_PROBLEMS, count, where);
                Screens.screenshot(board, "kiosk-board-areas-%s%d.png".formatted(upright ? "portrait-" : "", count));
                if (count == 12 && !upright) {
                    Screens.readmeScreen(board, "board-12-areas-10-calls.png");
                }
                assertThat(board.evaluate(SLID_TO_THE_END))
                        .as(
                                "%s with %d areas: the list and the notice slide until their ends are in view",
                                where, count)
                        .isEqualTo(true);
            }
        }
    }

    @Test
    void
            the_heads_board_shows_every_area_counter_and_waiting_ticket_whole_lying_and_upright_with_1_6_12_and_20_areas() {
        Page page = screens.fresh(1920, 1080);
        CounterApp head = CounterApp.signIn(page, stack.counterUrl(), "xa.lanhdao");
        for (int count : new int[] {1, 6, 12, 20}) {
            activate(count);
            openHeadsBoardUntil(head, count);
            for (boolean upright : new boolean[] {false, true}) {
                String where = upright ? "upright head's board" : "head's board";
                page.setViewportSize(upright ? 1080 : 1920, upright ? 1920 : 1080);
                assertThat(page.locator("vaadin-grid.longest vaadin-grid-cell-content")
                                .filter(new Locator.FilterOptions()
                                        .setHasText(LONG_AREAS.getFirst()[1]))
                                .first())
                        .isVisible();
                assertWhole(page, HEAD_PROBLEMS, count, where);
                Screens.screenshot(page, "counter-board-areas-%s%d.png".formatted(upright ? "portrait-" : "", count));
                if (count == 12 && !upright) {
                    Screens.readmeScreen(page, "head-board-12-areas.png");
                }
            }
        }
    }

    /**
     * The head's board reads its office when the place is chosen, and the server keeps an office 5 s: choose again
     * until the board shows the areas now active.
     */
    private static void openHeadsBoardUntil(CounterApp head, int count) {
        Instant deadline = Instant.now().plus(PATIENCE);
        Locator tiles = head.page().locator(".area-tile");
        while (true) {
            head.page().navigate(stack.counterUrl() + "/chon-quay");
            head.choosePlace(COMMUNE, null).openBoard();
            assertThat(head.page().locator(".area-tiles")).isVisible();
            if (tiles.count() == count) {
                return;
            }
            assertThat(Instant.now())
                    .as("the head's board shows %d areas within %s", count, PATIENCE)
                    .isBefore(deadline);
        }
    }

    /** The server keeps an office 5 s: a counter just added is refused until its office is read again. */
    private static void callNext(MotcuaClient clerk, long counter) {
        await().atMost(PATIENCE)
                .pollInterval(Duration.ofMillis(500))
                .ignoreExceptionsInstanceOf(ApiException.class)
                .until(() -> clerk.queue().callNext(commune.id(), counter) != null);
    }

    /** The first {@code count} areas of {@link #ORDER} active, the others not. */
    private static void activate(int count) {
        for (int i = 0; i < ORDER.size(); i++) {
            ServiceAreaView area = ORDER.get(i);
            boolean active = i < count;
            if (area.active() != active) {
                ORDER.set(
                        i,
                        admin.offices()
                                .updateArea(
                                        commune.id(),
                                        area.id(),
                                        new AreaRequest(
                                                area.code(),
                                                area.name(),
                                                area.nameEn(),
                                                area.prefix(),
                                                area.dailyLimit(),
                                                active)));
            }
        }
    }

    /** The server keeps an office 5 s, and a screen reads it when it opens: reload until the change shows. */
    private static void reloadUntil(Page page, String selector, int count) {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (true) {
            page.reload();
            page.locator(".kiosk-office, .board-office").first().waitFor();
            page.waitForTimeout(500);
            if (page.locator(selector).count() == count) {
                // fonts and the pager's first measure settle before anything is measured
                page.waitForTimeout(300);
                return;
            }
            assertThat(Instant.now())
                    .as("%s shows %d areas within %s", page.url(), count, PATIENCE)
                    .isBefore(deadline);
            page.waitForTimeout(1_000);
        }
    }

    /**
     * A list longer than its box offers its page buttons, and "Trang sau" taps reach the last area; a list that
     * fits offers none.
     */
    private static void pageToTheEnd(Page kiosk, int count) {
        Locator next = kiosk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Trang sau ▼"));
        Locator last = kiosk.locator("vaadin-button.area").nth(count - 1);
        boolean overflowing = (Boolean)
                kiosk.evaluate(
                        "() => { const b = document.querySelector('.pager-box'); return b.scrollHeight > b.clientHeight + 1; }");
        if (!overflowing) {
            assertThat(next).isHidden();
            assertThat(last).isInViewport(WHOLLY);
            return;
        }
        assertThat(next).isVisible();
        for (int taps = 0; next.isEnabled() && taps < count; taps++) {
            next.click();
            kiosk.waitForTimeout(700);
        }
        assertThat(next).isDisabled();
        assertThat(last).isInViewport(WHOLLY);
    }

    @SuppressWarnings("unchecked")
    private static void assertWhole(Page page, String script, int count, String where) {
        List<String> problems = (List<String>) page.evaluate(script);
        assertThat(problems).as("%s with %d areas", where, count).isEmpty();
    }
}
