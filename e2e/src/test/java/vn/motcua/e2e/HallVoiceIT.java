package vn.motcua.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import vn.motcua.client.MotcuaClient;

/**
 * The hall board's voice where the browser has no Vietnamese one (headless Chromium has no voice at all): after
 * the sound tap, a call is played from the recorded clips, the whole sequence twice. The clips' requests are
 * routed through the test, which also keeps Chromium from answering a repeated clip from its cache, so the order
 * of requests is the order of playing.
 */
class HallVoiceIT extends BrowserIT {

    private static final String SOUND = "Chạm vào đây để bật âm thanh gọi số";
    private static final Set<String> NUMBER_WORDS = Set.of("khong", "mot-nang", "hai", "ba", "bon", "nam", "sau", "bay",
            "tam", "chin", "muoi-huyen", "muoi-ngang", "tram", "linh", "mot-sac", "lam");

    @Test
    void without_a_vietnamese_voice_the_board_plays_the_call_from_recorded_clips_twice() {
        Page board = screens.paired(Ui.DISPLAY, Ui.DISPLAY_SECRET, 1280, 720);
        assertThat(board.locator(".board-offline")).isHidden();
        Assumptions.assumeFalse((Boolean) board.evaluate(
                "() => !!window.speechSynthesis && speechSynthesis.getVoices().some(v => v.lang.startsWith('vi'))"),
                "this Chromium has a Vietnamese voice, so the board speaks instead of playing clips");
        List<String> clips = Collections.synchronizedList(new ArrayList<>());
        board.route("**/voice/*.ogg", route -> {
            String url = route.request().url();
            clips.add(url.substring(url.lastIndexOf('/') + 1, url.length() - ".ogg".length()));
            route.resume();
        });

        board.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(SOUND)).click();
        board.waitForCondition(() -> clips.contains("im-lang"));
        clips.clear();

        MotcuaClient clerk = new MotcuaClient(stack.serverUrl());
        clerk.signInStaff(Ui.CLERK, Ui.PASSWORD);
        Office office = Office.centre(clerk);
        String code = clerk.issueTicket(office.id(), office.areaA(), null).ticket().code();
        assertThat(clerk.callNext(office.id(), office.counter1()).code()).isEqualTo(code);

        // "Mời công dân có số thứ tự" + the prefix letter(s) + the number in words + "đến quầy số" + "một", twice
        board.waitForCondition(() -> clips.lastIndexOf("den-quay-so") > clips.indexOf("den-quay-so")
                && clips.getLast().equals("mot-nang"), new Page.WaitForConditionOptions().setTimeout(40_000));
        int half = clips.size() / 2;
        List<String> once = List.copyOf(clips.subList(0, half));
        assertThat(clips.subList(half, clips.size())).as("said twice: %s", clips).isEqualTo(once);
        String prefix = code.replaceAll("\\d", "");
        assertThat(once.getFirst()).isEqualTo("moi-cong-dan-co-so-thu-tu");
        assertThat(once.subList(1, 1 + prefix.length())).isEqualTo(prefix.chars()
                .mapToObj(c -> "chu-" + Character.toLowerCase((char) c)).toList());
        assertThat(once.subList(1 + prefix.length(), once.size() - 2)).isNotEmpty().allMatch(NUMBER_WORDS::contains);
        assertThat(once.subList(once.size() - 2, once.size())).containsExactly("den-quay-so", "mot-nang");

        clerk.noShow(office.id(), office.counter1());
    }
}
