package vn.motcua.server.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two demo offices of one province, only in the "demo" profile (on by default in the embedded mode, with the
 * embedded database) and only into a database without offices or staff of its own: a provincial public
 * administration service centre, open around the clock so the demo works at any hour, and a commune one-stop
 * department with real office hours. Logins are in the README.
 *
 * <p>The province is Phú Thọ as it stands since 1 July 2025, when Vĩnh Phúc and Hòa Bình were merged into it. The
 * centre names a signing official in its form settings, so its clerks may issue apologies; the commune names none,
 * so only its head may, as the rule for apologies requires.
 *
 * <p>Each office gets a catalogue of real procedures from {@code procedures.csv} beside this class (national
 * procedure codes, papers, fees, working days; the file says which codes were verified and which are examples), so a
 * dossier can be registered on first start. A demo database seeded before the catalogue existed gets it at its next
 * start, as long as the office has no procedures of its own.
 */
@Component
@Profile("demo")
class DemoData implements ApplicationRunner {

    static final String PASSWORD = "motcua2026";
    static final String PROCEDURES = "procedures.csv";
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final JsonMapper json;

    DemoData(JdbcClient jdbc, PasswordEncoder passwords, JsonMapper json) {
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.json = json;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (jdbc.sql("select count(*) from office where code = 'TTPVHCC'")
                        .query(Long.class)
                        .single()
                > 0) {
            procedures();
            headEmails();
            phoneTickets();
            return;
        }
        // accounts with a published password must never appear beside a real office
        if (jdbc.sql("select (select count(*) from office) + (select count(*) from staff)")
                        .query(Long.class)
                        .single()
                > 0) {
            throw new IllegalStateException("The demo profile is on, but this database already holds offices or staff "
                    + "that are not the demo's: demo offices and accounts with the published password are never added "
                    + "to it. Remove 'demo' from SPRING_PROFILES_ACTIVE (or stop MOTCUA_EMBEDDED) for this database.");
        }
        long centre = office(
                "TTPVHCC",
                "Trung tâm Phục vụ hành chính công tỉnh Phú Thọ",
                "000.00.00.H62",
                "00:00",
                "23:59:59",
                true,
                true);
        List<Long> centreAreas = List.of(
                area(centre, "DAUTU", "Đầu tư - Kế hoạch", "Investment and planning", "A", null),
                area(centre, "XAYDUNG", "Xây dựng", "Construction", "B", null),
                area(centre, "DATDAI", "Tài nguyên và Môi trường - Đất đai", "Natural resources and land", "C", 300),
                area(
                        centre,
                        "LDTBXH",
                        "Lao động - Thương binh và Xã hội",
                        "Labour, invalids and social affairs",
                        "D",
                        null),
                area(centre, "TUPHAP", "Tư pháp - Lý lịch tư pháp", "Justice and criminal records", "E", null),
                area(centre, "GTVT", "Giao thông vận tải", "Transport", "G", null));
        forms(centre, "Phú Thọ", "UBND TỈNH PHÚ THỌ", "Nguyễn Văn Hùng", "GIÁM ĐỐC");
        long c1 = counter(centre, 1, "Quầy 1", centreAreas.get(0), centreAreas.get(1));
        counter(centre, 2, "Quầy 2", centreAreas.get(1));
        counter(centre, 3, "Quầy 3", centreAreas.get(2));
        counter(centre, 4, "Quầy 4", centreAreas.get(2), centreAreas.get(3));
        counter(centre, 5, "Quầy 5", centreAreas.get(4));
        counter(centre, 6, "Quầy 6", centreAreas.get(5), centreAreas.get(0));

        long commune = office(
                "UBND-TAMDUONG", "Bộ phận Một cửa UBND xã Tam Dương", "000.22.13.H62", "07:30", "17:00", false, false);
        forms(commune, "Tam Dương", "UBND XÃ TAM DƯƠNG", "", "");
        List<Long> communeAreas = List.of(
                area(commune, "HOTICH", "Hộ tịch", "Civil status", "A", 150),
                area(commune, "CHUNGTHUC", "Chứng thực", "Certification of copies", "B", null),
                area(commune, "DATDAI", "Đất đai", "Land", "C", 60),
                area(commune, "CHINHSACH", "Chính sách xã hội", "Social policy", "D", null));
        counter(commune, 1, "Quầy 1", communeAreas.get(0), communeAreas.get(1));
        counter(commune, 2, "Quầy 2", communeAreas.get(2));
        long x3 = counter(commune, 3, "Quầy 3", communeAreas.get(3), communeAreas.get(1));

        staff("admin", "Quản trị hệ thống", List.of(centre + ":ADMIN", commune + ":ADMIN"));
        staff("lanhdao", "Nguyễn Văn Hùng", List.of(centre + ":HEAD"));
        staff("canbo1", "Trần Thị Lan", List.of(centre + ":CLERK"));
        staff("canbo2", "Lê Minh Tuấn", List.of(centre + ":CLERK"));
        staff("xa.canbo", "Phạm Thu Hà", List.of(commune + ":CLERK"));
        staff("xa.lanhdao", "Đỗ Quang Vinh", List.of(commune + ":HEAD"));

        device("KIOSK-TT-01", "KIOSK", centre, null);
        device("DISPLAY-TT-01", "DISPLAY", centre, null);
        device("TABLET-TT-Q1", "RATING_TABLET", centre, c1);
        device("KIOSK-XA-01", "KIOSK", commune, null);
        device("DISPLAY-XA-01", "DISPLAY", commune, null);
        device("TABLET-XA-Q3", "RATING_TABLET", commune, x3);
        // appointments of a quarter of an hour at the centre's first two areas and the commune's civil status: the next
        // slot always starts within the quarter, so a booking made now is checked in on time at the demo's kiosk
        appointments(centreAreas.get(0), centre, 15, 3);
        appointments(centreAreas.get(1), centre, 15, 3);
        appointments(communeAreas.get(0), commune, 30, 2);
        procedures();
        headEmails();
        phoneTickets();
        log.info("Seeded the demo offices {} and {} (logins in the README)", centre, commune);
    }

