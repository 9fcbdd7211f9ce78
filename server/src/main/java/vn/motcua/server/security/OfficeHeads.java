package vn.motcua.server.security;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The heads of an office who can be written to, for letters to staff (the monthly report, norm alerts). */
@Component
public class OfficeHeads {

    public record Head(long staffId, String name, String email) {}

    private final JdbcClient jdbc;

    OfficeHeads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Active HEADs of the office with an email address, by id; a locked account is written to no more. */
    public List<Head> withEmail(long officeId) {
        return jdbc.sql("""
                        select s.id, s.full_name, s.email from staff s
                        join staff_office_role r on r.staff_id = s.id
                        where r.office_id = ? and r.role = 'HEAD' and s.active
                          and s.email is not null and btrim(s.email) <> ''
                        order by s.id""")
                .param(officeId)
                .query((rs, n) ->
                        new Head(rs.getLong(1), rs.getString(2), rs.getString(3).strip()))
                .list();
    }
}
