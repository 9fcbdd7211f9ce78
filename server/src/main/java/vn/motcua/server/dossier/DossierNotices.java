package vn.motcua.server.dossier;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.client.api.DossierRefusalRequest;
import vn.motcua.client.api.DossierStatus;
import vn.motcua.client.api.DossierSupplementRequest;
import vn.motcua.client.api.DossierView;
import vn.motcua.server.office.Office;
import vn.motcua.server.office.OfficeDirectory;
import vn.motcua.server.security.Caller;
import vn.motcua.server.shared.BadRequestException;
import vn.motcua.server.shared.NotFoundException;

/**
 * Asking the applicant to complete a dossier (Mẫu 02) and refusing to receive it (Mẫu 03). Each moves the status
 * the way {@link StatusTransitions} allows and keeps what the slip prints, so the slip can be printed again later.
 * The stop notice's reason is kept the same way when {@link Dossiers#changeStatus} stops a dossier.
 */
@Service
class DossierNotices {

    private static final int MAX_ITEMS = 30;

    private final DossierStore dossiers;
    private final NoticeStore notices;
    private final Dossiers views;
    private final DossierPrints prints;
    private final OfficeDirectory offices;
    private final Clock clock;

    DossierNotices(
            DossierStore dossiers,
            NoticeStore notices,
            Dossiers views,
            DossierPrints prints,
            OfficeDirectory offices,
            Clock clock) {
        this.dossiers = dossiers;
        this.notices = notices;
        this.views = views;
        this.prints = prints;
        this.offices = offices;
        this.clock = clock;
    }

    @Transactional
    DossierView requestSupplement(long officeId, String code, DossierSupplementRequest request, Caller by) {
        List<String> items = checkedItems(request.items());
        String note = request.note() == null ? "" : request.note().strip();
        if (note.length() > 2000) {
            throw new BadRequestException("note", "the note must be at most 2000 characters");
        }
        Instant now = clock.instant();
        if (request.deadline() != null
                && request.deadline().isBefore(offices.get(officeId).localDay(now))) {
            throw new BadRequestException("deadline", "the deadline " + request.deadline() + " is already past");
        }
        DossierRow row = locked(officeId, code);
        StatusTransitions.require(row.status(), DossierStatus.SUPPLEMENT_REQUESTED);
        dossiers.changeStatus(row.id(), DossierStatus.SUPPLEMENT_REQUESTED, now, by, note);
        notices.record(row.id(), NoticeStore.Kind.SUPPLEMENT, items, note, request.deadline(), now, by);
        return views.get(officeId, code);
    }

    @Transactional
    DossierView refuse(long officeId, String code, DossierRefusalRequest request, Caller by) {
        if (request.reason() == null
                || request.reason().isBlank()
                || request.reason().strip().length() > 2000) {
            throw new BadRequestException("reason", "the reason is required, at most 2000 characters");
        }
        String reason = request.reason().strip();
        DossierRow row = locked(officeId, code);
        StatusTransitions.require(row.status(), DossierStatus.REJECTED);
        Instant now = clock.instant();
        dossiers.changeStatus(row.id(), DossierStatus.REJECTED, now, by, reason);
        notices.record(row.id(), NoticeStore.Kind.REFUSAL, List.of(), reason, null, now, by);
        return views.get(officeId, code);
    }

    /** The latest request: an earlier one was answered when work resumed. */
    byte[] supplementPdf(long officeId, String code) {
        DossierRow row = views.find(officeId, code);
        NoticeStore.Notice notice = notices.latest(row.id(), NoticeStore.Kind.SUPPLEMENT)
                .orElseThrow(() -> new NotFoundException("supplement request for dossier", code));
        return prints.supplement(row, notice, office(officeId));
    }

    byte[] refusalPdf(long officeId, String code) {
        DossierRow row = views.find(officeId, code);
        NoticeStore.Notice notice = notices.latest(row.id(), NoticeStore.Kind.REFUSAL)
                .orElseThrow(() -> new NotFoundException("refusal of dossier", code));
        return prints.refusal(row, notice, office(officeId));
    }

    byte[] stopPdf(long officeId, String code) {
        DossierRow row = views.find(officeId, code);
        NoticeStore.Notice notice = notices.latest(row.id(), NoticeStore.Kind.STOP)
                .orElseThrow(() -> new NotFoundException("stop notice of dossier", code));
        return prints.stopNotice(row, notice, office(officeId));
    }

    private DossierRow locked(long officeId, String code) {
        return dossiers.lock(officeId, code).orElseThrow(() -> new NotFoundException("dossier", code));
    }

    private Office office(long officeId) {
        return offices.get(officeId);
    }

    private static List<String> checkedItems(List<String> items) {
        if (items == null || items.isEmpty() || items.size() > MAX_ITEMS) {
            throw new BadRequestException("items", "between 1 and " + MAX_ITEMS + " papers to add are required");
        }
        for (int i = 0; i < items.size(); i++) {
            String item = items.get(i);
            if (item == null || item.isBlank() || item.strip().length() > 500) {
                throw new BadRequestException("items." + i, "each paper needs a name of at most 500 characters");
            }
        }
        return items.stream().map(String::strip).toList();
    }
}
