package vn.motcua.counter.dossier;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;
import vn.motcua.client.api.DossierRefusalRequest;

/**
 * Mẫu 03, "Phiếu từ chối tiếp nhận giải quyết hồ sơ": the reason is printed for the applicant, so it is required.
 * Refusing closes the dossier for good, which the dialog says before the clerk confirms.
 */
final class RefusalDialog extends Dialog {

    private static final int MAX_REASON = 2000;

    final TextArea reason = new TextArea();
    final Button refuse;

    RefusalDialog(Consumer<DossierRefusalRequest> onRefuse) {
        setHeaderTitle(getTranslation("dossier.refusal.title"));
        setWidth("36rem");
        reason.setLabel(getTranslation("dossier.refusal.reason"));
        reason.setMaxLength(MAX_REASON);
        reason.setWidthFull();
        reason.setMinHeight("6rem");
        reason.setAutofocus(true);
        refuse = new Button(getTranslation("dossier.refusal.confirm"), e -> {
            if (reason.getValue().isBlank()) {
                reason.setErrorMessage(getTranslation("dossier.refusal.reasonRequired"));
                reason.setInvalid(true);
                return;
            }
            onRefuse.accept(new DossierRefusalRequest(reason.getValue().strip()));
        });
        refuse.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        add(new Paragraph(getTranslation("dossier.refusal.warning")), reason);
        getFooter().add(new Button(getTranslation("dialog.cancel"), e -> close()), refuse);
    }
}
