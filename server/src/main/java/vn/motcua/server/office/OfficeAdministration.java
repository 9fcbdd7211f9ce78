package vn.motcua.server.office;

import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.client.api.AreaRequest;
import vn.motcua.client.api.CounterRequest;
import vn.motcua.client.api.CounterView;
import vn.motcua.client.api.OfficeForms;
import vn.motcua.client.api.OfficeSettings;
import vn.motcua.client.api.ServiceAreaView;

@Service
class OfficeAdministration {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final JdbcClient jdbc;

    OfficeAdministration(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void updateOffice(long officeId, OfficeSettings s) {
        jdbc.sql("""
                        update office set name = ?, agency_code = ?, opens_at = ?, closes_at = ?, open_on_saturday = ?,
                            open_on_sunday = ?,
                            priority_run = ? where id = ?""")
                .params(
                        s.name().strip(),
                        s.agencyCode(),
                        s.opensAt(),
                        s.closesAt(),
                        s.openOnSaturday(),
                        s.openOnSunday(),
                        s.priorityRun(),
                        officeId)
                .update();
    }

    void updateForms(long officeId, OfficeForms f) {
        jdbc.sql("""
                        update office set locality = ?, agency_header = ?, signer_name = ?, signer_title = ?,
                            contact_phone = ?, form_regime = ? where id = ?""")
                .params(
                        f.locality().strip(),
                        f.agencyHeader().strip().toUpperCase(VIETNAMESE),
                        f.signerName().strip(),
                        f.signerTitle().strip(),
                        f.contactPhone().strip(),
                        f.formRegime().name(),
                        officeId)
                .update();
    }

    @Transactional
    ServiceAreaView addArea(long officeId, AreaRequest r) {
        long id = jdbc.sql("""
                        insert into service_area (office_id, code, name, name_en, prefix, daily_limit, active)
                        values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(officeId, r.code(), r.name().strip(), nameEn(r), r.prefix(), r.dailyLimit(), active(r.active()))
                .query(Long.class)
                .single();
        return new ServiceAreaView(
                id, r.code(), r.name().strip(), nameEn(r), r.prefix(), r.dailyLimit(), active(r.active()));
    }

    @Transactional
    ServiceAreaView updateArea(long officeId, long areaId, AreaRequest r) {
        jdbc.sql("""
                        update service_area set code = ?, name = ?, name_en = ?, prefix = ?, daily_limit = ?, active = ?
                        where id = ? and office_id = ?""")
                .params(
                        r.code(),
                        r.name().strip(),
                        nameEn(r),
                        r.prefix(),
                        r.dailyLimit(),
                        active(r.active()),
                        areaId,
                        officeId)
                .update();
        return new ServiceAreaView(
                areaId, r.code(), r.name().strip(), nameEn(r), r.prefix(), r.dailyLimit(), active(r.active()));
    }

    @Transactional
    CounterView addCounter(long officeId, CounterRequest r) {
        long id = jdbc.sql("insert into counter (office_id, number, name, active) values (?, ?, ?, ?) returning id")
                .params(officeId, r.number(), r.name().strip(), active(r.active()))
                .query(Long.class)
                .single();
        serve(id, r.areaIds());
        return new CounterView(id, r.number(), r.name().strip(), List.copyOf(r.areaIds()), active(r.active()));
    }

    @Transactional
    CounterView updateCounter(long officeId, long counterId, CounterRequest r) {
        jdbc.sql("update counter set number = ?, name = ?, active = ? where id = ? and office_id = ?")
                .params(r.number(), r.name().strip(), active(r.active()), counterId, officeId)
                .update();
        jdbc.sql("delete from counter_area where counter_id = ?")
                .param(counterId)
                .update();
        serve(counterId, r.areaIds());
        return new CounterView(counterId, r.number(), r.name().strip(), List.copyOf(r.areaIds()), active(r.active()));
    }

    private void serve(long counterId, List<Long> areas) {
        for (Long area : areas.stream().distinct().toList()) {
            jdbc.sql("insert into counter_area (counter_id, area_id) values (?, ?)")
                    .params(counterId, area)
                    .update();
        }
    }

    private static String nameEn(AreaRequest r) {
        return r.nameEn() == null ? "" : r.nameEn().strip();
    }

    private static boolean active(Boolean active) {
        return active == null || active;
    }
}
