package vn.motcua.server.phone;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import vn.motcua.client.api.IssuedTicket;
import vn.motcua.client.api.PhoneTicketSettings;
import vn.motcua.client.api.ServiceAreaView;
import vn.motcua.server.office.Office;
import vn.motcua.server.office.OfficeDirectory;
import vn.motcua.server.queue.QueueEngine;
import vn.motcua.server.shared.BadRequestException;
import vn.motcua.server.shared.MobileNumbers;
import vn.motcua.server.shared.PublicAddress;
import vn.motcua.server.shared.RefusedException;

/**
 * Sends the one-time code and issues the ticket it proves (decision record 0032): a code of {@value #CODE_DIGITS}
 * digits, good for {@link #CODE_LIFE}, once, and for {@value #WRONG_TRIES} wrong tries; {@value #CODES_PER_PHONE} codes
 * per number per office per day; one ticket per number per office per day; the office's daily cap.
 */
@Service
class PhoneTickets {

    static final int CODE_DIGITS = 6;
    static final Duration CODE_LIFE = Duration.ofMinutes(5);
    static final int WRONG_TRIES = 3;
    static final int CODES_PER_PHONE = 3;
    /** An office that never set them: no phone tickets. */
    static final PhoneTicketSettings DEFAULTS = new PhoneTicketSettings(false, 200, 3);

    private static final Pattern CODE = Pattern.compile("\\d{" + CODE_DIGITS + "}");

    private final PhoneTicketStore store;
    private final OfficeDirectory offices;
    private final QueueEngine queue;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final PublicAddress publicAddress;
    private final SecureRandom random = new SecureRandom();

    PhoneTickets(
            PhoneTicketStore store,
            OfficeDirectory offices,
            QueueEngine queue,
            ApplicationEventPublisher events,
            TransactionTemplate transactions,
            Clock clock,
            PublicAddress publicAddress) {
        this.store = store;
        this.offices = offices;
        this.queue = queue;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
        this.publicAddress = publicAddress;
    }

    PhoneTicketSettings settings(long officeId) {
        offices.get(officeId);
        return store.settings(officeId).orElse(DEFAULTS);
    }

    PhoneTicketSettings setSettings(long officeId, PhoneTicketSettings settings) {
        offices.get(officeId);
        store.saveSettings(officeId, settings);
        return settings;
    }

    boolean offered(Office office) {
        return store.settings(office.id()).orElse(DEFAULTS).enabled();
    }

    boolean open(Office office) {
        return office.isOpen(clock.instant());
    }

    /** A code made and its SMS queued; {@code code} itself is for the demo's page only. */
    record CodeSent(UUID request, String code, Instant expiresAt) {}

    /**
     * Makes a code for the number and queues its SMS, unless the office gives no phone tickets or is closed now, the
     * number holds today's ticket or had its codes for today, or the day's tickets are all given.
     */
    CodeSent sendCode(Office office, Long areaId, String writtenPhone, String language) {
        ServiceAreaView area = Optional.ofNullable(areaId)
                .flatMap(office::area)
                .filter(ServiceAreaView::active)
                .orElseThrow(() -> new BadRequestException("area", "No active service area " + areaId));
        String phone = national(writtenPhone);
        PhoneTicketSettings settings = store.settings(office.id()).orElse(DEFAULTS);
        if (!settings.enabled()) {
            throw refused(HttpStatus.NOT_FOUND, "NOT_OFFERED");
        }
        Instant now = clock.instant();
        requireOpen(office, now);
        LocalDate day = office.localDay(now);
        Instant dayStarts = day.atStartOfDay(office.zone()).toInstant();
        return transactions.execute(tx -> {
            store.lockPhone(office.id(), phone);
            if (store.hasTicket(office.id(), day, phone)) {
                throw refused(HttpStatus.CONFLICT, "PHONE_HAS_TICKET");
            }
            if (store.ticketsOn(office.id(), day) >= settings.dailyCap()) {
                throw refused(HttpStatus.CONFLICT, "DAY_FULL");
            }
            if (store.codesSince(office.id(), phone, dayStarts) >= CODES_PER_PHONE) {
                throw refused(HttpStatus.CONFLICT, "TOO_MANY_CODES");
            }
            UUID request = UUID.randomUUID();
            String code = newCode();
            byte[] salt = new byte[16];
            random.nextBytes(salt);
            // PostgreSQL rounds to microseconds; cut first, so the code never outlives its five minutes by a fraction
            Instant expires = now.plus(CODE_LIFE).truncatedTo(ChronoUnit.MILLIS);
            store.insertCode(request, office.id(), area.id(), phone, language, salt, hash(salt, code), now, expires);
            events.publishEvent(new PhoneCodeSent(
                    office.id(),
                    office.view().name(),
                    request.toString(),
                    phone,
                    code,
                    CODE_LIFE.toMinutes(),
                    language,
                    expires));
            return new CodeSent(request, code, expires);
        });
    }

    /** What the check of a code found; a wrong try is counted whatever the answer. */
    private sealed interface Checked {}

    private record Refused(String code, Map<String, Object> details) implements Checked {}

