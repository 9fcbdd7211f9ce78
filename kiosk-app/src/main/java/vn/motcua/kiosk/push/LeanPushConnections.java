package vn.motcua.kiosk.push;

import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletService;
import com.vaadin.flow.server.communication.JSR356WebsocketInitializer;
import jakarta.servlet.ServletContext;
import jakarta.websocket.server.ServerContainer;
import org.atmosphere.cpr.AtmosphereFramework;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A hall board stays open for days and holds one Push WebSocket on which only the server writes; a province runs
 * hundreds. Tomcat, Atmosphere and Vaadin size each such connection for a busy two-way socket: these settings size
 * it for a board (decision 0007, measured in docs/performance.md "Memory per open display board").
 */
@Configuration(proxyBeanMethods = false)
public class LeanPushConnections {

    private static final Logger log = LoggerFactory.getLogger(LeanPushConnections.class);

    /**
     * Atmosphere gives every socket a byte and a char read buffer of this size; Vaadin asks for 16 K (48 KiB per
     * socket). They are only used for messages the browser sends, and grow when a bigger one arrives.
     */
    static final int ATMOSPHERE_READ_BUFFER = 512;
    /** Tomcat's first size for each session's text and binary message buffers (8 K of each by default). */
    static final int MESSAGE_BUFFER = 1024;
    /**
     * Closed connections whose buffers Tomcat keeps for reuse. By default that pool may reach 1/32 of the heap, so
     * the keep-alive connections of a hall of boards loading their page at once would stay in memory for good.
     */
    static final int REUSED_CHANNELS = 16;
    /**
     * Tomcat's read and write buffer of every connection (8 K each by default). Its documentation advises smaller
     * ones for many long-lived connections; request headers still get their own 8 K buffer.
     */
    static final int SOCKET_BUFFER = 4096;
    /**
     * Tomcat's frame buffers of each WebSocket (read, write and the text encoder's; 8 K each by default). Read once
     * by Tomcat when its WebSocket classes load, so it is set before the application starts; a bigger message is
     * written in several parts of this size.
     */
    static final int FRAME_BUFFER = 2048;

    /** Called by main before anything starts Tomcat: Tomcat reads this system property only once. */
    public static void sizeWebSocketFrames() {
        System.getProperties()
                .putIfAbsent("org.apache.tomcat.websocket.DEFAULT_BUFFER_SIZE", String.valueOf(FRAME_BUFFER));
    }

    @Bean
    VaadinServiceInitListener smallPushBuffers() {
        return event -> {
            if (!(event.getSource() instanceof VaadinServletService service)) {
                return;
            }
            ServletContext context = service.getServlet().getServletContext();
            String name = JSR356WebsocketInitializer.getAttributeName(
                    service.getServlet().getServletName());
            // Atmosphere reads this per new socket, so changing it after Vaadin's initialisation is enough
            if (context.getAttribute(name) instanceof AtmosphereFramework atmosphere) {
                atmosphere.addInitParameter(
                        "org.atmosphere.websocket.bufferSize", String.valueOf(ATMOSPHERE_READ_BUFFER));
            } else {
                log.warn("No Atmosphere framework under {}: Push sockets keep Vaadin's 16 K read buffers", name);
            }
            if (context.getAttribute(ServerContainer.class.getName()) instanceof ServerContainer container) {
                container.setDefaultMaxTextMessageBufferSize(MESSAGE_BUFFER);
                container.setDefaultMaxBinaryMessageBufferSize(MESSAGE_BUFFER);
            } else {
                log.warn("No WebSocket container in the servlet context: its message buffers keep their size");
            }
        };
    }

    @Bean
    TomcatConnectorCustomizer smallSocketBuffers() {
        return connector -> {
            connector.setProperty("socket.bufferPool", String.valueOf(REUSED_CHANNELS));
            connector.setProperty("socket.appReadBufSize", String.valueOf(SOCKET_BUFFER));
            connector.setProperty("socket.appWriteBufSize", String.valueOf(SOCKET_BUFFER));
        };
    }

    @Bean
    FilterRegistrationBean<UncompressedWebSockets> uncompressedWebSockets() {
        FilterRegistrationBean<UncompressedWebSockets> registration =
                new FilterRegistrationBean<>(new UncompressedWebSockets());
        registration.addUrlPatterns("/*");
        registration.setAsyncSupported(true);
        return registration;
    }
}
