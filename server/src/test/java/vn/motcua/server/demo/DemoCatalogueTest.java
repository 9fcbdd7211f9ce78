package vn.motcua.server.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import vn.motcua.client.MotcuaClient;
import vn.motcua.client.api.AccessToken;
import vn.motcua.client.api.DossierApologyRequest;
import vn.motcua.client.api.DossierApplicant;
import vn.motcua.client.api.DossierDelivery;
import vn.motcua.client.api.DossierDocument;
import vn.motcua.client.api.DossierDocumentForm;
import vn.motcua.client.api.DossierHandoverRequest;
import vn.motcua.client.api.DossierRefusalRequest;
import vn.motcua.client.api.DossierRequest;
import vn.motcua.client.api.DossierStatus;
import vn.motcua.client.api.DossierStatusChange;
import vn.motcua.client.api.DossierSupplementRequest;
import vn.motcua.client.api.DossierView;
import vn.motcua.client.api.ProcedureView;
import vn.motcua.server.IntegrationTest;
import vn.motcua.server.MotcuaServer;

/**
 * The demo as a newcomer meets it: a server started on an empty database with the demo profile, whose clerks find
 * about twenty real procedures in each office's catalogue, register a dossier straight away and print its papers.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoCatalogueTest {

    private static final Pattern NATIONAL_CODE = Pattern.compile("[1-3]\\.\\d{6}");
    private static final Pattern DATABASE = Pattern.compile("(jdbc:postgresql://[^/]+/)([^?]*)(.*)");

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final String CENTRE = "Trung tâm Phục vụ hành chính công tỉnh Phú Thọ";
    private static final String AGENCY = "UBND TỈNH PHÚ THỌ";
    /** The longest real names the demo's papers meet. */
    private static final DossierApplicant APPLICANT = new DossierApplicant(
            "Công ty Cổ phần Đầu tư Xây dựng và Phát triển Hạ tầng Kỹ thuật Đô thị Vĩnh Phúc - Phú Thọ",
            "2600123456",
            "Lô CN-12, Khu công nghiệp Khai Quang, phường Vĩnh Phúc, thành phố Vĩnh Yên cũ, tỉnh Phú Thọ",
            "0211 3862 555",
            "phongphaply.congtycophandautuxaydungvinhphuc@example.vn");

    private static final String BRANCH = "Chi nhánh Văn phòng Đăng ký đất đai khu vực Vĩnh Yên - Tam Dương - Tam Đảo"
            + " thuộc Văn phòng Đăng ký đất đai tỉnh Phú Thọ";
    private static final String OFFICER = "Nguyễn Hoàng Thị Thanh Phương";
    private static final String DELAY =
            "Chưa nhận được kết quả xác minh nguồn gốc thửa đất từ Văn phòng Đăng ký đất đai tỉnh Phú Thọ.";
    private static final String PAPER =
            "Bản sao có chứng thực Giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền với đất";
    private static final String SUPPLEMENT_REASON =
            "Bản vẽ sơ đồ thửa đất chưa thể hiện đúng ranh giới tiếp giáp với thửa đất số 126, tờ bản đồ số 17.";
    private static final String STOP_REASON = "Người nộp hồ sơ có đơn đề nghị dừng giải quyết do Tòa án nhân dân tỉnh"
            + " Phú Thọ đã thụ lý vụ án tranh chấp quyền sử dụng đất đối với thửa đất số 125, tờ bản đồ số 17.";
    private static final String REFUSAL_REASON =
            "Thửa đất đang có tranh chấp, đã được Tòa án nhân dân tỉnh Phú Thọ thụ lý giải quyết.";

    @Autowired
    Environment stores;

    private String database;
    private ConfigurableApplicationContext demo;
    private URI server;

    /** The demo seeds only an empty database: one of its own, beside the tests' database on the same server. */
    @BeforeAll
    void startTheDemoOnAnEmptyDatabase() throws SQLException {
        database = "demo_" + UUID.randomUUID().toString().substring(0, 8);
        outsideThePool("create database " + database);
        demo = demoServer(database);
        server = URI.create("http://localhost:" + demo.getEnvironment().getProperty("local.server.port"));
    }

    @AfterAll
    void stopTheDemo() throws SQLException {
        if (demo != null) {
            demo.close();
        }
        outsideThePool("drop database if exists " + database + " with (force)");
    }

    /**
     * On a connection of its own: the pool's gives up reading after 5 s (application.yml), and creating or dropping a
     * database on a busy machine may take longer.
     */
    private void outsideThePool(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(
                        stores.getProperty("spring.datasource.url"),
                        stores.getProperty("spring.datasource.username"),
                        stores.getProperty("spring.datasource.password", ""));
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    @Test
    void on_first_start_each_demo_office_has_about_twenty_procedures_and_a_clerk_registers_a_dossier_at_once() {
        MotcuaClient centreClerk = new MotcuaClient(server);
        AccessToken centre = centreClerk.signInStaff("canbo1", DemoData.PASSWORD);
        MotcuaClient communeClerk = new MotcuaClient(server);
        AccessToken commune = communeClerk.signInStaff("xa.canbo", DemoData.PASSWORD);

        List<ProcedureView> centreCatalogue =
                centreClerk.offices().procedures(centre.officeIds().getFirst(), null);
        List<ProcedureView> communeCatalogue =
                communeClerk.offices().procedures(commune.officeIds().getFirst(), null);
        for (List<ProcedureView> catalogue : List.of(centreCatalogue, communeCatalogue)) {
            assertThat(catalogue).hasSizeBetween(18, 25).allSatisfy(p -> {
                assertThat(p.code()).matches(NATIONAL_CODE);
                assertThat(p.areaId()).isNotNull();
                assertThat(p.requiredDocuments()).isNotEmpty();
                assertThat(p.fee()).isNotBlank();
                assertThat(p.processingDays()).isBetween(0, 45);
            });
        }
        assertThat(communeCatalogue)
                .extracting(ProcedureView::code, ProcedureView::name)
                .contains(tuple(
                        "2.000815",
                        "Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan tổ chức có thẩm quyền của "
                                + "Việt Nam cấp hoặc chứng nhận"));

        ProcedureView permit = centreCatalogue.stream()
                .filter(p -> p.code().equals("1.014199"))
                .findFirst()
                .orElseThrow();
        DossierView dossier = centreClerk
                .dossiers()
                .registerDossier(
                        centre.officeIds().getFirst(),
                        new DossierRequest(
                                permit.id(),
                                new DossierApplicant(
                                        "Công ty TNHH Kỹ thuật Điện tử Vĩnh Phúc",
                                        "2500123456",
                                        "Khu công nghiệp Khai Quang, phường Vĩnh Phúc, tỉnh Phú Thọ",
                                        "0211 3862 555",
                                        null),
                                permit.requiredDocuments().stream()
                                        .map(name -> new DossierDocument(name, DossierDocumentForm.ORIGINAL, 1))
                                        .toList(),
                                DossierDelivery.COUNTER,
                                null));

        assertThat(dossier.status()).isEqualTo(DossierStatus.RECEIVED);
        assertThat(dossier.procedureName()).isEqualTo(permit.name());
        assertThat(dossier.code()).startsWith("000.00.00.H62-");
    }

    /**
     * What a newcomer prints on the demo, with nothing set up: the centre's longest procedure for the longest
     * applicant, and every paper of it read back whole, in the demo's form settings (Phú Thọ, the province's
     * People's Committee in capitals, its director signing).
     */
    @Test
    void every_paper_of_a_dossier_of_the_demo_catalogue_prints_whole_in_the_demo_offices_settings() throws Exception {
        MotcuaClient clerk = new MotcuaClient(server);
        long centre = clerk.signInStaff("canbo1", DemoData.PASSWORD).officeIds().getFirst();
        ProcedureView longest = clerk.offices().procedures(centre, null).stream()
                .max(Comparator.comparingInt(p -> p.name().length()))
                .orElseThrow();
        String procedure = spaced(longest.name());

        DossierView dossier = register(clerk, centre, longest);
        String code = dossier.code();
        LocalDate today = LocalDate.now(VIETNAM);
        String placeDate = "Phú Thọ, ngày %02d tháng %02d năm %d"
                .formatted(today.getDayOfMonth(), today.getMonthValue(), today.getYear());
        assertThat(text(clerk.files().dossierReceiptPdf(centre, code)))
                .contains(
                        AGENCY,
                        "BỘ PHẬN TIẾP NHẬN VÀ TRẢ KẾT QUẢ",
                        placeDate,
                        "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ",
                        "Mã hồ sơ: " + code,
                        "Bộ phận tiếp nhận và trả kết quả: " + CENTRE,
                        "Tiếp nhận hồ sơ của: " + APPLICANT.name(),
                        "Địa chỉ: " + APPLICANT.address(),
                        "Email: " + APPLICANT.email(),
                        "Nội dung yêu cầu giải quyết: " + procedure,
                        spaced(longest.requiredDocuments().getLast()),
                        "2. Số lượng hồ sơ: 2 (bộ)",
                        "3. Thời gian giải quyết hồ sơ theo quy định là: " + longest.processingDays()
                                + " ngày làm việc",
                        "5. Thời gian trả kết quả giải quyết hồ sơ: " + dayTime(dossier.dueAt()),
                        "6. Đăng ký nhận kết quả tại: Bộ phận tiếp nhận và trả kết quả, " + CENTRE,
                        "Quyển số: " + today.getYear() + " Số thứ tự: ",
                        "Trần Thị Lan")
                .doesNotContain(CENTRE + ", ngày");

        clerk.dossiers()
                .recordHandover(
                        centre, code, new DossierHandoverRequest(null, null, BRANCH, OFFICER, null, "Thụ lý hồ sơ"));
        assertThat(text(clerk.files().controlSlipPdf(centre, code)))
                .contains(
                        "PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ",
                        "Mã hồ sơ: " + code,
                        "Nội dung yêu cầu giải quyết: " + procedure,
                        "1. Giao: " + CENTRE,
                        "2. Nhận: " + BRANCH,
                        "Người giao: Trần Thị Lan",
                        "Người nhận: " + OFFICER);

        LocalDate newDay = workingDayAfter(clerk, dossier.dueAt().toLocalDate());
        LocalDateTime newDueAt = clerk.dossiers()
                .apologize(centre, code, new DossierApologyRequest(DELAY, newDay))
                .rescheduledDueAt();
        assertThat(text(clerk.files().dossierApologyPdf(centre, code)))
                .contains(
                        AGENCY,
                        placeDate,
                        "VĂN BẢN XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN THỜI GIAN GIẢI QUYẾT",
                        "Kính gửi: Ông/Bà " + APPLICANT.name(),
                        "- Nội dung yêu cầu giải quyết: " + procedure,
                        "Lý do: " + DELAY,
                        "- Thời gian giải quyết đề nghị gia hạn đến: " + dayTime(newDueAt),
                        "GIÁM ĐỐC",
                        "Nguyễn Văn Hùng");

        clerk.dossiers()
                .requestSupplement(
                        centre,
                        code,
                        new DossierSupplementRequest(List.of(PAPER), SUPPLEMENT_REASON, today.plusDays(10)));
        assertThat(text(clerk.files().supplementRequestPdf(centre, code)))
                .contains(
                        AGENCY,
                        placeDate,
                        "PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ",
                        APPLICANT.name(),
                        procedure,
                        PAPER,
                        "Lý do: " + SUPPLEMENT_REASON,
                        "Trần Thị Lan");

        clerk.dossiers().changeDossierStatus(centre, code, new DossierStatusChange(DossierStatus.PROCESSING, ""));
        clerk.dossiers().changeDossierStatus(centre, code, new DossierStatusChange(DossierStatus.STOPPED, STOP_REASON));
        assertThat(text(clerk.files().stopNoticePdf(centre, code)))
                .contains(
                        AGENCY,
                        placeDate,
                        "THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ",
                        "Kính gửi: Ông/Bà " + APPLICANT.name(),
                        "- Nội dung yêu cầu giải quyết: " + procedure,
                        STOP_REASON,
                        "GIÁM ĐỐC",
                        "Nguyễn Văn Hùng");

        String refused = register(clerk, centre, longest).code();
        clerk.dossiers().refuseDossier(centre, refused, new DossierRefusalRequest(REFUSAL_REASON));
        assertThat(text(clerk.files().refusalPdf(centre, refused)))
                .contains(
                        AGENCY,
                        placeDate,
                        "PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ",
                        "Mã hồ sơ: " + refused,
                        APPLICANT.name(),
                        APPLICANT.address(),
                        procedure,
                        REFUSAL_REASON);
    }

    @Test
    void the_commune_prints_its_own_locality_and_agency_on_a_receipt_of_its_catalogue() throws Exception {
        MotcuaClient clerk = new MotcuaClient(server);
        long commune =
                clerk.signInStaff("xa.canbo", DemoData.PASSWORD).officeIds().getFirst();
        ProcedureView longest = clerk.offices().procedures(commune, null).stream()
                .max(Comparator.comparingInt(p -> p.name().length()))
                .orElseThrow();

        String code = register(clerk, commune, longest).code();

        assertThat(text(clerk.files().dossierReceiptPdf(commune, code)))
                .contains(
                        "UBND XÃ TAM DƯƠNG",
                        "Tam Dương, ngày",
                        "Bộ phận tiếp nhận và trả kết quả: Bộ phận Một cửa UBND xã Tam Dương",
                        "Nội dung yêu cầu giải quyết: " + spaced(longest.name()),
                        "Phạm Thu Hà");
    }

    private static DossierView register(MotcuaClient clerk, long office, ProcedureView procedure) {
        return clerk.dossiers()
                .registerDossier(
                        office,
                        new DossierRequest(
                                procedure.id(),
                                APPLICANT,
                                procedure.requiredDocuments().stream()
                                        .map(name -> new DossierDocument(name, DossierDocumentForm.CERTIFIED_COPY, 2))
                                        .toList(),
                                DossierDelivery.COUNTER,
                                null,
                                2));
    }

    /** The first weekday after {@code day} that the installation's calendar does not list as a day off. */
    private static LocalDate workingDayAfter(MotcuaClient client, LocalDate day) {
        LocalDate next = day.plusDays(1);
        Set<LocalDate> off = new HashSet<>();
        for (int year : List.of(next.getYear(), next.getYear() + 1)) {
            client.calendar().calendarYear(year, false).stream()
                    .filter(d -> !d.working())
                    .forEach(d -> off.add(d.day()));
        }
        while (next.getDayOfWeek().getValue() > 5 || off.contains(next)) {
            next = next.plusDays(1);
        }
        return next;
    }

    private static String dayTime(LocalDateTime at) {
        return "%02d giờ %02d phút, ngày %02d tháng %02d năm %d"
                .formatted(at.getHour(), at.getMinute(), at.getDayOfMonth(), at.getMonthValue(), at.getYear());
    }

    /** As the PDF's text is read: every run of white space one space. */
    private static String spaced(String s) {
        return s.replaceAll("\\s+", " ");
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return spaced(new PDFTextStripper().getText(doc));
        }
    }

    /** Eight databases along from the tests' own (redis://host:port/N), so never the same one. */
    private static String otherDatabase(String redis) {
        Matcher index = Pattern.compile("/(\\d+)$").matcher(redis);
        int own = index.find() ? Integer.parseInt(index.group(1)) : 0;
        return redis.replaceFirst("/\\d*$", "") + "/" + (own + 8) % 16;
    }

    private ConfigurableApplicationContext demoServer(String database) {
        Matcher url = DATABASE.matcher(stores.getProperty("spring.datasource.url"));
        assertThat(url.matches()).isTrue();
        String redis = stores.getProperty("spring.data.redis.url");
        return new SpringApplicationBuilder(MotcuaServer.class)
                .run(
                        "--server.port=0",
                        "--spring.profiles.active=demo",
                        "--spring.datasource.url=" + url.group(1) + database + url.group(3),
                        "--spring.datasource.username=" + stores.getProperty("spring.datasource.username"),
                        "--spring.datasource.password=" + stores.getProperty("spring.datasource.password", ""),
                        // a Redis database of its own, and no watchdog: the demo's office ids are the tests' ids too
                        "--spring.data.redis.url=" + otherDatabase(redis),
                        "--motcua.queue.watchdog-interval=1h",
                        "--motcua.security.token-secret=" + stores.getProperty("motcua.security.token-secret"));
    }
}
