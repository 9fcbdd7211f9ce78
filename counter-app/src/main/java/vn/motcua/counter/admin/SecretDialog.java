package vn.motcua.counter.admin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import vn.motcua.client.api.DeviceView;

/**
 * Shows a device's new secret (of a new device, or given by an admin), the one time it exists outside the server,
 * with the pairing QR code. Closing
 * it drops the secret: nothing else in the app ever holds it.
 */
class SecretDialog extends Dialog {

    SecretDialog(DeviceView device, String title) {
        addClassName("secret-dialog");
        setHeaderTitle(title);
        setCloseOnOutsideClick(false);
        Paragraph warning = new Paragraph(getTranslation("admin.device.once"));
        warning.addClassName("secret-warning");
        Span code = new Span(device.code());
        code.addClassName("device-code");
        Span secret = new Span(device.secret());
        secret.addClassName("device-secret");
        Div facts = new Div(line("admin.device.code", code), line("admin.device.secret", secret));
        String url = PairingQr.url(device.code());
        Span link = new Span(url);
        link.addClassName("pairing-url");
        VerticalLayout qr = new VerticalLayout(PairingQr.image(url, getTranslation("admin.device.qrAlt")), link);
        qr.setPadding(false);
        qr.setSpacing(false);
        qr.setAlignItems(FlexComponent.Alignment.CENTER);
        VerticalLayout text = new VerticalLayout(warning, facts, new Paragraph(getTranslation("admin.device.qrHelp")));
        text.setPadding(false);
        add(new HorizontalLayout(text, qr));
        Button done = new Button(getTranslation("admin.device.done"), e -> close());
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(done);
        setWidth("60rem");
        addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                removeFromParent();
            }
        });
    }

    private Div line(String key, Span value) {
        Span label = new Span(getTranslation(key));
        label.addClassName("secret-label");
        Div line = new Div(label, value);
        line.addClassName("secret-line");
        return line;
    }
}
