package vn.motcua.server.office;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.motcua.client.api.CounterView;
import vn.motcua.client.api.FormRegime;
import vn.motcua.client.api.OfficeForms;
import vn.motcua.client.api.OfficeView;
import vn.motcua.client.api.ServiceAreaView;

@Repository
class OfficeRepository {

    private final JdbcClient jdbc;

    OfficeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Office> find(long id) {
        List<ServiceAreaView> areas = jdbc.sql("""
                        select id, code, name, name_en, prefix, daily_limit, active
                        from service_area where office_id = ? order by code""")
                .param(id)
                .query((rs, n) -> new ServiceAreaView(
                        rs.getLong("id"),
                        rs.getString("code"),
                        rs.getString("name"),
                        rs.getString("name_en"),
                        rs.getString("prefix"),
                        (Integer) rs.getObject("daily_limit"),
                        rs.getBoolean("active")))
                .list();
        List<CounterView> counters = jdbc.sql("""
                        select c.id, c.number, c.name, c.active,
                               coalesce(array_agg(ca.area_id order by ca.area_id)
                                        filter (where ca.area_id is not null), '{}') as areas
                        from counter c left join counter_area ca on ca.counter_id = c.id
                        where c.office_id = ? group by c.id order by c.number""")
                .param(id)
                .query((rs, n) -> new CounterView(
                        rs.getLong("id"),
                        rs.getInt("number"),
                        rs.getString("name"),
                        areaIds(rs),
                        rs.getBoolean("active")))
                .list();
        return jdbc.sql("select * from office where id = ?")
                .param(id)
                .query((rs, n) -> new Office(
                        new OfficeView(
                                rs.getLong("id"),
                                rs.getString("code"),
                                rs.getString("name"),
                                rs.getString("agency_code"),
                                rs.getString("time_zone"),
                                rs.getTime("opens_at").toLocalTime(),
                                rs.getTime("closes_at").toLocalTime(),
                                rs.getBoolean("open_on_saturday"),
                                rs.getBoolean("open_on_sunday"),
                                rs.getInt("priority_run"),
                                areas,
                                counters),
                        new OfficeForms(
                                rs.getString("locality"),
                                rs.getString("agency_header"),
                                rs.getString("signer_name"),
                                rs.getString("signer_title"),
                                rs.getString("contact_phone"),
                                FormRegime.valueOf(rs.getString("form_regime")))))
                .optional();
    }

    List<Long> allIds() {
        return jdbc.sql("select id from office order by id").query(Long.class).list();
    }

    private static List<Long> areaIds(ResultSet rs) throws SQLException {
        return Arrays.stream((Long[]) rs.getArray("areas").getArray()).toList();
    }
}
