package vn.motcua.server.integration;

import java.net.URI;
import java.net.URISyntaxException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import vn.motcua.client.api.WebhookCreated;
import vn.motcua.client.api.WebhookView;
import vn.motcua.server.shared.BadRequestException;
import vn.motcua.server.shared.NotFoundException;

/** The receivers an office's admin has subscribed to its dossier status changes. */
@Service
class WebhookSubscriptions {

    private static final Set<String> SCHEMES = Set.of("http", "https");
    private static final int MAX_URL_LENGTH = 2000;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final WebhookTargets targets;

    WebhookSubscriptions(JdbcClient jdbc, Clock clock, WebhookTargets targets) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.targets = targets;
    }

    WebhookCreated create(long officeId, String url) {
        String checkedUrl = checkedUrl(url);
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String hexSecret = HexFormat.of().formatHex(secret);
        Instant now = clock.instant();
        long id = jdbc.sql("insert into webhook_subscription (office_id, url, secret, created_at) values (?, ?, ?, ?)"
                        + " returning id")
                .params(officeId, checkedUrl, hexSecret, Timestamp.from(now))
                .query(Long.class)
                .single();
        return new WebhookCreated(id, checkedUrl, now, hexSecret);
    }

    List<WebhookView> active(long officeId) {
        return jdbc.sql(
                        "select id, url, created_at from webhook_subscription where office_id = ? and active order by id")
                .param(officeId)
                .query((rs, n) -> new WebhookView(
                        rs.getLong("id"),
                        rs.getString("url"),
                        rs.getTimestamp("created_at").toInstant()))
                .list();
    }

    /** Kept, inactive, for the deliveries that name it; its pending deliveries are no longer sent. */
    void deactivate(long officeId, long id) {
        int changed = jdbc.sql(
                        "update webhook_subscription set active = false where office_id = ? and id = ? and active")
                .params(officeId, id)
                .update();
        if (changed == 0) {
            throw new NotFoundException("webhook", id);
        }
    }

    private String checkedUrl(String url) {
        if (url == null || url.isBlank() || url.strip().length() > MAX_URL_LENGTH) {
            throw new BadRequestException("url", "url is required, at most " + MAX_URL_LENGTH + " characters");
        }
        try {
            URI uri = new URI(url.strip());
            if (uri.getScheme() == null
                    || !SCHEMES.contains(uri.getScheme().toLowerCase(Locale.ROOT))
                    || uri.getHost() == null) {
                throw new BadRequestException("url", "url must be an http or https address with a host");
            }
            targets.refusal(uri).ifPresent(why -> {
                throw new BadRequestException("url", "url is not allowed: " + why);
            });
            return uri.toString();
        } catch (URISyntaxException e) {
            throw new BadRequestException("url", "url is not a valid address: " + e.getReason());
        }
    }
}
