package vn.motcua.counter.console;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;
import java.util.function.Consumer;
import vn.motcua.client.api.TicketView;

/**
 * Picks one ticket out of a list (the waiting ones, or the parked ones). Keypad-friendly: typing digits
 * narrows the list to the numbers that contain them, and Enter takes the first one left.
 */
final class PickTicketDialog extends Dialog {

    private final List<TicketView> candidates;
    private final Consumer<TicketView> onPick;
    private final Div choices = new Div();
    private final TextField number = new TextField();

    PickTicketDialog(String title, List<TicketView> candidates, Consumer<TicketView> onPick) {
        this.candidates = candidates;
        this.onPick = onPick;
        setHeaderTitle(title);
        addClassName("pick-ticket");
        number.setLabel(getTranslation("pick.number"));
        number.setAllowedCharPattern("[0-9]");
        number.setValueChangeMode(ValueChangeMode.EAGER);
        number.addValueChangeListener(e -> show());
        number.addKeyDownListener(Key.ENTER, e -> pickFirst());
        number.setAutofocus(true);
        choices.addClassName("pick-choices");
        add(number, choices);
        Button cancel = new Button(getTranslation("dialog.cancel"), e -> close());
        getFooter().add(cancel);
        show();
    }

    private List<TicketView> matching() {
        String digits = number.getValue();
        return candidates.stream()
                .filter(t ->
                        String.valueOf(t.number()).contains(digits) || t.code().contains(digits))
                .toList();
    }

    private void show() {
        choices.removeAll();
        matching().forEach(t -> {
            Button choice = new Button(t.code(), e -> pick(t));
            choice.addThemeVariants(ButtonVariant.LUMO_LARGE);
            choices.add(choice);
        });
    }

    private void pickFirst() {
        matching().stream().findFirst().ifPresent(this::pick);
    }

    private void pick(TicketView ticket) {
        close();
        onPick.accept(ticket);
    }
}
