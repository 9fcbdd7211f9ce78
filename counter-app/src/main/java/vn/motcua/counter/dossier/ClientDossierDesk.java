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
        return client.procedures(officeId, query);
    }

    @Override
    public DossierView register(long officeId, DossierRequest request) {
        return client.registerDossier(officeId, request);
    }

    @Override
    public DossierView dossier(long officeId, String code) {
        return client.dossier(officeId, code);
    }

    @Override
    public DossierView changeStatus(long officeId, String code, DossierStatusChange change) {
        return client.changeDossierStatus(officeId, code, change);
    }

    @Override
    public byte[] receiptPdf(long officeId, String code) {
        return client.dossierReceiptPdf(officeId, code);
    }

    @Override
    public DossierView apologize(long officeId, String code, DossierApologyRequest apology) {
        return client.apologize(officeId, code, apology);
    }

    @Override
    public byte[] apologyPdf(long officeId, String code) {
        return client.dossierApologyPdf(officeId, code);
    }

    @Override
    public DossierView requestSupplement(long officeId, String code, DossierSupplementRequest request) {
        return client.requestSupplement(officeId, code, request);
    }

    @Override
    public byte[] supplementPdf(long officeId, String code) {
        return client.supplementRequestPdf(officeId, code);
    }

    @Override
    public DossierView refuse(long officeId, String code, DossierRefusalRequest request) {
        return client.refuseDossier(officeId, code, request);
    }

    @Override
    public byte[] refusalPdf(long officeId, String code) {
        return client.refusalPdf(officeId, code);
    }

    @Override
    public byte[] stopNoticePdf(long officeId, String code) {
        return client.stopNoticePdf(officeId, code);
    }

    @Override
    public List<DossierDue> dueSoon(long officeId) {
        return client.dossiersDueSoon(officeId);
    }

    @Override
    public ApologyShare apologyShare(long officeId, LocalDate from, LocalDate to) {
        return client.apologyShare(officeId, from, to);
    }

    @Override
    public List<LateDossier> lateDossiers(long officeId, YearMonth month) {
        return client.lateDossiers(officeId, month);
    }

    @Override
    public byte[] lateDossiersPdf(long officeId, YearMonth month) {
        return client.lateDossiersPdf(officeId, month);
    }

    @Override
    public List<DossierHandover> handovers(long officeId, String code) {
        return client.handovers(officeId, code);
    }

    @Override
    public List<DossierHandover> recordHandover(long officeId, String code, DossierHandoverRequest handover) {
        return client.recordHandover(officeId, code, handover);
    }

    @Override
    public byte[] controlSlipPdf(long officeId, String code) {
        return client.controlSlipPdf(officeId, code);
    }
}
