package vn.motcua.server.appointment;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.client.api.AppointmentArea;
import vn.motcua.client.api.AppointmentAreaRequest;
import vn.motcua.client.api.AppointmentEntry;
import vn.motcua.client.api.AppointmentRequest;
import vn.motcua.client.api.AppointmentSlot;
import vn.motcua.client.api.AppointmentStatus;
import vn.motcua.client.api.AppointmentView;
import vn.motcua.client.api.IssuedTicket;
import vn.motcua.client.api.PriorityGroup;
import vn.motcua.client.api.ServiceAreaView;
import vn.motcua.server.office.Office;
import vn.motcua.server.office.OfficeDirectory;
import vn.motcua.server.queue.QueueEngine;
import vn.motcua.server.shared.BadRequestException;
import vn.motcua.server.shared.NotFoundException;
import vn.motcua.server.shared.ProblemText;
import vn.motcua.server.shared.PublicAddress;
import vn.motcua.server.shared.RefusedException;

/** Books, cancels and checks in appointments; the rule of joining the queue is {@link CheckInWindow}'s. */
@Service
class Appointments {

    /** Letters and digits that cannot be read one for another (no 0/O, 1/I/L, U), as the feedback reference. */
    private static final char[] CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final Pattern CODE = Pattern.compile("LH[0-9A-Z]{8}");
    /** A Vietnamese mobile number, where the reminder can go by SMS or Zalo. */
    private static final Pattern MOBILE = Pattern.compile("0[35789]\\d{8}");

    private final AppointmentStore store;
    private final Slots slots;
    private final OfficeDirectory offices;
    private final QueueEngine queue;
    private final AppointmentProperties properties;
    private final ApplicationEventPublisher events;
    private final ProblemText text;
    private final Clock clock;
    private final PublicAddress publicAddress;
    private final SecureRandom random = new SecureRandom();

    Appointments(
            AppointmentStore store,
            Slots slots,
            OfficeDirectory offices,
            QueueEngine queue,
            AppointmentProperties properties,
            ApplicationEventPublisher events,
            ProblemText text,
            Clock clock,
            PublicAddress publicAddress) {
        this.store = store;
        this.slots = slots;
        this.offices = offices;
        this.queue = queue;
        this.properties = properties;
        this.events = events;
        this.text = text;
        this.clock = clock;
        this.publicAddress = publicAddress;
    }

    /** The bookings of the office's local {@code day}, whatever became of them. */
    List<AppointmentEntry> ofDay(long officeId, LocalDate day) {
        Office office = offices.get(officeId);
        return store
                .between(
                        officeId,
                        day.atStartOfDay(office.zone()).toInstant(),
                        day.plusDays(1).atStartOfDay(office.zone()).toInstant())
                .stream()
                .map(b -> new AppointmentEntry(
                        b.code(), b.areaId(), b.startsAt(), b.status(), b.name(), b.phone(), b.ticketId()))
                .toList();
    }

    List<AppointmentArea> areas(long officeId) {
        offices.get(officeId);
        return store.areas(officeId);
    }

    AppointmentArea setArea(long officeId, long areaId, AppointmentAreaRequest settings) {
        offices.get(officeId)
                .area(areaId)
                .orElseThrow(() -> new BadRequestException("areaId", "No service area " + areaId + " in this office"));
        store.saveArea(officeId, areaId, settings);
        return store.area(areaId).orElseThrow();
    }

    /** The service areas of the office that take bookings now. */
    List<ServiceAreaView> bookableAreas(Office office) {
        return store.areas(office.id()).stream()
                .filter(AppointmentArea::active)
                .flatMap(a -> office.area(a.areaId()).filter(ServiceAreaView::active).stream())
                .toList();
    }

    List<LocalDate> days(Office office) {
        return slots.days(office, clock.instant());
    }

    List<AppointmentSlot> slots(long officeId, long areaId, LocalDate day) {
        Office office = offices.get(officeId);
        return slots.of(office, bookingArea(office, areaId), day, clock.instant());
    }

