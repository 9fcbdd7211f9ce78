package vn.motcua.counter.shared;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.dom.DomListenerRegistration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A screen's one-key commands (a clerk's numeric keypad), as one keydown listener on the page whose filter runs in
 * the browser: a key typed into a field (text, password, combo box, text area) or pressed while a dialog is open
 * belongs to that field or dialog and never reaches the server; so does Enter on a focused button, link or grid,
 * which acts on that element. A key is matched by {@code KeyboardEvent.key} or {@code .code}: "1" on the main keys,
 * "Numpad1" on the keypad whatever NumLock says, "+" from the keypad and from Shift+= alike.
 *
 * <p>Vaadin's own shortcuts cannot be used: they have no such filter, they follow the focus into a modal dialog,
 * and a '+' typed with Shift fails their modifier check.
 */
public final class OneKeyShortcuts {

    private static final String KEY = "event.key";
    private static final String CODE = "event.code";
    /** Where a key is the user's own: typing, a dialog, or Enter on something that Enter activates. */
    private static final String NOT_A_COMMAND = """
            event.repeat || event.ctrlKey || event.altKey || event.metaKey
            || !!document.querySelector('vaadin-dialog[opened], vaadin-dialog-overlay[opened]')
            || event.composedPath().some(n => n instanceof Element && (n.isContentEditable
                || n.matches('input, textarea, select, vaadin-dialog, vaadin-dialog-overlay')
                || (event.key === 'Enter' && n.matches('button, vaadin-button, a[href], [role=button], vaadin-grid'))))""";

    private final Map<String, Runnable> commands = new LinkedHashMap<>();
    private DomListenerRegistration listening;

    /** Listens while {@code screen} is attached. */
    public OneKeyShortcuts(Component screen) {
        screen.addAttachListener(e -> listen(e.getUI()));
        screen.addDetachListener(e -> stop());
    }

    /** Each key is a {@code KeyboardEvent.key} or {@code .code} value, such as "+", "Enter", "2" or "Numpad2". */
    public void bind(Runnable command, List<String> keys) {
        keys.forEach(key -> commands.put(key, command));
        if (listening != null) {
            listening.setFilter(filter());
        }
    }

    private void listen(UI ui) {
        stop();
        listening = ui.getElement()
                .addEventListener("keydown", e -> pressed(ui, e))
                .addEventData(KEY)
                .addEventData(CODE)
                .setFilter(filter());
    }

    private void stop() {
        if (listening != null) {
            listening.remove();
            listening = null;
        }
    }

    /** Only keys bound here, outside fields and dialogs; they lose the browser's own meaning ('/' is quick find). */
    private String filter() {
        String keys = commands.keySet().stream().map(k -> "'" + k + "'").collect(Collectors.joining(",", "[", "]"));
        return "(" + keys + ".includes(" + KEY + ") || " + keys + ".includes(" + CODE + ")) && !(" + NOT_A_COMMAND
                + ") && (event.preventDefault(), true)";
    }

    /** The server checks for a dialog too: one opened by the key just before may not have reached the page yet. */
    private void pressed(UI ui, DomEvent event) {
        if (ui.getChildren().anyMatch(c -> c instanceof Dialog dialog && dialog.isOpened())) {
            return;
        }
        Runnable command = commands.get(event.getEventData().path(KEY).asString(""));
        if (command == null) {
            command = commands.get(event.getEventData().path(CODE).asString(""));
        }
        if (command != null) {
            command.run();
        }
    }
}
