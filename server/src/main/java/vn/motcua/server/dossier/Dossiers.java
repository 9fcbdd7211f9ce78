package vn.motcua.server.dossier;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.client.api.DossierApologyRequest;
import vn.motcua.client.api.DossierApplicant;
import vn.motcua.client.api.DossierDocument;
import vn.motcua.client.api.DossierRequest;
import vn.motcua.client.api.DossierStatus;
import vn.motcua.client.api.DossierStatusChange;
import vn.motcua.client.api.DossierView;
import vn.motcua.client.api.NotificationChannel;
import vn.motcua.client.api.OfficeForms;
import vn.motcua.client.api.ProcedureView;
import vn.motcua.client.api.Role;
import vn.motcua.server.calendar.WorkingCalendar;
import vn.motcua.server.office.Office;
import vn.motcua.server.office.OfficeDirectory;
import vn.motcua.server.queue.QueueEngine;
import vn.motcua.server.security.Caller;
import vn.motcua.server.shared.BadRequestException;
import vn.motcua.server.shared.MobileNumbers;
import vn.motcua.server.shared.NotFoundException;
import vn.motcua.server.shared.RefusedException;

/** Registering dossiers, moving them through their statuses and rescheduling them with an apology. */
@Service
public class Dossiers {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}$");
    static final String DEFAULT_SIGNER_TITLE = "THỦ TRƯỞNG CƠ QUAN";
    private static final DateTimeFormatter CODE_DAY = DateTimeFormatter.ofPattern("yyMMdd");

    private final DossierStore store;
    private final ProcedureCatalogue procedures;
    private final OfficeDirectory offices;
    private final WorkingCalendar calendar;
    private final QueueEngine queue;
    private final LookupTokens tokens;
    private final DossierPrints prints;
    private final NoticeStore notices;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Dossiers(
            DossierStore store,
            ProcedureCatalogue procedures,
            OfficeDirectory offices,
            WorkingCalendar calendar,
            QueueEngine queue,
            LookupTokens tokens,
            DossierPrints prints,
            NoticeStore notices,
            ApplicationEventPublisher events,
            Clock clock) {
        this.store = store;
        this.procedures = procedures;
        this.offices = offices;
        this.calendar = calendar;
        this.queue = queue;
        this.tokens = tokens;
        this.prints = prints;
        this.notices = notices;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The code is {@code <agency code>-<YYMMDD>-<NNNN>} (TT 01/2018, Điều 19): the office's agency code under
     * QCVN 102:2016, the office-local day of reception, and the day's sequence number for that agency. The dossier
     * is entered in the office's register book of the year under its next number, printed on the receipt.
     */
    @Transactional
    public DossierView register(long officeId, DossierRequest request, Caller clerk) {
        Office office = offices.get(officeId);
        ProcedureView procedure = checkedProcedure(officeId, request.procedureId());
        DossierApplicant applicant = checkedApplicant(request.applicant());
        List<DossierDocument> documents = checkedDocuments(request.documents());
        if (request.delivery() == null) {
            throw new BadRequestException("delivery", "delivery is required (COUNTER or POST)");
        }
        String ticketId = checkedTicket(officeId, request.ticketId());
        int sets = request.sets() == 0 ? 1 : request.sets();
        if (sets < 1 || sets > 99) {
            throw new BadRequestException("sets", "sets must be between 1 and 99");
        }
        Instant now = clock.instant();
        LocalDate day = office.localDay(now);
        LocalDateTime dueAt = calendar.dueAt(
                now.atZone(office.zone()),
                procedure.processingDays(),
                office.view().opensAt(),
                office.view().closesAt());
        // last before the inserts: the counter row stays locked from here to the commit
        String agency = office.view().agencyCode();
        int sequence = store.nextSequence(agency, day)
                .orElseThrow(() -> new RefusedException(
                        HttpStatus.CONFLICT,
                        "DOSSIER_DAILY_LIMIT",
                        "The agency has used all 9999 dossier numbers of " + day));
        String code = agency + "-" + CODE_DAY.format(day) + "-" + String.format("%04d", sequence);
        DossierStore.RegisterPlace register =
                new DossierStore.RegisterPlace(day.getYear(), store.nextRegisterNumber(officeId, day.getYear()), sets);
        DossierRow row = store.insert(
                code,
                officeId,
                procedure.id(),
                procedure.name(),
                procedure.processingDays(),
                applicant,
                documents,
                request.delivery(),
                ticketId,
                DossierStatus.RECEIVED,
                now,
                dueAt,
                clerk,
                register);
        store.changeStatus(row.id(), DossierStatus.RECEIVED, now, clerk, "Tiếp nhận hồ sơ tại Bộ phận Một cửa");
        return view(row, office);
    }

    /** Whom to tell of the dossier and how, as its applicant chose at registration; 404 for an unknown dossier. */
    public DossierContact contact(long officeId, String code) {
        DossierRow row = find(officeId, code);
        DossierApplicant applicant = row.applicant();
        return new DossierContact(
                officeId,
                code,
                applicant.phone(),
                applicant.email(),
                applicant.notifyBy(),
                Locale.forLanguageTag(applicant.notifyLanguage()),
                // the status page in the language the applicant reads their messages in
                tokens.lookupUrl(code) + ("en".equals(applicant.notifyLanguage()) ? "&lang=en" : ""));
    }

    /** The apology as printed (Mẫu 04, in the forms of the dossier's regime); 404 before one was issued. */
    public byte[] apologyPdf(long officeId, String code) {
        return prints.apology(find(officeId, code), offices.get(officeId));
    }

    DossierView get(long officeId, String code) {
        return view(find(officeId, code), offices.get(officeId));
    }

    DossierRow find(long officeId, String code) {
        return store.find(officeId, code).orElseThrow(() -> new NotFoundException("dossier", code));
    }

    @Transactional
    public DossierView changeStatus(long officeId, String code, DossierStatusChange change, Caller by) {
        if (change.status() == null) {
            throw new BadRequestException("status", "status is required");
        }
        String note = change.note() == null ? "" : change.note().strip();
        boolean stop = change.status() == DossierStatus.STOPPED;
        if (stop && (note.isEmpty() || note.length() > 2000)) {
            throw new BadRequestException("note", "the reason for stopping is required, at most 2000 characters");
        }
        DossierRow row = store.lock(officeId, code).orElseThrow(() -> new NotFoundException("dossier", code));
        StatusTransitions.require(row.status(), change.status());
        Instant now = clock.instant();
        store.changeStatus(row.id(), change.status(), now, by, note);
        if (stop) {
            // the stop notice prints this reason, so it is kept with the notice like a refusal's
            notices.record(row.id(), NoticeStore.Kind.STOP, List.of(), note, null, now, by);
        }
        return get(officeId, code);
    }

    /**
     * ND 61/2018 as the rules file gives it (§3): the return date may be rescheduled only once, and the apology
     * must reach the applicant at the latest one day before the due date, read here as the working day before it.
     * An apology after that day is still issued, since a late dossier left without one can never get it, and is
     * recorded as issued late so that it is reported apart.
     *
     * <p>The signer is the official named in the office's form settings; while none is named, only a HEAD may
     * issue the apology, signed in their own name under "THỦ TRƯỞNG CƠ QUAN" (the rules file: the duty falls on
     * "người đứng đầu" the agency). Nobody types a signer.
     */
    @Transactional
    DossierView apologize(long officeId, String code, DossierApologyRequest request, Caller by) {
        Office office = offices.get(officeId);
        DossierRow row = store.lock(officeId, code).orElseThrow(() -> new NotFoundException("dossier", code));
        if (row.apologized()) {
            throw new RefusedException(
                    HttpStatus.CONFLICT,
                    "APOLOGY_ALREADY_ISSUED",
                    "This dossier was already rescheduled once; it may not be rescheduled again");
        }
        if (StatusTransitions.finished(row.status())) {
            throw new RefusedException(
                    HttpStatus.CONFLICT,
                    "DOSSIER_FINISHED",
                    "A dossier in status " + row.status() + " has nothing left to reschedule");
        }
        Signer signer = signer(office, by);
        Instant now = clock.instant();
        LocalDate today = office.localDay(now);
        LocalDate dueDay = row.dueAt().toLocalDate();
        boolean late = today.isAfter(apologyLastDay(row));
        if (request.reason() == null || request.reason().isBlank()) {
            throw new BadRequestException("reason", "the reason for the delay is required");
        }
        if (request.newDueDate() == null || !request.newDueDate().isAfter(dueDay)) {
            throw new BadRequestException("newDueDate", "the new date must be after the due date " + dueDay);
        }
        if (!request.newDueDate().isAfter(today)) {
            throw new BadRequestException("newDueDate", "the new date must be after today " + today);
        }
        if (!calendar.isWorkingDay(request.newDueDate())) {
            throw new BadRequestException("newDueDate", request.newDueDate() + " is not a working day");
        }
        LocalDateTime newDueAt = request.newDueDate().atTime(office.view().closesAt());
        store.recordApology(row.id(), request.reason().strip(), newDueAt, now, signer.title(), signer.name(), late);
        events.publishEvent(new ApologyIssued(
                officeId,
                code,
                row.applicant().name(),
                row.applicant().email(),
                newDueAt,
                tokens.lookupUrl(code),
                DossierPrints.regime(row, office),
                now));
        return get(officeId, code);
    }

    DossierView view(DossierRow row, Office office) {
        List<StatusEntry> history = store.history(row.id());
        return new DossierView(
                row.code(),
                row.officeId(),
                row.procedureId(),
                row.procedureName(),
                row.processingDays(),
                row.applicant(),
                row.documents(),
                row.delivery(),
                row.ticketId(),
                row.status(),
                row.status().nationalCode(),
                row.receivedAt(),
                row.dueAt(),
                row.apologyNewDueAt(),
                Timeliness.of(history, row.dueAt(), Timeliness.hoursOf(calendar, office), clock.instant()),
                tokens.lookupUrl(row.code()),
                history.stream().map(StatusEntry::view).toList(),
                List.copyOf(StatusTransitions.after(row.status())),
                apologyLastDay(row));
    }

    /** The working day before the due date: the last day an apology is in time. */
    private LocalDate apologyLastDay(DossierRow row) {
        if (row.apologized() || StatusTransitions.finished(row.status())) {
            return null;
        }
        LocalDate last = row.dueAt().toLocalDate().minusDays(1);
        while (!calendar.isWorkingDay(last)) {
            last = last.minusDays(1);
        }
        return last;
    }

    private static Signer signer(Office office, Caller by) {
        OfficeForms forms = office.forms();
        if (!forms.signerName().isBlank()) {
            return new Signer(forms.signerTitle(), forms.signerName());
        }
        if (!by.holds(office.id(), Role.HEAD)) {
            throw new RefusedException(
                    HttpStatus.FORBIDDEN,
                    "APOLOGY_NEEDS_HEAD",
                    "No signing official is named in "
                            + "the office's form settings, so only a HEAD may issue an apology, signed in their own name");
        }
        return new Signer(DEFAULT_SIGNER_TITLE, by.name());
    }

    private record Signer(String title, String name) {}

    private ProcedureView checkedProcedure(long officeId, long procedureId) {
        return procedures
                .find(officeId, procedureId)
                .filter(ProcedureView::active)
                .orElseThrow(() -> new BadRequestException(
                        "procedureId", "no active procedure " + procedureId + " in this office"));
    }

    private static DossierApplicant checkedApplicant(DossierApplicant a) {
        if (a == null) {
            throw new BadRequestException("applicant", "the applicant is required");
        }
        String name = required("applicant.name", a.name(), 200);
        String idNumber = required("applicant.idNumber", a.idNumber(), 50);
        String address = required("applicant.address", a.address(), 500);
        String phone = blankToNull(a.phone());
        String email = blankToNull(a.email());
        List<NotificationChannel> notifyBy = checkedConsent(a.notifyBy(), phone, email);
        String language = a.notifyLanguage() == null || a.notifyLanguage().isBlank() ? "vi" : a.notifyLanguage();
        if (!language.equals("vi") && !language.equals("en")) {
            throw new BadRequestException("applicant.notifyLanguage", "notifyLanguage must be vi or en");
        }
        return new DossierApplicant(name, idNumber, address, phone, email, notifyBy, language);
    }

    /** A channel is chosen only with the address it needs: a message never goes where the applicant gave none. */
    private static List<NotificationChannel> checkedConsent(
            List<NotificationChannel> notifyBy, String phone, String email) {
        if (notifyBy == null) {
            return List.of();
        }
        if (notifyBy.contains(null)) {
            throw new BadRequestException("applicant.notifyBy", "notifyBy holds EMAIL, SMS or ZALO");
        }
        if ((notifyBy.contains(NotificationChannel.SMS) || notifyBy.contains(NotificationChannel.ZALO))
                && MobileNumbers.international(phone).isEmpty()) {
            throw new BadRequestException(
                    "applicant.phone", "a Vietnamese mobile number is needed to be told by SMS or Zalo");
        }
        if (notifyBy.contains(NotificationChannel.EMAIL)
                && (email == null || !EMAIL.matcher(email).matches())) {
            throw new BadRequestException("applicant.email", "an email address is needed to be told by email");
        }
        return notifyBy.stream().distinct().sorted().toList();
    }

    private static List<DossierDocument> checkedDocuments(List<DossierDocument> documents) {
        if (documents == null || documents.isEmpty()) {
            throw new BadRequestException("documents", "at least one received document is required");
        }
        for (int i = 0; i < documents.size(); i++) {
            DossierDocument d = documents.get(i);
            required("documents." + i + ".name", d.name(), 500);
            if (d.form() == null) {
                throw new BadRequestException("documents." + i + ".form", "form is required");
            }
            if (d.count() < 1 || d.count() > 99) {
                throw new BadRequestException("documents." + i + ".count", "count must be between 1 and 99");
            }
        }
        return documents.stream()
                .map(d -> new DossierDocument(d.name().strip(), d.form(), d.count()))
                .toList();
    }

    private String checkedTicket(long officeId, String ticketId) {
        if (ticketId == null || ticketId.isBlank()) {
            return null;
        }
        try {
            return queue.ticket(officeId, ticketId.strip()).id();
        } catch (NotFoundException | BadRequestException e) {
            throw new BadRequestException("ticketId", "no ticket " + ticketId + " in this office");
        }
    }

    private static String required(String field, String value, int max) {
        if (value == null || value.isBlank() || value.strip().length() > max) {
            throw new BadRequestException(field, field + " is required, at most " + max + " characters");
        }
        return value.strip();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
