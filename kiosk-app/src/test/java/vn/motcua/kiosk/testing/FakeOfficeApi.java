package vn.motcua.kiosk.testing;

import java.util.ArrayList;
import java.util.List;
import vn.motcua.client.ApiException;
import vn.motcua.client.OfficeApi;
import vn.motcua.client.api.AreaRequest;
import vn.motcua.client.api.CounterRequest;
import vn.motcua.client.api.CounterView;
import vn.motcua.client.api.Notice;
import vn.motcua.client.api.OfficeForms;
import vn.motcua.client.api.OfficeSettings;
import vn.motcua.client.api.OfficeView;
import vn.motcua.client.api.ProcedureImportResult;
import vn.motcua.client.api.ProcedureRequest;
import vn.motcua.client.api.ProcedureView;
import vn.motcua.client.api.ServiceAreaView;
import vn.motcua.client.api.ServiceNorms;

/**
 * The office as a screen reads it: the office, its procedures and its notice as the test arranges them, or the
 * failure it sets; each question added to the test's log. Nothing a screen does not read.
 */
public final class FakeOfficeApi implements OfficeApi {

    public final List<String> calls;
    public OfficeView office;
    public ApiException officeFailure;
    public List<ProcedureView> procedures = List.of();
    public ApiException proceduresFailure;
    public String notice = "";
    public ApiException noticeFailure;
    public int noticeReads;

    public FakeOfficeApi(OfficeView office, List<String> calls) {
        this.office = office;
        this.calls = calls;
    }

    public FakeOfficeApi(OfficeView office) {
        this(office, new ArrayList<>());
    }

    @Override
    public OfficeView office(long officeId) {
        calls.add("office");
        if (officeFailure != null) {
            throw officeFailure;
        }
        return office;
    }

    @Override
    public List<ProcedureView> procedures(long officeId, String query) {
        calls.add("procedures");
        if (proceduresFailure != null) {
            throw proceduresFailure;
        }
        return procedures;
    }

    @Override
    public Notice notice(long officeId) {
        noticeReads++;
        if (noticeFailure != null) {
            throw noticeFailure;
        }
        return new Notice(notice);
    }

    @Override
    public List<OfficeView> offices() {
        throw new UnsupportedOperationException("a screen knows its office");
    }

    @Override
    public OfficeView updateOffice(long officeId, OfficeSettings settings) {
        throw new UnsupportedOperationException("screens change no office");
    }

    @Override
    public ServiceAreaView addArea(long officeId, AreaRequest area) {
        throw new UnsupportedOperationException("screens change no office");
    }

    @Override
    public ServiceAreaView updateArea(long officeId, long areaId, AreaRequest area) {
        throw new UnsupportedOperationException("screens change no office");
    }

    @Override
    public CounterView addCounter(long officeId, CounterRequest counter) {
        throw new UnsupportedOperationException("screens change no office");
    }

    @Override
    public CounterView updateCounter(long officeId, long counterId, CounterRequest counter) {
        throw new UnsupportedOperationException("screens change no office");
    }

    @Override
    public Notice setNotice(long officeId, Notice notice) {
        throw new UnsupportedOperationException("screens change no office");
    }

    @Override
    public ServiceNorms serviceNorms(long officeId) {
        throw new UnsupportedOperationException("no screen reads the norms");
    }

    @Override
    public ServiceNorms setServiceNorms(long officeId, ServiceNorms norms) {
        throw new UnsupportedOperationException("screens change no office");
    }

    @Override
    public OfficeForms officeForms(long officeId) {
        throw new UnsupportedOperationException("no screen reads the forms");
    }

    @Override
    public OfficeForms updateOfficeForms(long officeId, OfficeForms forms) {
        throw new UnsupportedOperationException("screens change no office");
    }

    @Override
    public List<ProcedureView> allProcedures(long officeId) {
        throw new UnsupportedOperationException("a screen shows the procedures in use");
    }

    @Override
    public ProcedureView createProcedure(long officeId, ProcedureRequest procedure) {
        throw new UnsupportedOperationException("screens change no office");
    }

    @Override
    public ProcedureView updateProcedure(long officeId, long procedureId, ProcedureRequest procedure) {
        throw new UnsupportedOperationException("screens change no office");
    }

    @Override
    public ProcedureImportResult importProcedures(long officeId, String csv) {
        throw new UnsupportedOperationException("screens change no office");
    }
}
