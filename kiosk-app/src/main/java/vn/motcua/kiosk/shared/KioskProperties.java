package vn.motcua.kiosk.shared;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Where the server is (MOTCUA_SERVER_URL); the server also keeps the screens' pairings (decision 20). */
@ConfigurationProperties("kiosk")
public record KioskProperties(URI serverUrl) {}
