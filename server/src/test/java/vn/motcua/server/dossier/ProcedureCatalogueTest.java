package vn.motcua.server.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.client.ApiException;
import vn.motcua.client.api.ProcedureImportResult;
import vn.motcua.client.api.ProcedureRequest;
import vn.motcua.client.api.ProcedureView;
import vn.motcua.server.Fixtures;
import vn.motcua.server.IntegrationTest;

@IntegrationTest
class ProcedureCatalogueTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    DossierTestKit office;

    @BeforeEach
    void setUp() {
        office = new DossierTestKit(fixtures, jdbc);
    }

    @Test
    void an_admin_adds_and_changes_a_procedure_and_staff_find_it_by_part_of_its_name() {
        ProcedureView added = office.admin
                .offices()
                .createProcedure(
                        office.id(),
                        new ProcedureRequest(
                                "1.001193",
                                "Đăng ký kết hôn",
                                office.office.area(1),
                                5,
                                List.of("Tờ khai đăng ký kết hôn"),
                                "Miễn phí",
                                true));
        ProcedureView changed = office.admin
                .offices()
                .updateProcedure(
                        office.id(),
                        added.id(),
                        new ProcedureRequest(
                                "1.001193",
                                "Đăng ký kết hôn",
                                office.office.area(1),
                                3,
                                List.of("Tờ khai đăng ký kết hôn", "CCCD"),
                                "",
                                true));

        assertThat(changed.processingDays()).isEqualTo(3);
        assertThat(changed.requiredDocuments()).containsExactly("Tờ khai đăng ký kết hôn", "CCCD");
        assertThat(office.clerk.offices().procedures(office.id(), "kết hôn")).containsExactly(changed);
        assertThat(office.clerk.offices().procedures(office.id(), "khai tử")).isEmpty();
    }

    @Test
    void a_procedure_out_of_use_is_hidden_from_staff_but_listed_for_its_admins() {
        office.admin
                .offices()
                .createProcedure(
                        office.id(),
                        new ProcedureRequest("3.000100", "Thủ tục đã bãi bỏ", null, 5, List.of(), "", false));

        assertThat(office.clerk.offices().procedures(office.id(), null)).isEmpty();
        assertThat(office.admin.offices().allProcedures(office.id()))
                .extracting(ProcedureView::code)
                .containsExactly("3.000100");
    }

    @Test
    void a_second_procedure_with_the_same_code_is_refused() {
        ProcedureRequest request = new ProcedureRequest("2.000815", "Chứng thực chữ ký", null, 0, List.of(), "", true);
        office.admin.offices().createProcedure(office.id(), request);

        assertThatThrownBy(() -> office.admin.offices().createProcedure(office.id(), request))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.code()).isEqualTo("PROCEDURE_CODE_TAKEN"));
    }

    @Test
    void a_csv_import_adds_new_procedures_and_updates_those_whose_code_exists() {
        office.admin
                .offices()
                .createProcedure(
                        office.id(), new ProcedureRequest("KS-01", "Khai sinh (cũ)", null, 5, List.of(), "", true));
        String csv = """
                code,name,processing_days,area_code,required_documents,fee,active
                KS-01,Đăng ký khai sinh,3,AREA-A,Tờ khai|Giấy chứng sinh,Miễn phí,true
                "CT-02","Chứng thực bản sao, chữ ký",0,,,"2.000 đồng/trang",
                """;

        ProcedureImportResult result = office.admin.offices().importProcedures(office.id(), csv);

        assertThat(result).isEqualTo(new ProcedureImportResult(1, 1));
        List<ProcedureView> all = office.clerk.offices().procedures(office.id(), null);
        assertThat(all).extracting(ProcedureView::code).containsExactly("CT-02", "KS-01");
        assertThat(all.get(0).name()).isEqualTo("Chứng thực bản sao, chữ ký");
        assertThat(all.get(1).requiredDocuments()).containsExactly("Tờ khai", "Giấy chứng sinh");
        assertThat(all.get(1).areaId()).isEqualTo(office.office.area(0));
    }

    @Test
    void a_csv_with_errors_on_some_lines_imports_nothing_and_names_each_line() {
        String csv = """
                code,name,processing_days,area_code
                OK-01,Thủ tục đúng,3,
                BAD-02,Thủ tục sai số ngày,ba,
                BAD-03,,2,AREA-Z
                OK-01,Trùng mã,1,
                """;

        assertThatThrownBy(() -> office.admin.offices().importProcedures(office.id(), csv))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.code()).isEqualTo("INVALID_CSV");
                    assertThat(e.fieldErrors())
                            .extracting(f -> f.get("line") + ":" + f.get("field"))
                            .containsExactly("3:processing_days", "4:area_code", "5:code");
                });
        assertThat(office.clerk.offices().procedures(office.id(), null)).isEmpty();
    }

    @Test
    void a_csv_wrong_on_every_one_of_thousands_of_lines_lists_the_first_hundred_and_counts_them_all() {
        StringBuilder csv = new StringBuilder("code,name,processing_days\n");
        for (int line = 2; line <= 5001; line++) {
            csv.append("P-").append(line).append(",Thủ tục ").append(line).append(",ba\n");
        }

        assertThatThrownBy(() -> office.admin.offices().importProcedures(office.id(), csv.toString()))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.fieldErrors()).hasSize(ProcedureController.LISTED_PROBLEMS);
                    assertThat(e.fieldErrors().getFirst()).containsEntry("line", "2");
                    assertThat(e.getMessage()).contains("5000 problem(s)", "the first 100 listed");
                });
    }

    @Test
    void a_query_typed_without_accents_or_in_capitals_finds_what_one_typed_with_them_finds() {
        for (String[] procedure : new String[][] {
            {"2.000815", "Đăng ký hộ kinh doanh"}, {"1.001193", "Đăng ký kết hôn"}, {"1.000656", "Chứng thực bản sao"}
        }) {
            office.admin
                    .offices()
                    .createProcedure(
                            office.id(),
                            new ProcedureRequest(
                                    procedure[0],
                                    procedure[1],
                                    office.office.area(1),
                                    3,
                                    List.of("Tờ khai"),
                                    "",
                                    true));
        }

        for (String query : List.of("hộ kinh doanh", "ho kinh doanh", "HỘ KINH DOANH", "DANG KY HO", "2.000815")) {
            assertThat(office.clerk.offices().procedures(office.id(), query))
                    .as(query)
                    .extracting(ProcedureView::name)
                    .containsExactly("Đăng ký hộ kinh doanh");
        }
        assertThat(office.clerk.offices().procedures(office.id(), "dang ky"))
                .extracting(ProcedureView::name)
                .containsExactly("Đăng ký kết hôn", "Đăng ký hộ kinh doanh");
        assertThat(office.clerk.offices().procedures(office.id(), "100%_")).isEmpty();
    }

    @Test
    void a_province_sized_catalogue_is_read_a_page_at_a_time_and_a_page_out_of_bounds_is_refused_naming_it() {
        StringBuilder csv = new StringBuilder("code,name,processing_days\n");
        for (int n = 1; n <= 450; n++) {
            csv.append(String.format("P-%04d,Thủ tục số %d,3%n", n, n));
        }
        office.admin.offices().importProcedures(office.id(), csv.toString());

        List<ProcedureView> first = office.clerk.offices().procedures(office.id(), null, false, 0, 200);
        List<ProcedureView> last = office.clerk.offices().procedures(office.id(), null, false, 400, 200);

        assertThat(first).hasSize(200);
        assertThat(first.getFirst().code()).isEqualTo("P-0001");
        assertThat(last).extracting(ProcedureView::code).hasSize(50).endsWith("P-0450");
        assertThat(office.clerk.offices().procedures(office.id(), null))
                .extracting(ProcedureView::code)
                .hasSize(450)
                .doesNotHaveDuplicates()
                .isSorted();
        for (int[] page : new int[][] {{0, 0}, {0, 201}, {-1, 10}}) {
            assertThatThrownBy(() -> office.clerk.offices().procedures(office.id(), null, false, page[0], page[1]))
                    .isInstanceOfSatisfying(ApiException.class, e -> {
                        assertThat(e.status()).isEqualTo(400);
                        assertThat(e.fieldErrors())
                                .extracting(f -> f.get("field"))
                                .containsExactly(page[0] < 0 ? "offset" : "limit");
                    });
        }
    }

    @Test
    void a_csv_saved_in_windows_1258_is_refused_with_400_naming_the_encoding_and_the_line() throws Exception {
        byte[] csv = """
                code,name,processing_days
                KS-01,Dang ky khai sinh,3
                KT-02,Đăng ký khai tử,3
                """.getBytes(Charset.forName("windows-1258"));

        HttpResponse<String> vietnamese = importCsv(csv, "vi");
        HttpResponse<String> english = importCsv(csv, "en");

        assertThat(vietnamese.statusCode()).isEqualTo(400);
        assertThat(vietnamese.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(vietnamese.body())
                .contains("\"code\":\"INVALID_CSV\"")
                .contains("\"line\":\"3\"")
                .contains("Dòng 3 của tệp không phải văn bản UTF-8");
        assertThat(english.body()).contains("Line 3 of the file is not UTF-8 text");
        assertThat(office.clerk.offices().procedures(office.id(), null)).isEmpty();
    }

    @Test
    void a_csv_with_a_nul_character_is_refused_naming_its_line() throws Exception {
        byte[] csv = "code,name,processing_days\nKS-01,Khai\u0000sinh,3\n".getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> response = importCsv(csv, "en");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("Line 2 of the file contains a control character");
    }

    @Test
    void a_csv_typed_with_decomposed_diacritics_is_imported_composed() {
        String csv = Normalizer.normalize("code,name,processing_days\nKT-02,Đăng ký khai tử,3\n", Normalizer.Form.NFD);

        office.admin.offices().importProcedures(office.id(), csv);

        assertThat(office.clerk.offices().procedures(office.id(), "khai tử"))
                .extracting(ProcedureView::name)
                .containsExactly("Đăng ký khai tử");
    }

    private HttpResponse<String> importCsv(byte[] csv, String language) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(
                                        fixtures.baseUrl() + "/api/v1/offices/" + office.id() + "/procedures/import"))
                                .header(
                                        "Authorization",
                                        "Bearer " + office.admin.token().token())
                                .header("Content-Type", "text/csv")
                                .header("Accept-Language", language)
                                .POST(HttpRequest.BodyPublishers.ofByteArray(csv))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }
}