    /**
     * Books a place in the slot. The area's settings row is locked first, so that concurrent bookings of the area
     * count the places one after another and a slot never takes more than its capacity.
     */
    @Transactional
    AppointmentView book(long officeId, AppointmentRequest request) {
        Office office = offices.get(officeId);
        AppointmentArea area = bookingArea(office, request.areaId());
        String phone = phone(request.phone());
        String name = request.name().strip();
        String language = "en".equals(request.language()) ? "en" : "vi";
        Instant now = clock.instant();
        if (!slots.bookable(office, area, request.startsAt(), now)) {
            throw new BadRequestException("startsAt", "Not a slot of this area that can still be booked");
        }
        AppointmentArea locked = store.lockArea(area.areaId())
                .filter(AppointmentArea::active)
                .orElseThrow(() -> new BadRequestException("areaId", "This service area takes no bookings"));
        if (locked.slotMinutes() != area.slotMinutes()) {
            throw new BadRequestException("startsAt", "The area's slots changed; choose a slot again");
        }
        int taken = store.taken(
                        area.areaId(), request.startsAt(), request.startsAt().plusSeconds(1))
                .getOrDefault(request.startsAt(), 0);
        if (taken >= locked.capacity()) {
            throw new RefusedException(HttpStatus.CONFLICT, "SLOT_FULL", text.text("problem.SLOT_FULL"));
        }
        if (store.openForPhone(phone, now) >= properties.openPerPhone()) {
            throw new RefusedException(
                    HttpStatus.CONFLICT,
                    "PHONE_HAS_BOOKINGS",
                    text.text("problem.PHONE_HAS_BOOKINGS", properties.openPerPhone()),
                    Map.of("limit", properties.openPerPhone()));
        }
        String code;
        do {
            code = newCode();
        } while (!store.insert(
                officeId, area.areaId(), code, request.startsAt(), area.slotMinutes(), name, phone, language, now));
        events.publishEvent(new AppointmentBooked(
                officeId,
                office.view().name(),
                areaName(office, area.areaId(), language),
                code,
                request.startsAt().atZone(office.zone()).toLocalDateTime(),
                name,
                phone,
                language,
                page(officeId, code, language)));
        return view(store.byCode(officeId, code).orElseThrow());
    }

    /** Empty for an unknown code, written in any case and with or without its dashes. */
    Optional<AppointmentView> find(long officeId, String code) {
        return booking(officeId, code).map(this::view);
    }

    AppointmentView cancel(long officeId, String code) {
        Booking booking = booking(officeId, code).orElseThrow(() -> new NotFoundException("appointment", code));
        if (!store.cancel(booking.id(), clock.instant())) {
            throw new RefusedException(
                    HttpStatus.CONFLICT,
                    "APPOINTMENT_NOT_CANCELLABLE",
                    text.text("problem.APPOINTMENT_NOT_CANCELLABLE"),
                    Map.of("status", booking.status().name()));
        }
        return view(booking(officeId, code).orElseThrow());
    }

    /**
     * Issues the booking's ticket by the {@link CheckInWindow} rule. The queue command carries a key made from the
     * code, so two kiosks checking in one code at once, or a retry, get the one ticket the first issued.
     */
    IssuedTicket checkIn(long officeId, String code) {
        Booking booking = booking(officeId, code).orElseThrow(() -> new NotFoundException("appointment", code));
        Office office = offices.get(officeId);
        if (booking.status() == AppointmentStatus.CANCELLED) {
            throw new RefusedException(
                    HttpStatus.CONFLICT, "APPOINTMENT_CANCELLED", text.text("problem.APPOINTMENT_CANCELLED"));
        }
        Instant now = clock.instant();
        LocalDate day = office.localDay(booking.startsAt());
        if (!day.equals(office.localDay(now))) {
            throw new RefusedException(
                    HttpStatus.CONFLICT,
                    "APPOINTMENT_NOT_TODAY",
                    text.text("problem.APPOINTMENT_NOT_TODAY", DAY.format(day)),
                    Map.of("day", day.toString()));
        }
        if (booking.status() == AppointmentStatus.CHECKED_IN) {
            return queue.position(officeId, booking.ticketId());
        }
        CheckInWindow window = properties.window();
        CheckInWindow.Arrival arrival = window.judge(booking.startsAt(), now);
        if (arrival == CheckInWindow.Arrival.EARLY) {
            Instant from = window.opens(booking.startsAt());
            throw new RefusedException(
                    HttpStatus.CONFLICT,
                    "APPOINTMENT_TOO_EARLY",
                    text.text(
                            "problem.APPOINTMENT_TOO_EARLY",
                            from.atZone(office.zone()).toLocalTime().toString()),
                    Map.of("checkInFrom", from.toString()));
        }
        boolean onTime = arrival == CheckInWindow.Arrival.ON_TIME;
        IssuedTicket issued = queue.issue(
                officeId,
                booking.areaId(),
                onTime ? PriorityGroup.APPOINTMENT : null,
                booking.code(),
                "appointment:" + booking.code());
        store.checkedIn(booking.id(), UUID.fromString(issued.ticket().id()), onTime, now);
        return issued;
    }

