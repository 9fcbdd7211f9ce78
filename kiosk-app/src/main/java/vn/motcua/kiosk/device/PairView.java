package vn.motcua.kiosk.device;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import vn.motcua.client.ApiException;

/**
 * Where an administrator pairs a screen, once, with the device's code and secret; {@code /pair?code=…}, the
 * administration's pairing QR code, fills the code in. {@code /pair?reset} with the secret again unpairs it. A paired screen that lands here without {@code reset} goes back to its own screen,
 * so a citizen never reaches it.
 */
@Route("pair")
class PairView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final PairedDevices devices;
    private final TextField code = new TextField();
    private final PasswordField secret = new PasswordField();
    private final Paragraph error = new Paragraph();

    PairView(PairedDevices devices) {
        this.devices = devices;
        addClassName("pair");
        // the web component names its eye button in English ("Show password") and Flow offers no setter for it
        secret.getElement().executeJs("this.i18n = {...this.i18n, reveal: $0}", getTranslation("pair.secret.reveal"));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Pairing pairing = devices.current();
        boolean reset = event.getLocation().getQueryParameters().getParameters().containsKey("reset");
        if (pairing != null && !reset) {
            event.forwardTo(pairing.home());
        } else if (pairing != null) {
            showUnpair(pairing);
        } else {
            showPair(event.getLocation()
                    .getQueryParameters()
                    .getSingleParameter("code")
                    .orElse("")
                    .trim());
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("pair.title");
    }

    private void showPair(String deviceCode) {
        removeAll();
        code.setLabel(getTranslation("pair.code"));
        secret.setLabel(getTranslation("pair.secret"));
        Button pair = new Button(getTranslation("pair.submit"), e -> pair());
        pair.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        pair.addClickShortcut(Key.ENTER);
        error.addClassName("pair-error");
        add(
                new H1(getTranslation("pair.title")),
                new Paragraph(getTranslation("pair.hint")),
                code,
                secret,
                pair,
                error);
        code.setValue(deviceCode);
        if (deviceCode.isEmpty()) {
            code.focus();
        } else {
            secret.focus();
        }
    }

    private void showUnpair(Pairing pairing) {
        removeAll();
        code.setLabel(getTranslation("pair.code"));
        code.setValue(pairing.code());
        code.setReadOnly(true);
        secret.setLabel(getTranslation("pair.secret"));
        Button unpair = new Button(getTranslation("pair.unpair"), e -> unpair(pairing));
        unpair.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        error.addClassName("pair-error");
        add(new H1(getTranslation("pair.unpair.title")), code, secret, unpair, error);
        secret.focus();
    }

    /** A missing field is named before the server is asked, which could only say "wrong". */
    private void pair() {
        if (code.getValue().isBlank()) {
            error.setText(getTranslation("pair.error.codeRequired"));
            code.focus();
            return;
        }
        if (secret.getValue().isEmpty()) {
            error.setText(getTranslation("pair.error.secretRequired"));
            secret.focus();
            return;
        }
        try {
            Pairing pairing = devices.pair(code.getValue().trim(), secret.getValue());
            PairingCookie.write(pairing.reference());
            reloadAt("/");
        } catch (ApiException e) {
            error.setText(getTranslation(
                    e.unreachable()
                            ? "pair.error.unreachable"
                            : e.status() == 401 || e.status() == 403 ? "pair.error.credentials" : "pair.error.other"));
        }
    }

    /** A full reload, so that the next request carries the cookie just set or cleared. */
    private void reloadAt(String path) {
        String context = VaadinRequest.getCurrent().getContextPath();
        getUI().ifPresent(ui -> ui.getPage().setLocation(context + path));
    }

    private void unpair(Pairing pairing) {
        try {
            if (devices.unpair(pairing, secret.getValue())) {
                PairingCookie.clear();
                reloadAt("/pair");
            } else {
                error.setText(getTranslation("pair.error.credentials"));
            }
        } catch (ApiException e) {
            error.setText(getTranslation(e.unreachable() ? "pair.error.unreachable" : "pair.error.other"));
        }
    }
}
