package vn.motcua.counter.dossier;

import java.time.ZoneId;
import java.util.List;
import java.util.function.Supplier;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

import vn.motcua.client.api.OfficeView;
import vn.motcua.client.api.TicketView;

/**
 * The console's way into dossiers: "Tiếp nhận hồ sơ" (key 8) and "Tra cứu hồ sơ" (key 0), kept apart from the
 * queue actions because they do not depend on the counter's state. Like the queue keys, these work on the
 * numeric keypad whatever NumLock says, and pause while a dialog is open.
 */
@StyleSheet("styles/dossier.css")
public final class DossierActions extends Div {

    enum Entry {
        REGISTER("dossier.action.register", "8", Key.NUMPAD_8, Key.DIGIT_8),
        FIND("dossier.action.find", "0", Key.NUMPAD_0, Key.DIGIT_0);

        final String textKey;
        final String keyHint;
        final List<Key> keys;

        Entry(String textKey, String keyHint, Key... keys) {
            this.textKey = textKey;
            this.keyHint = keyHint;
            this.keys = List.of(keys);
        }
    }

    private final OfficeView office;
    private final Supplier<TicketView> currentTicket;

    /**
     * @param shortcutsOn the view whose keys open the dialogs
     * @param currentTicket the ticket at the counter now, offered as the new dossier's link
     */
    public DossierActions(Component shortcutsOn, OfficeView office, Supplier<TicketView> currentTicket) {
        this.office = office;
        this.currentTicket = currentTicket;
        addClassName("dossier-actions");
        for (Entry entry : Entry.values()) {
            Span key = new Span(entry.keyHint);
            key.addClassName("dossier-key");
            Button button = new Button(getTranslation(entry.textKey), e -> open(entry));
            button.setSuffixComponent(key);
            button.addClassName("dossier-action");
            add(button);
            entry.keys.forEach(k -> Shortcuts.addShortcutListener(shortcutsOn, () -> open(entry), k));
        }
    }

    /** The rows the console's help dialog adds to its table of keys. */
    public static List<Component> helpRows() {
        return List.of(Entry.values()).stream().<Component>map(entry -> {
            Span key = new Span(entry.keyHint);
            key.addClassName("dossier-key");
            Span text = new Span(key.getTranslation(entry.textKey));
            return new HorizontalLayout(key, text);
        }).toList();
    }

    void open(Entry entry) {
        DossierDesk desk = DossierDesk.current();
        ZoneId zone = ZoneId.of(office.timeZone());
        switch (entry) {
            case REGISTER -> new RegisterDossierDialog(desk, office.id(), zone, currentTicket.get(),
                    code -> new FindDossierDialog(desk, office.id(), zone).show(code).open()).open();
            case FIND -> new FindDossierDialog(desk, office.id(), zone).open();
        }
    }
}
