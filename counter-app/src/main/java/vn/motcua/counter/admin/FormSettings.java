package vn.motcua.counter.admin;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import vn.motcua.client.ApiException;
import vn.motcua.client.api.FormRegime;
import vn.motcua.client.api.OfficeForms;

/**
 * What the office's printed forms say of it (the locality of the place–date line, the agency header, the signing
 * official, the telephone on the supplement request) and which model forms it follows: TT 03/2025 for dossiers
 * received from 15/9/2025, or TT 01/2018 for all. The server checks every field; its refusals land on the field.
 */
class FormSettings extends VerticalLayout {

    final TextField locality = new TextField();
    final TextField agencyHeader = new TextField();
    final TextField signerName = new TextField();
    final TextArea signerTitle = new TextArea();
    final TextField contactPhone = new TextField();
    final Select<FormRegime> formRegime = new Select<>();
    final Button save = new Button();
    private final AdminView admin;

    FormSettings(AdminView admin) {
        this.admin = admin;
        addClassName("admin-forms");
        setPadding(false);
        locality.setLabel(getTranslation("admin.forms.locality"));
        locality.setHelperText(getTranslation("admin.forms.locality.help"));
        agencyHeader.setLabel(getTranslation("admin.forms.agencyHeader"));
        agencyHeader.setHelperText(getTranslation("admin.forms.agencyHeader.help"));
        signerName.setLabel(getTranslation("admin.forms.signerName"));
        signerName.setHelperText(getTranslation("admin.forms.signerName.help"));
        signerTitle.setLabel(getTranslation("admin.forms.signerTitle"));
        signerTitle.setHelperText(getTranslation("admin.forms.signerTitle.help"));
        contactPhone.setLabel(getTranslation("admin.forms.contactPhone"));
        contactPhone.setHelperText(getTranslation("admin.forms.contactPhone.help"));
        formRegime.setLabel(getTranslation("admin.forms.formRegime"));
        formRegime.setItems(FormRegime.values());
        formRegime.setItemLabelGenerator(r -> getTranslation("admin.forms.formRegime." + r.name()));
        formRegime.setHelperText(getTranslation("admin.forms.formRegime.help"));
        save.setText(getTranslation("admin.forms.save"));
        save.addClickListener(e -> save());
        FormLayout fields = new FormLayout(locality, agencyHeader, signerName, signerTitle, contactPhone, formRegime);
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 2));
        fields.setColspan(agencyHeader, 2);
        fields.setColspan(formRegime, 2);
        add(new H3(getTranslation("admin.forms.title")), fields, save);
    }

    void show(OfficeForms forms) {
        locality.setValue(forms.locality());
        agencyHeader.setValue(forms.agencyHeader());
        signerName.setValue(forms.signerName());
        signerTitle.setValue(forms.signerTitle());
        contactPhone.setValue(forms.contactPhone());
        formRegime.setValue(forms.formRegime());
        fields().values().forEach(f -> f.setInvalid(false));
    }

    private void save() {
        fields().values().forEach(f -> f.setInvalid(false));
        try {
            OfficeForms saved = admin.offices()
                    .updateOfficeForms(
                            admin.officeId(),
                            new OfficeForms(
                                    locality.getValue(),
                                    agencyHeader.getValue(),
                                    signerName.getValue(),
                                    signerTitle.getValue(),
                                    contactPhone.getValue(),
                                    formRegime.getValue()));
            show(saved);
            admin.confirm(getTranslation("admin.forms.saved"));
        } catch (ApiException e) {
            ServerErrors.show(e, "admin.forms.server.", fields());
        }
    }

    private Map<String, HasValidation> fields() {
        return Map.of(
                "locality", locality,
                "agencyHeader", agencyHeader,
                "signerName", signerName,
                "signerTitle", signerTitle,
                "contactPhone", contactPhone,
                "formRegime", formRegime);
    }
}
