package vn.motcua.server.dossier;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.client.api.DossierHandover;
import vn.motcua.client.api.DossierHandoverRequest;
import vn.motcua.server.office.Office;
import vn.motcua.server.office.OfficeDirectory;
import vn.motcua.server.security.Caller;
import vn.motcua.server.shared.BadRequestException;
import vn.motcua.server.shared.NotFoundException;
import vn.motcua.server.shared.RefusedException;

/**
 * Who held a dossier and when ("cá thể hóa trách nhiệm"): the one-stop desk hands it to the specialist department or
 * agency and its officer, they hand it on or back to the desk, and the desk returns the result. Each hand-over is the
 * line of the control slip (Phiếu kiểm soát quá trình giải quyết hồ sơ) that the giver and the receiver sign.
 */
@Service
class Handovers {

    private static final int MAX_NAME = 300;
    private static final int MAX_NOTE = 1000;

    private final DossierStore dossiers;
    private final HandoverStore store;
    private final OfficeDirectory offices;
    private final Clock clock;

    Handovers(DossierStore dossiers, HandoverStore store, OfficeDirectory offices, Clock clock) {
        this.dossiers = dossiers;
        this.store = store;
        this.offices = offices;
        this.clock = clock;
    }

    List<DossierHandover> of(long officeId, String code) {
        DossierRow row = dossiers.find(officeId, code).orElseThrow(() -> new NotFoundException("dossier", code));
        return store.of(row.id());
    }

    /**
     * Records a hand-over at the time given (the paper may be entered after the fact) or now. The giver defaults to
     * whoever received the dossier last, so a chain is entered receiver by receiver; the first giver is the one-stop
     * desk (the office, as the receipt names it) and the clerk who received the dossier. Hand-overs are entered in
     * the order they happened: one dated before the latest recorded, before the receipt or in the future is refused.
     */
    @Transactional
    List<DossierHandover> record(long officeId, String code, DossierHandoverRequest request, Caller by) {
        if (request == null) {
            throw new BadRequestException("toUnit", "toUnit and toOfficer are required");
        }
        Office office = offices.get(officeId);
        // the lock orders hand-overs of one dossier, so "the latest" below stays the latest until commit
        DossierRow row = dossiers.lock(officeId, code).orElseThrow(() -> new NotFoundException("dossier", code));
        if (StatusTransitions.after(row.status()).isEmpty()) {
            throw new RefusedException(
                    HttpStatus.CONFLICT,
                    "DOSSIER_CLOSED",
                    "A dossier in status " + row.status() + " is closed and is no longer handed over");
        }
        List<DossierHandover> earlier = store.of(row.id());
        DossierHandover last = earlier.isEmpty() ? null : earlier.getLast();
        Instant now = clock.instant();
        Instant at = request.at() == null ? now : request.at();
        if (at.isAfter(now)) {
            throw new BadRequestException("at", "a hand-over cannot be dated in the future");
        }
        if (at.isBefore(row.receivedAt())) {
            throw new BadRequestException("at", "a hand-over cannot be dated before the dossier was received");
        }
        if (last != null && at.isBefore(last.at())) {
            throw new BadRequestException("at", "a hand-over cannot be dated before the latest one, " + last.at());
        }
        String fromUnit = optional("fromUnit", request.fromUnit(), MAX_NAME);
        String fromOfficer = optional("fromOfficer", request.fromOfficer(), MAX_NAME);
        DossierHandover handover = new DossierHandover(
                at,
                fromUnit != null
                        ? fromUnit
                        : last != null ? last.toUnit() : office.view().name(),
                fromOfficer != null ? fromOfficer : last != null ? last.toOfficer() : row.receivedByName(),
                required("toUnit", request.toUnit(), MAX_NAME),
                required("toOfficer", request.toOfficer(), MAX_NAME),
                request.note() == null ? "" : checkedNote(request.note()),
                by.name());
        store.insert(row.id(), handover, now, by);
        return store.of(row.id());
    }

    /**
     * Who held the dossier at {@code moment}: the receiver of the latest hand-over made by then, or, before any, the
     * one-stop desk and the clerk who received it.
     */
    static Holder holderAt(List<DossierHandover> handovers, Instant moment, String deskUnit, String receivingClerk) {
        Holder holder = new Holder(deskUnit, receivingClerk);
        for (DossierHandover h : handovers) {
            if (h.at().isAfter(moment)) {
                break;
            }
            holder = new Holder(h.toUnit(), h.toOfficer());
        }
        return holder;
    }

    record Holder(String unit, String officer) {}

    private static String required(String field, String value, int max) {
        String v = optional(field, value, max);
        if (v == null) {
            throw new BadRequestException(field, field + " is required, at most " + max + " characters");
        }
        return v;
    }

    private static String optional(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.strip().length() > max) {
            throw new BadRequestException(field, field + " is at most " + max + " characters");
        }
        return value.strip();
    }

    private static String checkedNote(String note) {
        String v = optional("note", note, MAX_NOTE);
        return v == null ? "" : v;
    }
}
