package vn.motcua.server.dossier;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.motcua.client.api.DossierDelivery;
import vn.motcua.client.api.DossierStatus;

/** What the applicant should do next, in the words of the public status page (messages.properties). */
@Component
class NextSteps {

    static final Locale VIETNAMESE = Locale.of("vi");

    private final MessageSource messages;

    NextSteps(MessageSource messages) {
        this.messages = messages;
    }

    String of(DossierStatus status, DossierDelivery delivery) {
        return of(status, delivery, VIETNAMESE);
    }

    String of(DossierStatus status, DossierDelivery delivery, Locale locale) {
        String key = switch (status) {
            case RECEIVED, PROCESSING -> "dossier.next.PROCESSING";
            case STOPPED, REJECTED -> "dossier.next.STOPPED";
            case RESOLVED -> delivery == DossierDelivery.POST ? "dossier.next.RESOLVED.post" : "dossier.next.RESOLVED";
            default -> "dossier.next." + status.name();
        };
        return messages.getMessage(key, null, locale);
    }

    /** The national label in Vietnamese (the portal's own words); a translation in another language. */
    String statusLabel(DossierStatus status, Locale locale) {
        return messages.getMessage("dossier.status." + status.name(), null, status.label(), locale);
    }
}
