package vn.motcua.counter.dossier;

import com.vaadin.flow.server.VaadinSession;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import vn.motcua.client.MotcuaClient;
import vn.motcua.client.api.ApologyShare;
import vn.motcua.client.api.DossierApologyRequest;
import vn.motcua.client.api.DossierDue;
import vn.motcua.client.api.DossierHandover;
import vn.motcua.client.api.DossierHandoverRequest;
import vn.motcua.client.api.DossierRefusalRequest;
import vn.motcua.client.api.DossierRequest;
import vn.motcua.client.api.DossierStatusChange;
import vn.motcua.client.api.DossierSupplementRequest;
import vn.motcua.client.api.DossierView;
import vn.motcua.client.api.LateDossier;
import vn.motcua.client.api.ProcedureView;

/**
 * The dossier part of the server's API, apart from the queue's Backend so that the queue screens and their
 * fake stay as they are. One per Vaadin session, sharing that session's signed-in client. Refusals are
 * ApiExceptions.
 */
public interface DossierDesk {

    List<ProcedureView> procedures(long officeId, String query);

    DossierView register(long officeId, DossierRequest request);

    DossierView dossier(long officeId, String code);

    DossierView changeStatus(long officeId, String code, DossierStatusChange change);

    byte[] receiptPdf(long officeId, String code);

    DossierView apologize(long officeId, String code, DossierApologyRequest apology);

    byte[] apologyPdf(long officeId, String code);

    DossierView requestSupplement(long officeId, String code, DossierSupplementRequest request);

    byte[] supplementPdf(long officeId, String code);

    DossierView refuse(long officeId, String code, DossierRefusalRequest request);

    byte[] refusalPdf(long officeId, String code);

    /** The stop notice of a dossier moved to STOPPED. */
    byte[] stopNoticePdf(long officeId, String code);

    /** Who held the dossier and when, in order. */
    List<DossierHandover> handovers(long officeId, String code);

    /** Records a hand-over; answers every hand-over of the dossier. */
    List<DossierHandover> recordHandover(long officeId, String code, DossierHandoverRequest handover);

    /** The control slip (Phiếu kiểm soát quá trình giải quyết hồ sơ). */
    byte[] controlSlipPdf(long officeId, String code);

    /** The morning list: due within one working day, with neither a result nor an apology. */
    List<DossierDue> dueSoon(long officeId);

    ApologyShare apologyShare(long officeId, LocalDate from, LocalDate to);

    List<LateDossier> lateDossiers(long officeId, YearMonth month);

    byte[] lateDossiersPdf(long officeId, YearMonth month);

    /** The desk over the same client as the session's Backend, so both act as the one signed-in person. */
    static DossierDesk over(MotcuaClient client) {
        return new ClientDossierDesk(client);
    }

    static void install(VaadinSession session, DossierDesk desk) {
        session.setAttribute(DossierDesk.class, desk);
    }

    static DossierDesk current() {
        return VaadinSession.getCurrent().getAttribute(DossierDesk.class);
    }
}
