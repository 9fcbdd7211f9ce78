package vn.motcua.counter.dossier;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.time.ZoneId;
import vn.motcua.client.ApiException;
import vn.motcua.client.DossierApi;
import vn.motcua.counter.shared.Refusals;
import vn.motcua.counter.shared.StaffSession;

/** Tra cứu hồ sơ: a code in, the dossier's details and what may be done with it out. */
public final class FindDossierDialog extends Dialog {

    private final DossierApi dossiers = StaffSession.api(DossierApi.class);
    private final long officeId;
    private final ZoneId zone;
    final TextField code = new TextField();
    private DossierDetails details;

    public FindDossierDialog(long officeId, ZoneId zone) {
        this.officeId = officeId;
        this.zone = zone;
        addClassName("dossier-dialog");
        setHeaderTitle(getTranslation("dossier.find.title"));
        setWidth("min(90rem, 96vw)");
        code.setLabel(getTranslation("dossier.find.code"));
        code.setPlaceholder("000.00.00.H00-250101-0001");
        code.setWidth("24rem");
        code.setAutofocus(true);
        Button find = new Button(getTranslation("dossier.find.submit"), e -> find());
        find.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        find.addClickShortcut(Key.ENTER).listenOn(code);
        HorizontalLayout search = new HorizontalLayout(code, find);
        search.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(search);
        getFooter().add(new Button(getTranslation("dialog.close"), e -> close()));
    }

    /** Opens straight on one dossier, as after registering it. */
    public FindDossierDialog show(String dossierCode) {
        code.setValue(dossierCode);
        find();
        return this;
    }

    void find() {
        String wanted = code.getValue().strip();
        if (wanted.isEmpty()) {
            code.setErrorMessage(getTranslation("dossier.find.codeRequired"));
            code.setInvalid(true);
            return;
        }
        code.setInvalid(false);
        try {
            place(new DossierDetails(officeId, zone, dossiers.dossier(officeId, wanted)));
        } catch (ApiException e) {
            place(null);
            Refusals.warn(getTranslation(DossierTexts.refusalKey(e)));
        }
    }

    private void place(DossierDetails next) {
        if (details != null) {
            remove(details);
        }
        details = next;
        if (next != null) {
            add(next);
        }
    }
}
