package vn.motcua.kiosk.feedback;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.dom.Element;
import java.util.function.UnaryOperator;

/**
 * A field the on-screen keyboard types into, and a keyboard too where the kiosk has one: a plain input or textarea
 * with {@code inputmode=none}, so that a touch screen's system keyboard does not pop up over the page. What is typed
 * on a keyboard reaches the server with each input event, so the on-screen keys carry on from it.
 */
final class KioskInput extends Component implements HasStyle {

    /*
     * Taps cannot focus it (the kiosk keeps mousedown from moving the focus): the screen does, so that a keyboard's
     * keys land in the field the citizen chose. The caret goes to the end, where the on-screen keys add.
     */
    private static final String FOCUS = """
            const take = frames => {
              if (this.isConnected) {
                this.focus({preventScroll: true});
                this.selectionStart = this.selectionEnd = this.value.length;
              }
              if (document.activeElement !== this && frames > 0) requestAnimationFrame(() => take(frames - 1));
            };
            take(60);
            """;

    private final int maxLength;

    KioskInput(String tag, int maxLength, Runnable onInput) {
        super(new Element(tag));
        this.maxLength = maxLength;
        getElement().setAttribute("inputmode", "none");
        getElement().setAttribute("autocomplete", "off");
        getElement().setAttribute("spellcheck", "false");
        getElement().setAttribute("maxlength", Integer.toString(maxLength));
        getElement().setProperty("value", "");
        getElement().addPropertyChangeListener("value", "input", e -> onInput.run());
    }

    String value() {
        return getElement().getProperty("value", "");
    }

    /** Adds at the end, within the field's length. */
    void type(String text) {
        if (value().length() + text.length() <= maxLength) {
            set(value() + text);
        }
    }

    void erase() {
        String value = value();
        if (!value.isEmpty()) {
            set(value.substring(0, value.offsetByCodePoints(value.length(), -1)));
        }
    }

    void change(UnaryOperator<String> change) {
        set(change.apply(value()));
    }

    void clear() {
        set("");
    }

    void focus() {
        getElement().executeJs(FOCUS);
    }

    private void set(String value) {
        getElement().setProperty("value", value);
        focus();
    }
}
