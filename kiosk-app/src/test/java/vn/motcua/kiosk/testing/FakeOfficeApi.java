package vn.motcua.kiosk.testing;

import java.util.ArrayList;
import java.util.List;
import vn.motcua.client.ApiException;
import vn.motcua.client.api.Notice;
import vn.motcua.client.api.OfficeView;
import vn.motcua.client.api.ProcedureView;

/**
 * The office as a screen reads it ({@code Fakes.of(OfficeApi.class, …)}): the office, its procedures and its notice
 * as the test arranges them, or the failure it sets; each question added to the test's log.
 */
public final class FakeOfficeApi {

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

    public OfficeView office(long officeId) {
        calls.add("office");
        if (officeFailure != null) {
            throw officeFailure;
        }
        return office;
    }

    /** A page of the arranged procedures, whatever the query. */
    public List<ProcedureView> procedures(long officeId, String query, boolean all, int offset, int limit) {
        calls.add("procedures");
        if (proceduresFailure != null) {
            throw proceduresFailure;
        }
        return procedures.subList(Math.min(offset, procedures.size()), Math.min(offset + limit, procedures.size()));
    }

    public Notice notice(long officeId) {
        noticeReads++;
        if (noticeFailure != null) {
            throw noticeFailure;
        }
        return new Notice(notice);
    }
}
