package vn.motcua.counter.shared;

import com.vaadin.flow.server.VaadinServiceInitListener;
import java.net.URI;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationProvider;
import vn.motcua.client.AppointmentApi;
import vn.motcua.client.CalendarApi;
import vn.motcua.client.DeviceApi;
import vn.motcua.client.DossierApi;
import vn.motcua.client.FeedbackApi;
import vn.motcua.client.FileApi;
import vn.motcua.client.MotcuaClient;
import vn.motcua.client.OfficeApi;
import vn.motcua.client.QueueApi;
import vn.motcua.client.RatingApi;
import vn.motcua.client.ReportApi;
import vn.motcua.client.ServerConnection;
import vn.motcua.client.StaffApi;

/**
 * Gives every new Vaadin session its own client over the app's one connection to the server, so that each
 * signed-in person holds only his own token, and
 * starts it in Vietnamese whatever the browser's language (many counter PCs run an English Windows). The views take
 * the client's API interfaces from the session by their class, where tests put fakes instead.
 */
@Configuration
class BackendConfig {

    @Bean
    ServerConnection server(@Value("${motcua.server-url}") URI serverUrl) {
        return new ServerConnection(serverUrl);
    }

    @Bean
    VaadinServiceInitListener staffSessions(ServerConnection server, AuthenticationProvider serverAuthentication) {
        return event -> event.getSource().addSessionInitListener(init -> {
            init.getSession().setLocale(Messages.VIETNAMESE);
            // the clerk's own address, so that one guesser at the sign-in page does not lock out every clerk
            MotcuaClient client = server.newClient().actingFor(init.getRequest().getRemoteAddr());
            StaffSession.install(
                    init.getSession(), new ClientBackend(client), serverAuthentication, new SpringSignIn());
            init.getSession().setAttribute(QueueApi.class, client.queue());
            init.getSession().setAttribute(OfficeApi.class, client.offices());
            init.getSession().setAttribute(StaffApi.class, client.staff());
            init.getSession().setAttribute(DeviceApi.class, client.devices());
            init.getSession().setAttribute(DossierApi.class, client.dossiers());
            init.getSession().setAttribute(RatingApi.class, client.ratings());
            init.getSession().setAttribute(ReportApi.class, client.reports());
            init.getSession().setAttribute(CalendarApi.class, client.calendar());
            init.getSession().setAttribute(FileApi.class, client.files());
            init.getSession().setAttribute(FeedbackApi.class, client.feedback());
            init.getSession().setAttribute(AppointmentApi.class, client.appointments());
        });
    }
}
