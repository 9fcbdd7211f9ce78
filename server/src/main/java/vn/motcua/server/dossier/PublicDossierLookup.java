package vn.motcua.server.dossier;

import java.util.Locale;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import vn.motcua.client.api.DossierPublicView;
import vn.motcua.server.shared.RefusedException;

/**
 * The status of a dossier for whoever holds its receipt's link. The token is checked before the database is
 * asked, so a wrong token and an unknown code take the same path and the same time, and get the same answer.
 */
@Service
class PublicDossierLookup {

    private final LookupTokens tokens;
    private final LookupThrottle throttle;
    private final DossierStore store;
    private final NextSteps nextSteps;

    PublicDossierLookup(LookupTokens tokens, LookupThrottle throttle, DossierStore store, NextSteps nextSteps) {
        this.nextSteps = nextSteps;
        this.tokens = tokens;
        this.throttle = throttle;
        this.store = store;
    }

    /** Empty for a wrong token or an unknown code alike; refused while the address has failed too often. */
    Optional<DossierPublicView> find(String code, String token, String clientAddress) {
        return find(code, token, clientAddress, NextSteps.VIETNAMESE);
    }

    /** The same, with the status and the next step in the given language. */
    Optional<DossierPublicView> find(String code, String token, String clientAddress, Locale locale) {
        if (!throttle.allows(clientAddress)) {
            throw new RefusedException(
                    HttpStatus.TOO_MANY_REQUESTS,
                    "TOO_MANY_ATTEMPTS",
                    "Too many failed look-ups from this address; try again in a minute");
        }
        Optional<DossierRow> found = tokens.matches(code, token) ? store.findByCode(code) : Optional.empty();
        if (found.isEmpty()) {
            throttle.failed(clientAddress);
        }
        return found.map(d -> view(d, locale));
    }

    /**
     * At a kiosk a citizen may type the code instead of scanning the QR: the last four digits of the phone
     * number on the receipt stand in for the token, so that a sequential code alone reveals nothing.
     */
    Optional<DossierPublicView> findAtKiosk(
            long officeId, String code, String phoneLast4, String kioskKey, Locale locale) {
        if (!throttle.allows(kioskKey)) {
            throw new RefusedException(
                    HttpStatus.TOO_MANY_REQUESTS,
                    "TOO_MANY_ATTEMPTS",
                    "Too many failed look-ups from this kiosk; try again in a minute");
        }
        Optional<DossierRow> found = store.findByCode(code)
                .filter(d -> d.officeId() == officeId)
                .filter(d -> phoneLast4 != null
                        && phoneLast4.matches("\\d{4}")
                        && d.applicant().phone() != null
                        && d.applicant().phone().replaceAll("\\D", "").endsWith(phoneLast4));
        if (found.isEmpty()) {
            throttle.failed(kioskKey);
        }
        return found.map(d -> view(d, locale));
    }

    private DossierPublicView view(DossierRow d, Locale locale) {
        return new DossierPublicView(
                d.code(),
                d.procedureName(),
                NameMask.mask(d.applicant().name()),
                d.status(),
                d.status().nationalCode(),
                nextSteps.statusLabel(d.status(), locale),
                d.currentDueAt(),
                nextSteps.of(d.status(), d.delivery(), locale));
    }
}
