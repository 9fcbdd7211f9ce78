package vn.motcua.server.queue;

import java.util.Locale;
import org.springframework.stereotype.Component;
import vn.motcua.server.shared.PublicAddress;

/** Addresses citizens open on their phones (from a slip's QR code), under the installation's public URL. */
@Component
class PublicLinks {

    private final PublicAddress address;

    PublicLinks(PublicAddress address) {
        this.address = address;
    }

    /** The ticket's public page, in English when the slip was printed in English. */
    String ticket(long officeId, String ticketId, Locale language) {
        return address.of("/t/" + officeId + "/" + ticketId + ("en".equals(language.getLanguage()) ? "?lang=en" : ""));
    }
}
