package vn.motcua.counter.dossier;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import vn.motcua.client.api.DossierSupplementRequest;
import vn.motcua.counter.shared.DatePickers;

/**
 * Mẫu 02, "Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ": the papers the applicant must add, one per line, why, and by
 * when if the office sets a date. The dialog stays open on a refusal so nothing typed is lost.
 */
final class SupplementDialog extends Dialog {

    /** The server's limits. */
    private static final int MAX_ITEMS = 30;

    private static final int MAX_ITEM = 500;
    private static final int MAX_NOTE = 2000;

    final TextArea items = new TextArea();
    final TextField note = new TextField();
    final DatePicker deadline = new DatePicker();
    final Button send;

    SupplementDialog(LocalDate today, Consumer<DossierSupplementRequest> onSend) {
        setHeaderTitle(getTranslation("dossier.supplement.title"));
        setWidth("40rem");
        items.setLabel(getTranslation("dossier.supplement.items"));
        items.setHelperText(getTranslation("dossier.supplement.itemsHelp"));
        items.setWidthFull();
        items.setMinHeight("8rem");
        items.setAutofocus(true);
        note.setLabel(getTranslation("dossier.supplement.note"));
        note.setMaxLength(MAX_NOTE);
        note.setWidthFull();
        deadline.setLabel(getTranslation("dossier.supplement.deadline"));
        deadline.setMin(today);
        DatePickers.localize(deadline);
        send = new Button(getTranslation("dossier.supplement.send"), e -> {
            if (valid()) {
                onSend.accept(
                        new DossierSupplementRequest(lines(), note.getValue().strip(), deadline.getValue()));
            }
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(items, note, deadline);
        getFooter().add(new Button(getTranslation("dialog.cancel"), e -> close()), send);
    }

    List<String> lines() {
        return Arrays.stream(items.getValue().split("\\R"))
                .map(String::strip)
                .filter(line -> !line.isEmpty())
                .toList();
    }

    private boolean valid() {
        List<String> lines = lines();
        String problem = null;
        if (lines.isEmpty()) {
            problem = getTranslation("dossier.supplement.itemsRequired");
        } else if (lines.size() > MAX_ITEMS) {
            problem = getTranslation("dossier.supplement.itemsTooMany", MAX_ITEMS);
        } else if (lines.stream().anyMatch(line -> line.length() > MAX_ITEM)) {
            problem = getTranslation("dossier.supplement.itemTooLong", MAX_ITEM);
        }
        items.setErrorMessage(problem);
        items.setInvalid(problem != null);
        boolean deadlineOk = !deadline.isInvalid();
        return problem == null && deadlineOk;
    }

    void showServerError(String field) {
        if (field.startsWith("items")) {
            items.setErrorMessage(getTranslation("dossier.supplement.itemsRequired"));
            items.setInvalid(true);
        } else if ("deadline".equals(field)) {
            deadline.setErrorMessage(getTranslation("dossier.supplement.deadlinePast"));
            deadline.setInvalid(true);
        } else if ("note".equals(field)) {
            note.setErrorMessage(getTranslation("dossier.supplement.noteTooLong", MAX_NOTE));
            note.setInvalid(true);
        }
    }
}