    private record Reserved(long reservation, long areaId, int notifyAhead) implements Checked {}

    /**
     * Issues the ticket the code proves. The code is judged and the number's place for the day taken in one
     * transaction (the code's row and the office's settings locked), which commits even when the answer is a refusal,
     * so that a wrong try counts; the queue issues the ticket after it, with a key made from the place, and a refusal
     * of the queue (the office closed meanwhile, the area's numbers all given) gives the place back.
     */
    IssuedTicket take(Office office, String request, String code) {
        UUID id = uuid(request).orElseThrow(() -> new BadRequestException("request", "Not a code request"));
        String digits = code == null ? "" : code.replaceAll("\\s", "");
        if (!CODE.matcher(digits).matches()) {
            throw new BadRequestException("code", "The code has " + CODE_DIGITS + " digits");
        }
        Instant now = clock.instant();
        Checked checked = transactions.execute(tx -> check(office, id, digits, now));
        if (checked instanceof Refused(String refusal, Map<String, Object> details)) {
            throw new RefusedException(
                    "WRONG_CODE".equals(refusal) ? HttpStatus.BAD_REQUEST : HttpStatus.CONFLICT,
                    refusal,
                    refusal,
                    details);
        }
        Reserved place = (Reserved) checked;
        IssuedTicket issued;
        try {
            issued = queue.issue(office.id(), place.areaId(), null, "phone:" + place.reservation());
        } catch (BadRequestException areaGone) {
            store.release(place.reservation());
            throw refused(HttpStatus.CONFLICT, "AREA_CLOSED");
        } catch (RuntimeException refused) {
            store.release(place.reservation());
            throw refused;
        }
        // a citizen who already sees the turn near on the page as it is issued is not sent the message too
        boolean nearAlready = issued.peopleAhead() <= place.notifyAhead();
        store.issued(place.reservation(), UUID.fromString(issued.ticket().id()), nearAlready ? now : null);
        return issued;
    }

    private Checked check(Office office, UUID id, String digits, Instant now) {
        Optional<PhoneTicketStore.Code> found = store.lockCode(id, office.id());
        if (found.isEmpty()) {
            return new Refused("CODE_UNKNOWN", Map.of());
        }
        PhoneTicketStore.Code code = found.get();
        if (code.usedAt() != null) {
            return new Refused("CODE_USED", Map.of());
        }
        if (!now.isBefore(code.expiresAt())) {
            return new Refused("CODE_EXPIRED", Map.of());
        }
        if (code.wrongTries() >= WRONG_TRIES) {
            return new Refused("CODE_SPENT", Map.of());
        }
        if (!MessageDigest.isEqual(hash(code.salt(), digits), code.hash())) {
            int left = WRONG_TRIES - store.wrongTry(id);
            return left > 0
                    ? new Refused("WRONG_CODE", Map.of("triesLeft", left))
                    : new Refused("CODE_SPENT", Map.of());
        }
        store.used(id, now);
        Optional<PhoneTicketSettings> settings = store.lockSettings(office.id()).filter(PhoneTicketSettings::enabled);
        if (settings.isEmpty()) {
            return new Refused("NOT_OFFERED", Map.of());
        }
        LocalDate day = office.localDay(now);
        if (store.ticketsOn(office.id(), day) >= settings.get().dailyCap()) {
            return new Refused("DAY_FULL", Map.of());
        }
        return store.reserve(office.id(), day, code.phone(), code.language(), now)
                .<Checked>map(reservation ->
                        new Reserved(reservation, code.areaId(), settings.get().notifyAhead()))
                .orElseGet(() -> new Refused("PHONE_HAS_TICKET", Map.of()));
    }

    /** The ticket's public page, where the citizen follows the place. */
    String page(long officeId, String ticketId, String language) {
        return publicAddress.of("/t/" + officeId + "/" + ticketId + ("en".equals(language) ? "?lang=en" : ""));
    }

    private static void requireOpen(Office office, Instant now) {
        if (!office.isOpen(now)) {
            Refused closed = closed(office);
            throw new RefusedException(HttpStatus.CONFLICT, closed.code(), closed.code(), closed.details());
        }
    }

    private static Refused closed(Office office) {
        return new Refused(
                "OFFICE_CLOSED",
                Map.of(
                        "opensAt",
                        office.view().opensAt().toString(),
                        "closesAt",
                        office.view().closesAt().toString()));
    }

    private static RefusedException refused(HttpStatus status, String code) {
        return new RefusedException(status, code, code);
    }

    /** The number as people in Vietnam write it, 0 and nine digits: what the SMS is sent to and the rules count. */
    private static String national(String written) {
        return MobileNumbers.international(written)
                .map(international -> "0" + international.substring(2))
                .orElseThrow(() -> new BadRequestException("phone", "Not a Vietnamese mobile number"));
    }

    private String newCode() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < CODE_DIGITS; i++) {
            code.append(random.nextInt(10));
        }
        return code.toString();
    }

    static byte[] hash(byte[] salt, String code) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(salt);
            return sha.digest(code.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Optional<UUID> uuid(String value) {
        try {
            return value == null ? Optional.empty() : Optional.of(UUID.fromString(value));
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }
}
