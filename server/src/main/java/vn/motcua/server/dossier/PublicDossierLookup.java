package vn.motcua.server.dossier;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import vn.motcua.client.api.DossierPublicView;
import vn.motcua.server.shared.FailureThrottle;
import vn.motcua.server.shared.TooManyRequestsException;

/**
 * The status of a dossier for whoever holds its receipt's link. The token is checked before the database is
 * asked, so a wrong token and an unknown code take the same path and the same time, and get the same answer.
 *
 * <p>Throttles fall only on guessing, never on the holder of the secret: a receipt link with a right token is
 * answered even from an address that an attacker has made refused (behind one proxy or office router many
 * citizens share it); at a kiosk, wrong phone digits are counted per dossier code, the thing being guessed,
 * so an attacker at a kiosk does not lock out the next citizen there.
 *
 * <p>Failures are counted in Redis ({@link FailureThrottle}), so every server instance refuses a guesser that
 * another one has seen. Each subject has a burst of free failures; after it, each further failure locks the
 * subject for one refill period, so guessing goes on at one try per period at most and the count is forgotten
 * once the subject has not failed for the burst's worth of periods. Behind a proxy the address is the proxy's
 * unless forwarded headers are trusted.
 */
@Service
class PublicDossierLookup {

    /** Four digits are 10,000 guesses: five wrong ones, then one more every 6 minutes per dossier. */
    static final int KIOSK_GUESSES_PER_CODE = 5;

    static final Duration KIOSK_GUESS_REFILL = Duration.ofMinutes(6);

    private static final FailureThrottle.Rule BY_CODE = rule("k", KIOSK_GUESSES_PER_CODE, KIOSK_GUESS_REFILL);

    private final LookupTokens tokens;
    private final FailureThrottle failures;
    private final FailureThrottle.Rule byAddress;
    private final DossierStore store;
    private final NextSteps nextSteps;
    private final MessageSource messages;

    PublicDossierLookup(
            LookupTokens tokens,
            DossierStore store,
            NextSteps nextSteps,
            FailureThrottle failures,
            MessageSource messages,
            @Value("${motcua.dossier.lookup-failures-burst:20}") int burst,
            @Value("${motcua.dossier.lookup-failures-refill:3s}") Duration refill) {
        this.nextSteps = nextSteps;
        this.tokens = tokens;
        this.failures = failures;
        this.byAddress = rule("i", burst, refill);
        this.store = store;
        this.messages = messages;
    }

    /** Empty for a wrong token or an unknown code alike; wrong tokens refused while the address has failed too often. */
    Optional<DossierPublicView> find(String code, String token, String clientAddress) {
        return find(code, token, clientAddress, NextSteps.VIETNAMESE);
    }

    /** The same, with the status and the next step in the given language. */
    Optional<DossierPublicView> find(String code, String token, String clientAddress, Locale locale) {
        if (tokens.matches(code, token)) {
            return store.findByCode(code).map(d -> view(d, locale));
        }
        Duration locked = failures.lockLeft(byAddress, clientAddress);
        if (!locked.isZero()) {
            throw tooMany("problem.TOO_MANY_LOOKUPS", locked, locale);
        }
        failures.failed(byAddress, clientAddress);
        return Optional.empty();
    }

    /**
     * At a kiosk a citizen may type the code instead of scanning the QR: the last four digits of the phone
     * number on the receipt stand in for the token, so that a sequential code alone reveals nothing.
     */
    Optional<DossierPublicView> findAtKiosk(long officeId, String code, String phoneLast4, Locale locale) {
        String guessed = officeId + ":" + code;
        Duration locked = failures.lockLeft(BY_CODE, guessed);
        if (!locked.isZero()) {
            throw tooMany("problem.TOO_MANY_PHONE_GUESSES", locked, locale);
        }
        Optional<DossierRow> found = store.findByCode(code)
                .filter(d -> d.officeId() == officeId)
                .filter(d -> phoneLast4 != null
                        && phoneLast4.matches("\\d{4}")
                        && d.applicant().phone() != null
                        && d.applicant().phone().replaceAll("\\D", "").endsWith(phoneLast4));
        if (found.isEmpty()) {
            failures.failed(BY_CODE, guessed);
        }
        return found.map(d -> view(d, locale));
    }

    /** The wait is told in whole minutes once it is longer than one, as a citizen would say it. */
    private TooManyRequestsException tooMany(String key, Duration locked, Locale locale) {
        long seconds = Math.max(1, (locked.toMillis() + 999) / 1000);
        String wait = seconds <= 60
                ? messages.getMessage("problem.wait.seconds", new Object[] {seconds}, locale)
                : messages.getMessage("problem.wait.minutes", new Object[] {(seconds + 59) / 60}, locale);
        return new TooManyRequestsException(
                "TOO_MANY_ATTEMPTS", messages.getMessage(key, new Object[] {wait}, locale), locked);
    }

    private static FailureThrottle.Rule rule(String kind, int burst, Duration refill) {
        return new FailureThrottle.Rule("lookup", kind, burst, refill, refill, refill.multipliedBy(burst));
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
                nextSteps.of(d.status(), d.delivery(), locale),
                d.officeId());
    }
}