    /** Bookings whose window closed without a check-in become no-shows: their place is free again. */
    int releaseNoShows() {
        return store.markNoShows(clock.instant(), properties.grace());
    }

    /** Publishes the reminders now due, each once across instances, in the transaction that marks them. */
    @Transactional
    int remind() {
        List<Booking> due = store.claimReminders(clock.instant(), properties.remindBefore());
        for (Booking b : due) {
            Office office = offices.get(b.officeId());
            events.publishEvent(new AppointmentReminderDue(
                    b.officeId(),
                    office.view().name(),
                    areaName(office, b.areaId(), b.language()),
                    b.code(),
                    b.startsAt().atZone(office.zone()).toLocalDateTime(),
                    b.name(),
                    b.phone(),
                    b.language(),
                    page(b.officeId(), b.code(), b.language())));
        }
        return due.size();
    }

    /** The address of a booking's public page, which its QR code holds and a kiosk's scanner reads the code from. */
    String page(long officeId, String code, String language) {
        return publicAddress.of(
                "/cong-khai/" + officeId + "/dat-lich/" + code + ("en".equals(language) ? "?lang=en" : ""));
    }

    AppointmentView view(Booking b) {
        CheckInWindow window = properties.window();
        return new AppointmentView(
                b.code(),
                b.officeId(),
                b.areaId(),
                b.startsAt(),
                b.slotMinutes(),
                b.status(),
                window.opens(b.startsAt()),
                window.closes(b.startsAt()),
                b.ticketId());
    }

    private Optional<Booking> booking(long officeId, String code) {
        String clean = code.toUpperCase(Locale.ROOT).replaceAll("[^0-9A-Z]", "");
        if (!CODE.matcher(clean).matches()) {
            return Optional.empty();
        }
        return store.byCode(officeId, "LH-" + clean.substring(2, 6) + "-" + clean.substring(6));
    }

    private AppointmentArea bookingArea(Office office, long areaId) {
        return office.area(areaId)
                .filter(ServiceAreaView::active)
                .flatMap(a -> store.area(areaId))
                .filter(AppointmentArea::active)
                .orElseThrow(() -> new BadRequestException("areaId", "No service area taking bookings: " + areaId));
    }

    private static String areaName(Office office, long areaId, String language) {
        return office.area(areaId)
                .map(a -> "en".equals(language) && a.nameEn() != null ? a.nameEn() : a.name())
                .orElse("");
    }

    /** Spaces, dots and dashes as people write them, and +84 for the leading 0. */
    private static String phone(String raw) {
        String digits = raw.replaceAll("[\\s.()-]", "");
        if (digits.startsWith("+84")) {
            digits = "0" + digits.substring(3);
        }
        if (!MOBILE.matcher(digits).matches()) {
            throw new BadRequestException("phone", "Not a Vietnamese mobile number");
        }
        return digits;
    }

    /** Random, not sequential: the code is all it takes to check in or cancel. About 39 bits. */
    private String newCode() {
        StringBuilder code = new StringBuilder("LH-");
        for (int i = 0; i < 8; i++) {
            if (i == 4) {
                code.append('-');
            }
            code.append(CODE_ALPHABET[random.nextInt(CODE_ALPHABET.length)]);
        }
        return code.toString();
    }
}
