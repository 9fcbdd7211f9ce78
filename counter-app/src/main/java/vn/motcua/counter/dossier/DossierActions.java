package vn.motcua.counter.dossier;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Supplier;
import vn.motcua.client.api.OfficeView;
import vn.motcua.client.api.TicketView;
import vn.motcua.counter.shared.OneKeyShortcuts;

/**
 * The console's way into dossiers: "Tiếp nhận hồ sơ" (key 8) and "Tra cứu hồ sơ" (key 0), kept apart from the
 * queue actions because they do not depend on the counter's state. Their keys are bound with the queue keys,
 * in one listener that ignores typing and open dialogs.
 */
@StyleSheet("styles/dossier.css")
public final class DossierActions extends Div {

    enum Entry {
        REGISTER("dossier.action.register", "8", "Numpad8", "8"),
        FIND("dossier.action.find", "0", "Numpad0", "0");

        final String textKey;
        final String keyHint;
        final List<String> keys;

        Entry(String textKey, String keyHint, String... keys) {
            this.textKey = textKey;
            this.keyHint = keyHint;
            this.keys = List.of(keys);
        }
    }

    private final OfficeView office;
    private final Supplier<TicketView> currentTicket;

    /**
     * @param shortcuts the screen's keys, which open the dialogs too
     * @param currentTicket the ticket at the counter now, offered as the new dossier's link
     */
    public DossierActions(OneKeyShortcuts shortcuts, OfficeView office, Supplier<TicketView> currentTicket) {
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
            shortcuts.bind(() -> open(entry), entry.keys);
        }
    }

    /** The rows the console's help dialog adds to its table of keys. */
    public static List<Component> helpRows() {
        return List.of(Entry.values()).stream()
                .<Component>map(entry -> {
                    Span key = new Span(entry.keyHint);
                    key.addClassName("dossier-key");
                    Span text = new Span(key.getTranslation(entry.textKey));
                    return new HorizontalLayout(key, text);
                })
                .toList();
    }

    void open(Entry entry) {
        ZoneId zone = ZoneId.of(office.timeZone());
        switch (entry) {
            case REGISTER ->
                new RegisterDossierDialog(
                                office.id(),
                                zone,
                                currentTicket.get(),
                                code -> new FindDossierDialog(office.id(), zone)
                                        .show(code)
                                        .open())
                        .open();
            case FIND -> new FindDossierDialog(office.id(), zone).open();
        }
    }
}
