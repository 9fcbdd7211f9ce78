package vn.motcua.server.feedback;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.client.api.FeedbackAnswer;
import vn.motcua.client.api.FeedbackChannel;
import vn.motcua.client.api.FeedbackRequest;
import vn.motcua.client.api.FeedbackState;
import vn.motcua.client.api.FeedbackStatus;
import vn.motcua.client.api.FeedbackView;
import vn.motcua.server.calendar.WorkingCalendar;
import vn.motcua.server.office.Office;
import vn.motcua.server.office.OfficeDirectory;
import vn.motcua.server.security.OfficeHeads;
import vn.motcua.server.shared.NotFoundException;
import vn.motcua.server.shared.PublicAddress;
import vn.motcua.server.shared.RefusedException;

/**
 * Files feedback and records the answers. The answer is due a number of working days after the day it was received,
 * in the office's calendar; the number is a setting ({@code motcua.feedback.answer-working-days}, 10 by default),
 * since the time the rules give depends on the kind of feedback and is not fixed here.
 */
@Service
class Feedbacks {

    /** Letters and digits that cannot be read one for another (no 0/O, 1/I/L, U). */
    private static final char[] REFERENCE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();

    private static final int LIST_LIMIT = 500;

    private final FeedbackStore store;
    private final OfficeDirectory offices;
    private final OfficeHeads heads;
    private final WorkingCalendar calendar;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final int answerWorkingDays;
    private final PublicAddress publicAddress;
    private final SecureRandom random = new SecureRandom();

    Feedbacks(
            FeedbackStore store,
            OfficeDirectory offices,
            OfficeHeads heads,
            WorkingCalendar calendar,
            ApplicationEventPublisher events,
            Clock clock,
            @Value("${motcua.feedback.answer-working-days:10}") int answerWorkingDays,
            PublicAddress publicAddress) {
        this.store = store;
        this.offices = offices;
        this.heads = heads;
        this.calendar = calendar;
        this.events = events;
        this.clock = clock;
        this.answerWorkingDays = answerWorkingDays;
        this.publicAddress = publicAddress;
    }

    @Transactional
    FeedbackStatus file(long officeId, FeedbackRequest request, FeedbackChannel channel) {
        Office office = offices.get(officeId);
        Instant now = clock.instant();
        LocalDate due = calendar.plusWorkingDays(office.localDay(now), answerWorkingDays);
        String reference = newReference();
        store.insert(officeId, reference, request, channel, now, due);
        events.publishEvent(new FeedbackFiled(
                officeId,
                office.view().name(),
                reference,
                request.category(),
                channel,
                request.content().strip(),
                request.subject() == null || request.subject().isBlank()
                        ? null
                        : request.subject().strip(),
                now,
                due,
                heads.withEmail(officeId).stream().map(OfficeHeads.Head::email).toList()));
        return new FeedbackStatus(
                reference, request.category(), now, due, false, null, null, followUrl(officeId, reference));
    }

    @Transactional
    FeedbackView answer(long officeId, long id, FeedbackAnswer answer, long headId) {
        Office office = offices.get(officeId);
        FeedbackView open = find(officeId, id);
        Instant now = clock.instant();
        if (!store.answer(officeId, id, answer.answer(), answer.publishes(), headId, now)) {
            throw new RefusedException(HttpStatus.CONFLICT, "ALREADY_ANSWERED", "This feedback was answered already");
        }
        events.publishEvent(new FeedbackAnswered(
                officeId,
                office.view().name(),
                open.reference(),
                open.contactName(),
                open.email(),
                answer.answer().strip(),
                now));
        return find(officeId, id);
    }

    FeedbackView find(long officeId, long id) {
        return store.find(officeId, id, today(officeId)).orElseThrow(() -> new NotFoundException("feedback", id));
    }

    List<FeedbackView> list(long officeId, FeedbackState state) {
        return store.list(officeId, state, today(officeId), LIST_LIMIT);
    }

    List<FeedbackView> published(long officeId, int limit) {
        return store.published(officeId, today(officeId), limit);
    }

    /** Empty for an unknown reference, written in any case and with or without its dashes. */
    Optional<FeedbackStatus> status(long officeId, String reference) {
        String clean = reference.toUpperCase(Locale.ROOT).replaceAll("[^0-9A-Z]", "");
        if (!clean.startsWith("PA") || clean.length() != 12) {
            return Optional.empty();
        }
        String formatted = "PA-" + clean.substring(2, 7) + "-" + clean.substring(7);
        return store.findByReference(officeId, formatted, today(officeId))
                .map(f -> new FeedbackStatus(
                        f.reference(),
                        f.category(),
                        f.receivedAt(),
                        f.answerDueOn(),
                        f.answer() != null,
                        f.answer(),
                        f.answeredAt(),
                        followUrl(officeId, f.reference())));
    }

    /** The page a citizen opens on a phone, so under the public address rather than the one screens reach. */
    private String followUrl(long officeId, String reference) {
        return publicAddress.of("/cong-khai/" + officeId + "/phan-anh/" + reference);
    }

    private LocalDate today(long officeId) {
        return offices.get(officeId).localDay(clock.instant());
    }

    /** Random, not sequential: the reference is all a citizen needs to read the answer. About 49 bits. */
    private String newReference() {
        StringBuilder reference = new StringBuilder("PA-");
        for (int i = 0; i < 10; i++) {
            if (i == 5) {
                reference.append('-');
            }
            reference.append(REFERENCE_ALPHABET[random.nextInt(REFERENCE_ALPHABET.length)]);
        }
        return reference.toString();
    }
}
