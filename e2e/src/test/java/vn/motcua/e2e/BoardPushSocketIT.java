package vn.motcua.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Cookie;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/**
 * The hall board's Push WebSocket as Chromium opens it, read from the DevTools protocol's handshake events: the
 * browser offers permessage-deflate and the kiosk-app declines it (decision 0007), and the board is live over the
 * uncompressed socket.
 */
class BoardPushSocketIT extends BrowserIT {

    @Test
    void the_board_declines_websocket_compression_and_stays_live() {
        Page paired = screens.paired(Ui.DISPLAY, Ui.DISPLAY_SECRET, 1280, 720);
        List<Cookie> pairing = paired.context().cookies().stream()
                .filter(c -> c.name.equals("motcua-pairing"))
                .toList();
        Page board = screens.fresh(1280, 720);
        board.context().addCookies(pairing);
        Map<String, JsonObject> offered = new ConcurrentHashMap<>();
        Map<String, JsonObject> answered = new ConcurrentHashMap<>();
        CDPSession devTools = board.context().newCDPSession(board);
        devTools.on(
                "Network.webSocketWillSendHandshakeRequest",
                event -> offered.put(event.get("requestId").getAsString(), headers(event, "request")));
        devTools.on(
                "Network.webSocketHandshakeResponseReceived",
                event -> answered.put(event.get("requestId").getAsString(), headers(event, "response")));
        devTools.send("Network.enable");

        board.navigate(stack.kioskUrl() + "/display");

        board.waitForFunction(Ui.BOARD_LIVE);
        board.waitForCondition(() -> !answered.isEmpty());
        answered.forEach((id, response) -> {
            assertThat(header(offered.get(id), "sec-websocket-extensions"))
                    .as("Chromium's offer")
                    .contains("permessage-deflate");
            assertThat(header(response, "sec-websocket-extensions"))
                    .as("the kiosk-app's answer")
                    .isNull();
        });
        devTools.detach();
    }

    private static JsonObject headers(JsonObject event, String part) {
        return event.getAsJsonObject(part).getAsJsonObject("headers");
    }

    private static String header(JsonObject headers, String name) {
        return headers.entrySet().stream()
                .filter(e -> e.getKey().equalsIgnoreCase(name))
                .map(e -> e.getValue().getAsString())
                .findFirst()
                .orElse(null);
    }
}
