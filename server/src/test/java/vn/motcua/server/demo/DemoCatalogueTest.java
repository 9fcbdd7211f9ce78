package vn.motcua.server.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.net.URI;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.client.MotcuaClient;
import vn.motcua.client.api.AccessToken;
import vn.motcua.client.api.DossierApplicant;
import vn.motcua.client.api.DossierDelivery;
import vn.motcua.client.api.DossierDocument;
import vn.motcua.client.api.DossierDocumentForm;
import vn.motcua.client.api.DossierRequest;
import vn.motcua.client.api.DossierStatus;
import vn.motcua.client.api.DossierView;
import vn.motcua.client.api.ProcedureView;
import vn.motcua.server.IntegrationTest;
import vn.motcua.server.MotcuaServer;

/**
 * The demo as a newcomer meets it: a server started on an empty database with the demo profile, whose clerks find
 * about twenty real procedures in each office's catalogue and register a dossier straight away.
 */
@IntegrationTest
class DemoCatalogueTest {

    private static final Pattern NATIONAL_CODE = Pattern.compile("[1-3]\\.\\d{6}");
    private static final Pattern DATABASE = Pattern.compile("(jdbc:postgresql://[^/]+/)([^?]*)(.*)");

    @Autowired
    Environment stores;

    @Autowired
    JdbcClient jdbc;

    @Test
    void on_first_start_each_demo_office_has_about_twenty_procedures_and_a_clerk_registers_a_dossier_at_once() {
        // the demo seeds only an empty database: one of its own, beside the tests' database on the same server
        String database = "demo_" + UUID.randomUUID().toString().substring(0, 8);
        jdbc.sql("create database " + database).update();
        try (ConfigurableApplicationContext demo = demoServer(database)) {
            URI server = URI.create("http://localhost:" + demo.getEnvironment().getProperty("local.server.port"));

            MotcuaClient centreClerk = new MotcuaClient(server);
            AccessToken centre = centreClerk.signInStaff("canbo1", DemoData.PASSWORD);
            MotcuaClient communeClerk = new MotcuaClient(server);
            AccessToken commune = communeClerk.signInStaff("xa.canbo", DemoData.PASSWORD);

            List<ProcedureView> centreCatalogue =
                    centreClerk.procedures(centre.officeIds().getFirst(), null);
            List<ProcedureView> communeCatalogue =
                    communeClerk.procedures(commune.officeIds().getFirst(), null);
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
            DossierView dossier = centreClerk.registerDossier(
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
        } finally {
            jdbc.sql("drop database " + database + " with (force)").update();
        }
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
                        // its own Redis database, and no watchdog: the demo's office ids are the tests' ids too
                        "--spring.data.redis.url=" + redis.replaceFirst("/\\d*$", "") + "/9",
                        "--motcua.queue.watchdog-interval=1h",
                        "--motcua.security.token-secret=" + stores.getProperty("motcua.security.token-secret"));
    }
}
