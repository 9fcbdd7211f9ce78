package vn.motcua.client;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PostExchange;
import vn.motcua.client.api.ApologyShare;
import vn.motcua.client.api.DossierApologyRequest;
import vn.motcua.client.api.DossierDue;
import vn.motcua.client.api.DossierHandover;
import vn.motcua.client.api.DossierHandoverRequest;
import vn.motcua.client.api.DossierPublicView;
import vn.motcua.client.api.DossierRefusalRequest;
import vn.motcua.client.api.DossierRequest;
import vn.motcua.client.api.DossierStatusChange;
import vn.motcua.client.api.DossierSupplementRequest;
import vn.motcua.client.api.DossierView;

/** Dossiers: received at a counter, moved through their statuses, looked up by citizens. */
@HttpExchange
public interface DossierApi {

    Locale VIETNAMESE = Locale.forLanguageTag("vi");

    @PostExchange("/offices/{officeId}/dossiers")
    DossierView registerDossier(@PathVariable long officeId, @RequestBody DossierRequest dossier);

    @GetExchange("/offices/{officeId}/dossiers/{code}")
    DossierView dossier(@PathVariable long officeId, @PathVariable String code);

    @PostExchange("/offices/{officeId}/dossiers/{code}/status")
    DossierView changeDossierStatus(
            @PathVariable long officeId, @PathVariable String code, @RequestBody DossierStatusChange change);

    @PostExchange("/offices/{officeId}/dossiers/{code}/apology")
    DossierView apologize(
            @PathVariable long officeId, @PathVariable String code, @RequestBody DossierApologyRequest apology);

    /** Asks the applicant to add or complete papers (Mẫu 02); the dossier moves to SUPPLEMENT_REQUESTED. */
    @PostExchange("/offices/{officeId}/dossiers/{code}/supplement-request")
    DossierView requestSupplement(
            @PathVariable long officeId, @PathVariable String code, @RequestBody DossierSupplementRequest request);

    /** Refuses to receive the dossier (Mẫu 03); it moves to REJECTED. */
    @PostExchange("/offices/{officeId}/dossiers/{code}/refusal")
    DossierView refuseDossier(
            @PathVariable long officeId, @PathVariable String code, @RequestBody DossierRefusalRequest request);

    /** Records a hand-over of the dossier; answers all its hand-overs in order. */
    @PostExchange("/offices/{officeId}/dossiers/{code}/handovers")
    List<DossierHandover> recordHandover(
            @PathVariable long officeId, @PathVariable String code, @RequestBody DossierHandoverRequest handover);

    /** Who held the dossier and when, in order. */
    @GetExchange("/offices/{officeId}/dossiers/{code}/handovers")
    List<DossierHandover> handovers(@PathVariable long officeId, @PathVariable String code);

    /** The morning list: open dossiers due by the end of the next working day without an apology, and overdue ones. */
    @GetExchange("/offices/{officeId}/dossiers/due-soon")
    List<DossierDue> dossiersDueSoon(@PathVariable long officeId);

    @GetExchange("/offices/{officeId}/dossiers/apology-share")
    ApologyShare apologyShare(
            @PathVariable long officeId,
            @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to);

    /**
     * The public status of a dossier, as its receipt's QR code shows it; needs no sign-in. Anyone may call; a
     * signed-in kiosk sends its token too, so that failed look-ups are counted per kiosk rather than for every
     * kiosk behind the kiosk-app's one address. Status and next step in {@code languageTag} (vi or en).
     */
    @Anyone
    @GetExchange("/public/dossiers/{code}")
    DossierPublicView publicDossier(
            @PathVariable String code,
            @RequestParam(name = "k", required = false) String lookupToken,
            @RequestHeader("Accept-Language") String languageTag);

    default DossierPublicView publicDossier(String code, String lookupToken) {
        return publicDossier(code, lookupToken, VIETNAMESE);
    }

    default DossierPublicView publicDossier(String code, String lookupToken, Locale language) {
        return publicDossier(code, lookupToken, language.toLanguageTag());
    }

    /** For a kiosk: the status of a dossier whose code the citizen typed, with the last four digits of its phone. */
    @GetExchange("/offices/{officeId}/kiosk/dossiers/{code}")
    DossierPublicView dossierAtKiosk(
            @PathVariable long officeId,
            @PathVariable String code,
            @RequestParam(name = "phone", required = false) String phoneLast4,
            @RequestHeader("Accept-Language") String languageTag);

    default DossierPublicView dossierAtKiosk(long officeId, String code, String phoneLast4) {
        return dossierAtKiosk(officeId, code, phoneLast4, VIETNAMESE);
    }

    default DossierPublicView dossierAtKiosk(long officeId, String code, String phoneLast4, Locale language) {
        return dossierAtKiosk(officeId, code, phoneLast4, language.toLanguageTag());
    }
}
