package vn.motcua.server.queue;

import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Addresses citizens open on their phones (from a slip's QR code), under the installation's public URL. */
@Component
class PublicLinks {

    private final String base;

    PublicLinks(@Value("${motcua.public-url:http://localhost:8080}") String base) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    /** The ticket's public page, in English when the slip was printed in English. */
    String ticket(long officeId, String ticketId, Locale language) {
        return base + "/t/" + officeId + "/" + ticketId + ("en".equals(language.getLanguage()) ? "?lang=en" : "");
    }
}
