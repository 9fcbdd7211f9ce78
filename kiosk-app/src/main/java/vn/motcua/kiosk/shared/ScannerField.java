package vn.motcua.kiosk.shared;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import java.util.function.Consumer;

/**
 * The field the handheld scanner types into: a keyboard wedge "types" the QR's text and then Enter. Only the
 * Enter reaches the server, with the whole text, so a scan is one round trip. A plain input rather than a
 * Vaadin text field, so that {@code inputmode=none} keeps a touch screen's system keyboard from popping up.
 */
@Tag("input")
public class ScannerField extends Component implements HasStyle {

    /*
     * A tap on a button would take the focus from the scanner's field and the next scan would go nowhere:
     * inside the screen nothing but that field may take it. A click still fires, so taps keep working.
     */
    private static final String KEEP_FOCUS = "this.addEventListener('mousedown', e => e.preventDefault())";

    public ScannerField(Consumer<String> onScan) {
        addClassName("kiosk-scanner");
        getElement().setAttribute("inputmode", "none");
        getElement().setAttribute("autocomplete", "off");
        getElement().setAttribute("aria-hidden", "true");
        // out of the Tab order: a focusable element hidden from screen readers is what axe's aria-hidden-focus
        // flags, and a script's focus() still reaches an input with tabindex -1
        getElement().setAttribute("tabindex", "-1");
        getElement()
                .addEventListener(
                        "keydown",
                        event -> onScan.accept(
                                event.getEventData().get("element.value").asString()))
                .setFilter("event.key === 'Enter'")
                .addEventData("element.value");
    }

    /** Keeps taps anywhere inside {@code screen} from taking the focus away from the scanner's field. */
    public static void keepFocusIn(Component screen) {
        screen.getElement().executeJs(KEEP_FOCUS);
    }

    /*
     * On a page load the screen is built before Vaadin puts it into the document, and focus() on an element not
     * yet in it does nothing: so the field tries again at each frame until it has the focus, for about two seconds.
     */
    private static final String READY = """
            this.value = '';
            const take = frames => {
              if (this.isConnected) this.focus({preventScroll: true});
              if (document.activeElement !== this && frames > 0) requestAnimationFrame(() => take(frames - 1));
            };
            take(120);
            """;

    /** Clears the last scan and takes the focus, so that the next scan lands here whatever was tapped before. */
    public void ready() {
        getElement().executeJs(READY);
    }
}
