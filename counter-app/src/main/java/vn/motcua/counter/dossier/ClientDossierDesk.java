package vn.motcua.counter.dossier;

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

/** The real desk: the typed REST client. */
final class ClientDossierDesk implements DossierDesk {

    private final MotcuaClient client;

    ClientDossierDesk(MotcuaClient client) {
        this.client = client;
    }

    @Override
    public List<ProcedureView> procedures(long officeId, String query) {
        return client.offices().procedures(officeId, query);
    }

    @Override
    public DossierView register(long officeId, DossierRequest request) {
        return client.dossiers().registerDossier(officeId, request);
    }

    @Override
    public DossierView dossier(long officeId, String code) {
        return client.dossiers().dossier(officeId, code);
    }

    @Override
    public DossierView changeStatus(long officeId, String code, DossierStatusChange change) {
        return client.dossiers().changeDossierStatus(officeId, code, change);
    }

    @Override
    public byte[] receiptPdf(long officeId, String code) {
        return client.files().dossierReceiptPdf(officeId, code);
    }

    @Override
    public DossierView apologize(long officeId, String code, DossierApologyRequest apology) {
        return client.dossiers().apologize(officeId, code, apology);
    }

    @Override
    public byte[] apologyPdf(long officeId, String code) {
        return client.files().dossierApologyPdf(officeId, code);
    }

    @Override
    public DossierView requestSupplement(long officeId, String code, DossierSupplementRequest request) {
        return client.dossiers().requestSupplement(officeId, code, request);
    }

    @Override
    public byte[] supplementPdf(long officeId, String code) {
        return client.files().supplementRequestPdf(officeId, code);
    }

    @Override
    public DossierView refuse(long officeId, String code, DossierRefusalRequest request) {
        return client.dossiers().refuseDossier(officeId, code, request);
    }

    @Override
    public byte[] refusalPdf(long officeId, String code) {
        return client.files().refusalPdf(officeId, code);
    }

    @Override
    public byte[] stopNoticePdf(long officeId, String code) {
        return client.files().stopNoticePdf(officeId, code);
    }

    @Override
    public List<DossierDue> dueSoon(long officeId) {
        return client.dossiers().dossiersDueSoon(officeId);
    }

    @Override
    public ApologyShare apologyShare(long officeId, LocalDate from, LocalDate to) {
        return client.dossiers().apologyShare(officeId, from, to);
    }

    @Override
    public List<LateDossier> lateDossiers(long officeId, YearMonth month) {
        return client.reports().lateDossiers(officeId, month);
    }

    @Override
    public byte[] lateDossiersPdf(long officeId, YearMonth month) {
        return client.files().lateDossiersPdf(officeId, month);
    }

    @Override
    public List<DossierHandover> handovers(long officeId, String code) {
        return client.dossiers().handovers(officeId, code);
    }

    @Override
    public List<DossierHandover> recordHandover(long officeId, String code, DossierHandoverRequest handover) {
        return client.dossiers().recordHandover(officeId, code, handover);
    }

    @Override
    public byte[] controlSlipPdf(long officeId, String code) {
        return client.files().controlSlipPdf(officeId, code);
    }
}
