package vn.motcua.counter.console;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import vn.motcua.client.api.CounterView;
import vn.motcua.client.api.OfficeView;
import vn.motcua.client.api.ServiceAreaView;

/** Chooses where the current ticket goes: another service area, or one counter in particular. Arrows move, Enter sends. */
final class TransferDialog extends Dialog {

    /** One place a ticket can be sent to: exactly one of the two is set, as the server's request wants. */
    record Target(ServiceAreaView area, CounterView counter) {}

    TransferDialog(OfficeView office, long fromCounterId, Consumer<Target> onTransfer) {
        setHeaderTitle(getTranslation("transfer.title"));
        List<Target> targets = new ArrayList<>();
        office.areas().stream()
                .filter(ServiceAreaView::active)
                .sorted(Comparator.comparing(ServiceAreaView::prefix))
                .forEach(a -> targets.add(new Target(a, null)));
        office.counters().stream()
                .filter(c -> c.active() && c.id() != fromCounterId)
                .sorted(Comparator.comparingInt(CounterView::number))
                .forEach(c -> targets.add(new Target(null, c)));
        RadioButtonGroup<Target> choice = new RadioButtonGroup<>();
        choice.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        RadioFocus.onOpen(choice);
        choice.setItems(targets);
        choice.setItemLabelGenerator(t -> t.area() != null
                ? getTranslation("transfer.toArea", t.area().prefix(), t.area().name())
                : getTranslation("transfer.toCounter", t.counter().name()));
        Button send = new Button(getTranslation("transfer.send"), e -> {
            close();
            onTransfer.accept(choice.getValue());
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setEnabled(false);
        send.addClickShortcut(Key.ENTER).listenOn(this);
        choice.addValueChangeListener(e -> send.setEnabled(e.getValue() != null));
        add(choice);
        getFooter().add(new Button(getTranslation("dialog.cancel"), e -> close()), send);
    }
}
