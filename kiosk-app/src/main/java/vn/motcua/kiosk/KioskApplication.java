package vn.motcua.kiosk;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.shared.ui.Transport;
import com.vaadin.flow.theme.lumo.Lumo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import vn.motcua.kiosk.push.LeanPushConnections;

/**
 * The kiosk, hall display and rating tablet screens. Push goes server-to-browser over WebSocket, while the
 * browser's own requests stay on XHR so that pairing can set its cookie on an ordinary HTTP response.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@Push(transport = Transport.WEBSOCKET_XHR)
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("kiosk.css")
// zoom allowed: a board or a tablet may be read by someone who needs it larger; the ticket kiosk turns it off itself
@Meta(name = "viewport", content = "width=device-width, initial-scale=1")
public class KioskApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        LeanPushConnections.sizeWebSocketFrames();
        SpringApplication.run(KioskApplication.class, args);
    }

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("Một cửa");
    }
}
