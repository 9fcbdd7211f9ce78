package vn.motcua.client;

import java.util.ArrayList;
import java.util.List;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PostExchange;
import org.springframework.web.service.annotation.PutExchange;
import vn.motcua.client.api.AreaRequest;
import vn.motcua.client.api.CounterRequest;
import vn.motcua.client.api.CounterView;
import vn.motcua.client.api.Notice;
import vn.motcua.client.api.OfficeForms;
import vn.motcua.client.api.OfficeSettings;
import vn.motcua.client.api.OfficeView;
import vn.motcua.client.api.PhoneTicketSettings;
import vn.motcua.client.api.ProcedureImportResult;
import vn.motcua.client.api.ProcedureRequest;
import vn.motcua.client.api.ProcedureView;
import vn.motcua.client.api.ServiceAreaView;
import vn.motcua.client.api.ServiceNorms;

/** An office and how it is set up: areas, counters, notice, norms, forms, procedures. */
@HttpExchange("/offices")
public interface OfficeApi {

    @GetExchange
    List<OfficeView> offices();

    @GetExchange("/{officeId}")
    OfficeView office(@PathVariable long officeId);

    @PutExchange("/{officeId}")
    OfficeView updateOffice(@PathVariable long officeId, @RequestBody OfficeSettings settings);

    @PostExchange("/{officeId}/areas")
    ServiceAreaView addArea(@PathVariable long officeId, @RequestBody AreaRequest area);

    @PutExchange("/{officeId}/areas/{areaId}")
    ServiceAreaView updateArea(@PathVariable long officeId, @PathVariable long areaId, @RequestBody AreaRequest area);

    @PostExchange("/{officeId}/counters")
    CounterView addCounter(@PathVariable long officeId, @RequestBody CounterRequest counter);

    @PutExchange("/{officeId}/counters/{counterId}")
    CounterView updateCounter(
            @PathVariable long officeId, @PathVariable long counterId, @RequestBody CounterRequest counter);

    @GetExchange("/{officeId}/notice")
    Notice notice(@PathVariable long officeId);

    @PutExchange("/{officeId}/notice")
    Notice setNotice(@PathVariable long officeId, @RequestBody Notice notice);

    default Notice setNotice(long officeId, String text) {
        return setNotice(officeId, new Notice(text));
    }

    @GetExchange("/{officeId}/norms")
    ServiceNorms serviceNorms(@PathVariable long officeId);

    @PutExchange("/{officeId}/norms")
    ServiceNorms setServiceNorms(@PathVariable long officeId, @RequestBody ServiceNorms norms);

    @GetExchange("/{officeId}/forms")
    OfficeForms officeForms(@PathVariable long officeId);

    @PutExchange("/{officeId}/forms")
    OfficeForms updateOfficeForms(@PathVariable long officeId, @RequestBody OfficeForms forms);

    /** The most procedures one answer holds: a province's centre lists well over a thousand. */
    int PROCEDURES_PER_PAGE = 200;

    /**
     * One page of the office's procedures, by code: those in use, or with {@code all} those no longer in use too;
     * {@code query} is matched in the code or the name, with or without accents.
     */
    @GetExchange("/{officeId}/procedures")
    List<ProcedureView> procedures(
            @PathVariable long officeId,
            @RequestParam(name = "q", required = false) String query,
            @RequestParam boolean all,
            @RequestParam int offset,
            @RequestParam int limit);

    /** Every procedure in use that {@code query} matches (null for all), read page after page. */
    default List<ProcedureView> procedures(long officeId, String query) {
        return everyPage(officeId, query, false);
    }

    /** Every procedure of the office, those no longer in use too: what its admins edit. */
    default List<ProcedureView> allProcedures(long officeId) {
        return everyPage(officeId, null, true);
    }

    private List<ProcedureView> everyPage(long officeId, String query, boolean all) {
        List<ProcedureView> every = new ArrayList<>();
        List<ProcedureView> page;
        do {
            page = procedures(officeId, query, all, every.size(), PROCEDURES_PER_PAGE);
            every.addAll(page);
        } while (page.size() == PROCEDURES_PER_PAGE);
        return every;
    }

    @PostExchange("/{officeId}/procedures")
    ProcedureView createProcedure(@PathVariable long officeId, @RequestBody ProcedureRequest procedure);

    @PutExchange("/{officeId}/procedures/{procedureId}")
    ProcedureView updateProcedure(
            @PathVariable long officeId, @PathVariable long procedureId, @RequestBody ProcedureRequest procedure);

    /** A CSV text with a header line; nothing is imported when any line is wrong. */
    @PostExchange(url = "/{officeId}/procedures/import", contentType = "text/csv;charset=UTF-8")
    ProcedureImportResult importProcedures(@PathVariable long officeId, @RequestBody String csv);

    /** Tickets from the phone: allowed or not, the day's cap, and when the "turn near" SMS goes. */
    @GetExchange("/{officeId}/phone-tickets")
    PhoneTicketSettings phoneTickets(@PathVariable long officeId);

    @PutExchange("/{officeId}/phone-tickets")
    PhoneTicketSettings setPhoneTickets(@PathVariable long officeId, @RequestBody PhoneTicketSettings settings);
}