    /**
     * The demo heads' addresses, so the monthly report of the 1st has someone to go to; example.org addresses, which
     * reach nobody. Also given to a demo database seeded before staff had addresses, never overwriting one.
     */
    private void headEmails() {
        for (String username : List.of("lanhdao", "xa.lanhdao")) {
            jdbc.sql("update staff set email = ? where username = ? and email is null")
                    .params(username + "@example.org", username)
                    .update();
        }
    }

    /** The catalogue file's rows, into each demo office that has no procedure yet. */
    private void procedures() {
        Map<String, Boolean> empty = new HashMap<>();
        int added = 0;
        for (CSVRecord row : catalogue()) {
            String office = row.get("office");
            if (!empty.computeIfAbsent(office, this::withoutProcedures)) {
                continue;
            }
            jdbc.sql("""
                            insert into procedure (office_id, code, name, area_id, processing_days, required_documents,
                                fee)
                            select o.id, ?, ?, a.id, ?, ?::jsonb, ?
                            from office o left join service_area a on a.office_id = o.id and a.code = ?
                            where o.code = ?""")
                    .params(
                            row.get("code"),
                            row.get("name"),
                            Integer.parseInt(row.get("processing_days")),
                            json.writeValueAsString(
                                    Arrays.asList(row.get("required_documents").split("\\|"))),
                            row.get("fee"),
                            row.get("area_code"),
                            office)
                    .update();
            added++;
        }
        if (added > 0) {
            log.info("Added {} procedures to the demo offices' catalogues", added);
        }
    }

    private boolean withoutProcedures(String officeCode) {
        return jdbc.sql("select not exists (select 1 from procedure p join office o on o.id = p.office_id"
                        + " where o.code = ?)")
                .param(officeCode)
                .query(Boolean.class)
                .single();
    }

    private static List<CSVRecord> catalogue() {
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setCommentMarker('#')
                .get();
        try (InputStream in = DemoData.class.getResourceAsStream(PROCEDURES);
                CSVParser parser = CSVParser.parse(new InputStreamReader(in, StandardCharsets.UTF_8), format)) {
            return parser.getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private long office(
            String code,
            String name,
            String agencyCode,
            String opens,
            String closes,
            boolean saturday,
            boolean sunday) {
        return jdbc.sql("""
                        insert into office (code, name, agency_code, opens_at, closes_at, open_on_saturday,
                            open_on_sunday)
                        values (?, ?, ?, ?::time, ?::time, ?, ?) returning id""")
                .params(code, name, agencyCode, opens, closes, saturday, sunday)
                .query(Long.class)
                .single();
    }

    private void forms(long office, String locality, String agencyHeader, String signerName, String signerTitle) {
        jdbc.sql("update office set locality = ?, agency_header = ?, signer_name = ?, signer_title = ? where id = ?")
                .params(locality, agencyHeader, signerName, signerTitle, office)
                .update();
    }

    private long area(long office, String code, String name, String nameEn, String prefix, Integer limit) {
        return jdbc.sql("""
                        insert into service_area (office_id, code, name, name_en, prefix, daily_limit)
                        values (?, ?, ?, ?, ?, ?) returning id""")
                .params(office, code, name, nameEn, prefix, limit)
                .query(Long.class)
                .single();
    }

    private long counter(long office, int number, String name, Long... areas) {
        long id = jdbc.sql("insert into counter (office_id, number, name) values (?, ?, ?) returning id")
                .params(office, number, name)
                .query(Long.class)
                .single();
        for (Long area : areas) {
            jdbc.sql("insert into counter_area (counter_id, area_id) values (?, ?)")
                    .params(id, area)
                    .update();
        }
        return id;
    }

    private void staff(String username, String fullName, List<String> grants) {
        long id = jdbc.sql("insert into staff (username, full_name, password_hash) values (?, ?, ?) returning id")
                .params(username, fullName, passwords.encode(PASSWORD))
                .query(Long.class)
                .single();
        for (String grant : grants) {
            String[] parts = grant.split(":");
            jdbc.sql("insert into staff_office_role (staff_id, office_id, role) values (?, ?, ?)")
                    .params(id, Long.parseLong(parts[0]), parts[1])
                    .update();
        }
    }

    /**
     * The centre gives tickets to phones (200 a day, the SMS at 3 people ahead); the commune does not, so the demo shows
     * both. A demo database seeded before phone tickets existed gets it at its next start, unless its admin set them.
     */
    private void phoneTickets() {
        jdbc.sql("""
                        insert into phone_ticket_settings (office_id, enabled, daily_cap, notify_ahead)
                        select id, true, 200, 3 from office where code = 'TTPVHCC'
                        on conflict (office_id) do nothing""").update();
    }

    private void appointments(long area, long office, int slotMinutes, int capacity) {
        jdbc.sql("insert into appointment_area (area_id, office_id, slot_minutes, capacity) values (?, ?, ?, ?)")
                .params(area, office, slotMinutes, capacity)
                .update();
    }

    private void device(String code, String kind, long office, Long counter) {
        jdbc.sql("insert into device (code, kind, office_id, counter_id, secret_hash) values (?, ?, ?, ?, ?)")
                .params(code, kind, office, counter, passwords.encode(code.toLowerCase() + "-secret"))
                .update();
    }
}
