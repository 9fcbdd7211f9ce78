package vn.motcua.counter.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.tabs.TabSheet;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.motcua.client.ApiException;
import vn.motcua.client.api.ProcedureImportResult;
import vn.motcua.client.api.ProcedureView;
import vn.motcua.client.api.Role;
import vn.motcua.counter.testing.FakeBackend;
import vn.motcua.counter.testing.ViewTest;

class ProceduresTabTest extends ViewTest {

    private static final ProcedureView BIRTH = new ProcedureView(
            1,
            "1.001193",
            "Đăng ký khai sinh",
            FakeBackend.AREA_A,
            3,
            List.of("Tờ khai", "Giấy chứng sinh"),
            "Miễn lệ phí",
            true);
    private static final ProcedureView BUSINESS =
            new ProcedureView(2, "2.000720", "Đăng ký thành lập hộ kinh doanh", null, 5, List.of(), "", false);

    private ProceduresTab open() {
        signInAt(null, Role.ADMIN);
        navigate(AdminView.class);
        test(find(TabSheet.class).single()).select("Thủ tục hành chính");
        return find(ProceduresTab.class).single();
    }

    private static ApiException invalidCsv(List<Map<String, String>> problems) {
        return new ApiException(
                400, "INVALID_CSV", problems.size() + " problem(s) in the file; nothing was imported.", problems);
    }

    private static Map<String, String> problem(int line, String field, String message) {
        return Map.of("line", String.valueOf(line), "field", field, "message", message);
    }

    @Test
    void the_offices_procedures_are_listed_with_their_area_and_found_by_a_search_without_accents() {
        backend.procedures.addAll(List.of(BUSINESS, BIRTH));
        ProceduresTab tab = open();

        assertThat(test(tab.grid).size()).isEqualTo(2);
        assertThat(test(tab.grid).getCellText(0, 0)).isEqualTo("1.001193");
        assertThat(test(tab.grid).getCellText(0, 2)).isEqualTo("Đầu tư - Kế hoạch");
        assertThat(test(tab.grid).getCellText(0, 3)).isEqualTo("3");
        assertThat(test(tab.grid).getCellText(0, 4)).isEqualTo("Miễn lệ phí");
        assertThat(test(tab.grid).getCellText(1, 2)).isEqualTo("—");
        assertThat(test(tab.grid).getCellText(1, 4)).isEqualTo("Không thu");
        assertThat(test(tab.grid).getCellText(1, 5)).isEqualTo("Ngừng dùng");

        test(tab.search).setValue("ho kinh doanh");
        assertThat(test(tab.grid).size()).isEqualTo(1);
        assertThat(test(tab.grid).getCellText(0, 1)).isEqualTo("Đăng ký thành lập hộ kinh doanh");
        test(tab.search).setValue("DANG KY");
        assertThat(test(tab.grid).size()).isEqualTo(2);
    }

    @Test
    void a_new_procedure_is_sent_with_one_required_document_a_line_and_the_list_read_again() {
        ProceduresTab tab = open();
        test(tab.code).setValue(" 1.000894 ");
        test(tab.name).setValue("Đăng ký kết hôn");
        test(tab.area).selectItem("B · Xây dựng");
        test(tab.processingDays).setValue(5);
        test(tab.documents).setValue("Tờ khai đăng ký kết hôn\n\n  Giấy xác nhận tình trạng hôn nhân  \n");
        test(tab.save).click();

        assertThat(backend.calls)
                .endsWith(
                        "createProcedure ProcedureRequest[code=1.000894, name=Đăng ký kết hôn, "
                                + "areaId=12, processingDays=5, requiredDocuments=[Tờ khai đăng ký kết hôn, Giấy xác nhận tình trạng "
                                + "hôn nhân], fee=, active=true]",
                        "procedures");
        assertThat(test(tab.grid).getCellText(0, 1)).isEqualTo("Đăng ký kết hôn");
        assertThat(test(find(Notification.class).last()).getText()).isEqualTo("Đã lưu thủ tục 1.000894.");
        assertThat(tab.code.getValue()).isEmpty();
    }

