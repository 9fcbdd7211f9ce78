package vn.motcua.counter;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.shared.ui.Transport;
import com.vaadin.flow.theme.lumo.Lumo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The clerks' and department heads' app. It holds no business state: every decision is the server's.
 *
 * <p>Push over WebSocket from the server only: what the browser sends goes as plain HTTP requests, so that
 * signing in can give the browser a new session id (see SignInView) and proxies that drop idle WebSockets
 * lose no click.
 */
@SpringBootApplication
@Push(transport = Transport.WEBSOCKET_XHR)
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/counter.css")
public class CounterApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(CounterApplication.class, args);
    }
}
