package vn.motcua.counter.admin;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.Map;
import vn.motcua.client.ApiException;
import vn.motcua.client.api.PhoneTicketSettings;

/**
 * Tickets from the phone: whether citizens may take one on the office's public page, how many a day at most, and at
 * how many people ahead they are sent the SMS that their turn is near.
 */
class PhoneTicketsSection extends VerticalLayout {

    /** The server's bounds, which the fields repeat so that a wrong number is seen before saving. */
    static final int MAX_CAP = 10_000;

    static final int MAX_AHEAD = 50;

    final Checkbox enabled = new Checkbox();
    final IntegerField dailyCap = new IntegerField();
    final IntegerField notifyAhead = new IntegerField();
    final Button save = new Button();

    private final AdminView admin;

    PhoneTicketsSection(AdminView admin) {
        this.admin = admin;
        addClassName("admin-phone-tickets");
        setPadding(false);
        enabled.setLabel(getTranslation("admin.phoneTickets.enabled"));
        bounds(dailyCap, "admin.phoneTickets.dailyCap", MAX_CAP);
        bounds(notifyAhead, "admin.phoneTickets.notifyAhead", MAX_AHEAD);
        save.setText(getTranslation("admin.phoneTickets.save"));
        save.addClickListener(e -> save());
        HorizontalLayout line = new HorizontalLayout(enabled, dailyCap, notifyAhead, save);
        line.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(
                new H3(getTranslation("admin.phoneTickets.title")),
                new Paragraph(getTranslation("admin.phoneTickets.help")),
                line);
    }

    void reload() {
        try {
            show(admin.offices().phoneTickets(admin.officeId()));
        } catch (ApiException e) {
            ServerErrors.show(e, Map.of());
        }
    }

    private void show(PhoneTicketSettings settings) {
        enabled.setValue(settings.enabled());
        dailyCap.setValue(settings.dailyCap());
        notifyAhead.setValue(settings.notifyAhead());
    }

    private void bounds(IntegerField field, String label, int max) {
        field.setLabel(getTranslation(label));
        field.setMin(1);
        field.setMax(max);
        field.setStepButtonsVisible(true);
    }

    private void save() {
        Map<String, HasValidation> fields = Map.of("dailyCap", dailyCap, "notifyAhead", notifyAhead);
        fields.values().forEach(f -> f.setInvalid(false));
        if (dailyCap.getValue() == null || notifyAhead.getValue() == null) {
            dailyCap.setErrorMessage(getTranslation("admin.phoneTickets.server.dailyCap"));
            dailyCap.setInvalid(dailyCap.getValue() == null);
            notifyAhead.setErrorMessage(getTranslation("admin.phoneTickets.server.notifyAhead"));
            notifyAhead.setInvalid(notifyAhead.getValue() == null);
            return;
        }
        try {
            show(admin.offices()
                    .setPhoneTickets(
                            admin.officeId(),
                            new PhoneTicketSettings(enabled.getValue(), dailyCap.getValue(), notifyAhead.getValue())));
            admin.confirm(getTranslation("admin.phoneTickets.saved"));
        } catch (ApiException e) {
            ServerErrors.show(e, "admin.phoneTickets.server.", fields);
        }
    }
}
