package vn.motcua.server.dossier;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.motcua.client.api.DossierStatus;
import vn.motcua.client.api.RegisterEntry;
import vn.motcua.server.office.Office;
import vn.motcua.server.office.OfficeDirectory;
import vn.motcua.server.shared.BadRequestException;

/**
 * The office's register (Sổ theo dõi hồ sơ) of one year, one line per dossier in the order of its entry number. The
 * rules file gives no official columns (Mẫu 06 is marked unverified); these are the ones it lists from memory: the
 * entry, code, procedure, number of sets, applicant, the handling agency and the dates of reception, due result,
 * hand-over to the handling agency, return of the result to the desk and to the applicant.
 */
@Component
class Register {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final List<String> COLUMNS = List.of(
            "number",
            "code",
            "procedure",
            "sets",
            "applicant",
            "address",
            "phone",
            "handlingUnit",
            "received",
            "due",
            "handedOver",
            "backAtDesk",
            "returned",
            "status");

    private final JdbcClient jdbc;
    private final OfficeDirectory offices;
    private final MessageSource messages;

    Register(JdbcClient jdbc, OfficeDirectory offices, MessageSource messages) {
        this.jdbc = jdbc;
        this.offices = offices;
        this.messages = messages;
    }

    static int year(Integer year) {
        if (year == null || year < 2000 || year > 2200) {
            throw new BadRequestException("year", "year is required, e.g. 2026");
        }
        return year;
    }

    /**
     * The book's entries. The handling unit is the first one the desk handed the dossier to; it is back at the desk
     * at the latest hand-over to the desk (the office, as the first giver is named) after it went out.
     */
    List<RegisterEntry> entries(long officeId, int year) {
        Office office = offices.get(officeId);
        String desk = office.view().name();
        return jdbc.sql("""
                        select d.register_year, d.register_number, d.code, d.procedure_name, d.dossier_sets,
                            d.applicant_name, d.applicant_address, d.applicant_phone, d.received_at, d.due_at, d.status,
                            (select h.to_unit from dossier_handover h where h.dossier_id = d.id
                                order by h.handed_at, h.id limit 1) as handling_unit,
                            (select min(h.handed_at) from dossier_handover h where h.dossier_id = d.id) as handed_over_at,
                            (select max(h.handed_at) from dossier_handover h where h.dossier_id = d.id
                                and h.to_unit = :desk and h.from_unit <> :desk) as back_at_desk_at,
                            (select min(c.changed_at) from dossier_status_change c where c.dossier_id = d.id
                                and c.status = 'RETURNED') as returned_at
                        from dossier d where d.office_id = :office and d.register_year = :year
                        order by d.register_number""")
                .param("desk", desk)
                .param("office", officeId)
                .param("year", year)
                .query((rs, n) -> new RegisterEntry(
                        rs.getInt("register_year"),
                        rs.getInt("register_number"),
                        rs.getString("code"),
                        rs.getString("procedure_name"),
                        rs.getInt("dossier_sets"),
                        rs.getString("applicant_name"),
                        rs.getString("applicant_address"),
                        rs.getString("applicant_phone"),
                        rs.getString("handling_unit"),
                        rs.getTimestamp("received_at").toInstant(),
                        rs.getTimestamp("due_at").toLocalDateTime(),
                        instant(rs.getTimestamp("handed_over_at")),
                        instant(rs.getTimestamp("back_at_desk_at")),
                        instant(rs.getTimestamp("returned_at")),
                        DossierStatus.valueOf(rs.getString("status"))))
                .list();
    }

    /**
     * The book as CSV, headed in Vietnamese, with a byte-order mark so that a spreadsheet opens the marks right;
     * times on the office's clock.
     */
    String csv(long officeId, int year) {
        ZoneId zone = offices.get(officeId).zone();
        Locale vi = NextSteps.VIETNAMESE;
        StringWriter out = new StringWriter().append('\uFEFF');
        try (CSVPrinter csv = CSVFormat.DEFAULT
                .builder()
                .setHeader(COLUMNS.stream()
                        .map(c -> messages.getMessage("register.col." + c, null, vi))
                        .toArray(String[]::new))
                .get()
                .print(out)) {
            for (RegisterEntry e : entries(officeId, year)) {
                csv.printRecord(
                        e.number(),
                        e.code(),
                        e.procedureName(),
                        e.sets(),
                        e.applicantName(),
                        e.applicantAddress(),
                        e.applicantPhone() == null ? "" : e.applicantPhone(),
                        e.handlingUnit() == null ? "" : e.handlingUnit(),
                        time(e.receivedAt(), zone),
                        TIME.format(e.dueAt()),
                        time(e.handedOverAt(), zone),
                        time(e.returnedToDeskAt(), zone),
                        time(e.returnedAt(), zone),
                        e.status().label());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static String time(Instant at, ZoneId zone) {
        return at == null ? "" : TIME.format(LocalDateTime.ofInstant(at, zone));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
