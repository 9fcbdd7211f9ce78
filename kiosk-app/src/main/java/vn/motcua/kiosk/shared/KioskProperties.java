package vn.motcua.kiosk.shared;

import java.net.URI;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Where the server is (MOTCUA_SERVER_URL) and where this app keeps its small files (the pairings). */
@ConfigurationProperties("kiosk")
public record KioskProperties(URI serverUrl, Path dataDir) {}