    @Test
    void choosing_a_procedure_fills_the_form_and_saving_changes_it() {
        backend.procedures.add(BIRTH);
        ProceduresTab tab = open();
        test(tab.grid).select(0);
        assertThat(tab.code.getValue()).isEqualTo("1.001193");
        assertThat(tab.area.getValue().id()).isEqualTo(FakeBackend.AREA_A);
        assertThat(tab.documents.getValue()).isEqualTo("Tờ khai\nGiấy chứng sinh");
        assertThat(tab.save.getText()).isEqualTo("Lưu thay đổi");

        test(tab.processingDays).setValue(2);
        tab.area.clear();
        test(tab.active).click();
        test(tab.save).click();

        assertThat(backend.calls)
                .contains("updateProcedure 1 ProcedureRequest[code=1.001193, name=Đăng ký khai sinh, "
                        + "areaId=null, processingDays=2, requiredDocuments=[Tờ khai, Giấy chứng sinh], fee=Miễn lệ phí, "
                        + "active=false]");
        assertThat(test(tab.grid).getCellText(0, 5)).isEqualTo("Ngừng dùng");
    }

    @Test
    void an_incomplete_procedure_is_refused_in_vietnamese_before_sending() {
        ProceduresTab tab = open();
        test(tab.save).click();
        assertThat(tab.code.getErrorMessage()).isEqualTo("Vui lòng nhập mã thủ tục");
        assertThat(tab.name.getErrorMessage()).isEqualTo("Vui lòng nhập tên thủ tục");
        assertThat(tab.processingDays.getErrorMessage()).isEqualTo("Vui lòng nhập thời hạn giải quyết");

        test(tab.code).setValue("x".repeat(101));
        test(tab.name).setValue("Thủ tục");
        test(tab.processingDays).setValue(366);
        test(tab.save).click();
        assertThat(tab.code.getErrorMessage()).isEqualTo("Tối đa 100 ký tự");
        assertThat(tab.processingDays.getErrorMessage()).isEqualTo("Thời hạn giải quyết từ 0 đến 365 ngày làm việc");
        assertThat(backend.calls).noneMatch(c -> c.startsWith("createProcedure"));
    }

    @Test
    void a_code_the_office_already_has_and_a_field_the_server_refuses_are_shown_on_their_field() {
        ProceduresTab tab = open();
        test(tab.code).setValue("1.001193");
        test(tab.name).setValue("Đăng ký khai sinh");
        test(tab.processingDays).setValue(3);
        backend.refusal = new ApiException(
                409, "PROCEDURE_CODE_TAKEN", "The office already has a procedure with code " + "1.001193", null);
        test(tab.save).click();
        assertThat(tab.code.isInvalid()).isTrue();
        assertThat(tab.code.getErrorMessage()).isEqualTo("Đơn vị đã có một thủ tục mang mã này");

        backend.refusal = new ApiException(
                400,
                "INVALID_FIELDS",
                "Invalid",
                List.of(Map.of("field", "processingDays", "message", "processingDays must be between 0 and 365")));
        test(tab.save).click();
        assertThat(tab.processingDays.isInvalid()).isTrue();
        assertThat(tab.processingDays.getErrorMessage()).isEqualTo("Thời hạn giải quyết từ 0 đến 365 ngày làm việc");
        assertThat(tab.name.isInvalid()).isFalse();
    }

