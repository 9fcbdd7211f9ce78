package vn.motcua.counter.console;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;
import java.util.function.Consumer;

/** A pause always carries its reason (heads see why a counter stood idle): a usual one, or the clerk's own words. */
final class PauseDialog extends Dialog {

    /** The server's limit on a reason's length. */
    private static final int MAX_REASON = 200;

    private static final List<String> USUAL_REASONS =
            List.of("pause.reason.break", "pause.reason.meeting", "pause.reason.support", "pause.reason.equipment");

    private final RadioButtonGroup<String> usual = new RadioButtonGroup<>();
    private final TextField other = new TextField();

    PauseDialog(Consumer<String> onPause) {
        setHeaderTitle(getTranslation("pause.title"));
        usual.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        RadioFocus.onOpen(usual);
        usual.setItems(USUAL_REASONS.stream().map(this::getTranslation).toList());
        other.setLabel(getTranslation("pause.other"));
        other.setMaxLength(MAX_REASON);
        other.setWidthFull();
        other.setValueChangeMode(ValueChangeMode.EAGER);
        Button pause = new Button(getTranslation("pause.confirm"), e -> {
            close();
            onPause.accept(reason());
        });
        pause.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        pause.setEnabled(false);
        pause.addClickShortcut(Key.ENTER).listenOn(this);
        usual.addValueChangeListener(e -> pause.setEnabled(!reason().isBlank()));
        other.addValueChangeListener(e -> pause.setEnabled(!reason().isBlank()));
        add(usual, other);
        getFooter().add(new Button(getTranslation("dialog.cancel"), e -> close()), pause);
    }

    private String reason() {
        String own = other.getValue().trim();
        if (!own.isEmpty()) {
            return own;
        }
        return usual.getValue() == null ? "" : usual.getValue();
    }
}
