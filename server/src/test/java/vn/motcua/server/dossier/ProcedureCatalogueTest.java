package vn.motcua.server.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
        ProcedureView added = office.admin.createProcedure(
                office.id(),
                new ProcedureRequest(
                        "1.001193",
                        "Đăng ký kết hôn",
                        office.office.area(1),
                        5,
                        List.of("Tờ khai đăng ký kết hôn"),
                        "Miễn phí",
                        true));
        ProcedureView changed = office.admin.updateProcedure(
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
        assertThat(office.clerk.procedures(office.id(), "kết hôn")).containsExactly(changed);
        assertThat(office.clerk.procedures(office.id(), "khai tử")).isEmpty();
    }

    @Test
    void a_procedure_out_of_use_is_hidden_from_staff_but_listed_for_its_admins() {
        office.admin.createProcedure(
                office.id(), new ProcedureRequest("3.000100", "Thủ tục đã bãi bỏ", null, 5, List.of(), "", false));

        assertThat(office.clerk.procedures(office.id(), null)).isEmpty();
        assertThat(office.admin.allProcedures(office.id()))
                .extracting(ProcedureView::code)
                .containsExactly("3.000100");
    }

    @Test
    void a_second_procedure_with_the_same_code_is_refused() {
        ProcedureRequest request = new ProcedureRequest("2.000815", "Chứng thực chữ ký", null, 0, List.of(), "", true);
        office.admin.createProcedure(office.id(), request);

        assertThatThrownBy(() -> office.admin.createProcedure(office.id(), request))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.code()).isEqualTo("PROCEDURE_CODE_TAKEN"));
    }

    @Test
    void a_csv_import_adds_new_procedures_and_updates_those_whose_code_exists() {
        office.admin.createProcedure(
                office.id(), new ProcedureRequest("KS-01", "Khai sinh (cũ)", null, 5, List.of(), "", true));
        String csv = """
                code,name,processing_days,area_code,required_documents,fee,active
                KS-01,Đăng ký khai sinh,3,AREA-A,Tờ khai|Giấy chứng sinh,Miễn phí,true
                "CT-02","Chứng thực bản sao, chữ ký",0,,,"2.000 đồng/trang",
                """;

        ProcedureImportResult result = office.admin.importProcedures(office.id(), csv);

        assertThat(result).isEqualTo(new ProcedureImportResult(1, 1));
        List<ProcedureView> all = office.clerk.procedures(office.id(), null);
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

        assertThatThrownBy(() -> office.admin.importProcedures(office.id(), csv))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.code()).isEqualTo("INVALID_CSV");
                    assertThat(e.fieldErrors())
                            .extracting(f -> f.get("line") + ":" + f.get("field"))
                            .containsExactly("3:processing_days", "4:area_code", "5:code");
                });
        assertThat(office.clerk.procedures(office.id(), null)).isEmpty();
    }
}
