package vn.motcua.kiosk.lookup;

import java.util.function.Consumer;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;

/**
 * The field the handheld scanner types into: a keyboard wedge "types" the QR's link and then Enter. Only the
 * Enter reaches the server, with the whole text, so a scan is one round trip. A plain input rather than a
 * Vaadin text field, so that {@code inputmode=none} keeps a touch screen's system keyboard from popping up.
 */
@Tag("input")
class ReceiptScanner extends Component implements HasStyle {

    ReceiptScanner(Consumer<String> onScan) {
        addClassName("lookup-scanner");
        getElement().setAttribute("inputmode", "none");
        getElement().setAttribute("autocomplete", "off");
        getElement().setAttribute("aria-hidden", "true");
        getElement().addEventListener("keydown",
                        event -> onScan.accept(event.getEventData().get("element.value").asString()))
                .setFilter("event.key === 'Enter'")
                .addEventData("element.value");
    }

    /** Clears the last scan and takes the focus, so that the next scan lands here whatever was tapped before. */
    void ready() {
        getElement().executeJs("this.value = ''; this.focus({preventScroll: true})");
    }
}