    @Test
    void an_uploaded_csv_is_sent_as_text_and_what_it_did_is_shown() {
        ProceduresTab tab = open();
        backend.importResult = new ProcedureImportResult(2, 1);
        String csv = "code,name,processing_days\n1.001193,Đăng ký khai sinh,3\n";

        test(tab.importer.upload).upload("thu-tuc.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
        deliver();

        assertThat(backend.importedCsv).isEqualTo(csv);
        assertThat(backend.calls).endsWith("importProcedures", "procedures");
        assertThat(find(Paragraph.class).withClassName("import-done").single().getText())
                .isEqualTo("Đã nhập tệp: 2 thủ tục mới, 1 thủ tục được cập nhật.");
    }

    @Test
    void a_refused_csv_lists_each_wrong_line_in_vietnamese() {
        ProceduresTab tab = open();
        backend.refusal = invalidCsv(List.of(
                problem(3, "processing_days", "not a whole number of working days"),
                problem(4, "area_code", "no service area with code AREA-Z"),
                problem(5, "code", "code appears twice in the file"),
                problem(6, "name", "name is required, at most 1000 characters")));

        test(tab.importer.upload)
                .upload("thu-tuc.csv", "text/csv", "code,name,processing_days\n".getBytes(StandardCharsets.UTF_8));
        deliver();

        assertThat(find(Paragraph.class)
                        .withClassName("import-refused")
                        .single()
                        .getText())
                .startsWith("Tệp chưa được nhập vì có 4 lỗi.");
        assertThat(find(ListItem.class, tab.importer.result).all())
                .extracting(ListItem::getText)
                .containsExactly(
                        "Dòng 3: thời hạn giải quyết phải là một số nguyên ngày làm việc",
                        "Dòng 4: mã lĩnh vực không có trong đơn vị; các mã lĩnh vực của đơn vị: DAUTU, XAYDUNG, DATDAI",
                        "Dòng 5: mã thủ tục trùng với một dòng khác trong tệp",
                        "Dòng 6: tên thủ tục không được để trống, tối đa 1.000 ký tự");
        assertThat(backend.calls).endsWith("importProcedures");
    }

    @Test
    void a_wrong_header_is_explained_with_the_columns_the_import_reads() {
        ProceduresTab tab = open();
        backend.refusal = invalidCsv(List.of(
                problem(1, "ten", "unknown column; expected some of [code, name, processing_days]"),
                problem(1, "name", "missing column")));

        test(tab.importer.upload).upload("thu-tuc.csv", "text/csv", "code,ten\n".getBytes(StandardCharsets.UTF_8));
        deliver();

        assertThat(find(ListItem.class, tab.importer.result).all())
                .extracting(ListItem::getText)
                .containsExactly(
                        "Dòng 1: cột “ten” không có trong mẫu; các cột dùng được: code,name,processing_days,area_code,"
                                + "required_documents,fee,active",
                        "Dòng 1: thiếu cột “name”");
    }

    @Test
    void a_file_that_is_not_utf8_is_not_sent() {
        ProceduresTab tab = open();
        byte[] windows1258 = {'c', 'o', 'd', 'e', '\n', 'T', (byte) 0xEA, 'n'};

        test(tab.importer.upload).upload("thu-tuc.csv", "text/csv", windows1258);
        deliver();

        assertThat(backend.calls).doesNotContain("importProcedures");
        assertThat(find(Paragraph.class)
                        .withClassName("import-refused")
                        .single()
                        .getText())
                .startsWith("Tệp “thu-tuc.csv” không phải mã UTF-8");
    }

    @Test
    void the_sample_file_has_the_columns_the_import_reads_and_the_offices_own_area_code() {
        ProceduresTab tab = open();
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        test(tab.importer.sample).download(out);

        String sample = out.toString(StandardCharsets.UTF_8);
        assertThat(sample).startsWith("\uFEFFcode,name,processing_days,area_code,required_documents,fee,active\r\n");
        assertThat(sample)
                .contains("1.001193,Đăng ký khai sinh,3,DAUTU,Tờ khai đăng ký khai sinh|Giấy chứng sinh,"
                        + "Miễn lệ phí,true\r\n");
        assertThat(tab.importer.upload.getAcceptedFileTypes()).containsExactly(".csv", "text/csv");
        assertThat(tab.importer.upload.getMaxFileSize()).isEqualTo(ProcedureImport.MAX_BYTES);
    }
}
