package vn.motcua.counter.dossier;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.function.Consumer;
import vn.motcua.client.api.DossierHandoverRequest;

/**
 * One hand-over of the dossier, a line of the control slip: to which agency or department and officer, when (now
 * unless the paper is entered later) and the handling result or remark. The giver is left to the server: whoever
 * received the dossier last. The dialog stays open on a refusal so nothing typed is lost.
 *
 * <p>A time left as offered is sent as none, so the server dates the hand-over with its own clock: the picker shows
 * whole minutes, and the minute it offers may begin before the receipt or the latest hand-over, which the server
 * refuses (a dossier handed over right after it was received).
 */
final class HandoverDialog extends Dialog {

    /** The server's limits. */
    private static final int MAX_NAME = 300;

    private static final int MAX_NOTE = 1000;

    final TextField toUnit = new TextField();
    final TextField toOfficer = new TextField();
    final DateTimePicker at = new DateTimePicker();
    final TextField note = new TextField();
    final Button send;
    /** Fills in the one-stop desk as the receiver, once the dossier has left it; null before. */
    final Button backToDesk;
    /** The minute the dialog opened in, as the picker shows it. */
    private final LocalDateTime offered;

    /** {@code desk} is the one-stop desk as the first hand-over named it, or null while the dossier never left. */
    HandoverDialog(LocalDateTime now, ZoneId zone, String desk, Consumer<DossierHandoverRequest> onSend) {
        setHeaderTitle(getTranslation("dossier.handover.title"));
        setWidth("40rem");
        toUnit.setLabel(getTranslation("dossier.handover.toUnit"));
        toUnit.setHelperText(getTranslation("dossier.handover.toUnitHelp"));
        toUnit.setMaxLength(MAX_NAME);
        toUnit.setWidthFull();
        toUnit.setAutofocus(true);
        toOfficer.setLabel(getTranslation("dossier.handover.toOfficer"));
        toOfficer.setMaxLength(MAX_NAME);
        toOfficer.setWidthFull();
        at.setLabel(getTranslation("dossier.handover.at"));
        offered = now.withSecond(0).withNano(0);
        at.setValue(offered);
        at.setMax(now);
        note.setLabel(getTranslation("dossier.handover.note"));
        note.setMaxLength(MAX_NOTE);
        note.setWidthFull();
        send = new Button(getTranslation("dossier.handover.send"), e -> {
            if (valid()) {
                onSend.accept(new DossierHandoverRequest(
                        null,
                        null,
                        toUnit.getValue().strip(),
                        toOfficer.getValue().strip(),
                        at.getValue().equals(offered)
                                ? null
                                : at.getValue().atZone(zone).toInstant(),
                        note.getValue().strip()));
            }
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(toUnit, toOfficer, at, note);
        if (desk == null) {
            backToDesk = null;
        } else {
            backToDesk = new Button(getTranslation("dossier.handover.backToDesk"), e -> toUnit.setValue(desk));
            backToDesk.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            getFooter().add(backToDesk);
        }
        getFooter().add(new Button(getTranslation("dialog.cancel"), e -> close()), send);
    }

    private boolean valid() {
        boolean unit = required(toUnit);
        boolean officer = required(toOfficer);
        boolean time = at.getValue() != null && !at.isInvalid();
        if (!time) {
            at.setErrorMessage(getTranslation("dossier.handover.atRequired"));
            at.setInvalid(true);
        }
        return unit && officer && time;
    }

    private boolean required(TextField field) {
        boolean blank = field.getValue().isBlank();
        field.setErrorMessage(blank ? getTranslation("dossier.handover.required") : null);
        field.setInvalid(blank);
        return !blank;
    }

    void showServerError(String field) {
        switch (field) {
            case "at" -> {
                at.setErrorMessage(getTranslation("dossier.handover.atOutOfOrder"));
                at.setInvalid(true);
            }
            case "toUnit" -> required(toUnit);
            case "toOfficer" -> required(toOfficer);
            default -> {
                // the other fields are the server's own defaults: nothing typed to point at
            }
        }
    }
}
