package vn.motcua.server.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.client.api.DossierDelivery;
import vn.motcua.client.api.DossierRequest;
import vn.motcua.client.api.DossierView;
import vn.motcua.server.Fixtures;
import vn.motcua.server.IntegrationTest;

@IntegrationTest
class DossierReceiptTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    LookupTokens tokens;

    DossierTestKit office;
    DossierView dossier;

    @BeforeEach
    void setUp() {
        office = new DossierTestKit(fixtures, jdbc);
        dossier = office.clerk.dossiers().registerDossier(office.id(), DossierTestKit.dossier(office.procedure(3)));
    }

    @Test
    void the_receipt_is_mau_01_with_the_dossier_code_as_text() throws Exception {
        String text = DossierTestKit.pdfText(office.clerk.files().dossierReceiptPdf(office.id(), dossier.code()));

        assertThat(text)
                .contains("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ")
                .contains(dossier.code())
                .contains("Nguyễn Thị Hoa")
                .contains("Giấy chứng sinh");
    }

    @Test
    void an_office_without_a_locality_leaves_the_place_to_be_written_in_not_its_own_name() throws Exception {
        String name = jdbc.sql("select name from office where id = ?")
                .param(office.id())
                .query(String.class)
                .single();

        String text = DossierTestKit.pdfText(office.clerk.files().dossierReceiptPdf(office.id(), dossier.code()));

        assertThat(text).contains("…………, ngày ").doesNotContain(name + ", ngày");
    }

    @Test
    void a_result_sent_by_post_is_promised_at_the_applicants_address() throws Exception {
        DossierRequest counter = DossierTestKit.dossier(office.procedure(3));
        String code = office.clerk
                .dossiers()
                .registerDossier(
                        office.id(),
                        new DossierRequest(
                                counter.procedureId(),
                                counter.applicant(),
                                counter.documents(),
                                DossierDelivery.POST,
                                null))
                .code();

        assertThat(DossierTestKit.pdfText(office.clerk.files().dossierReceiptPdf(office.id(), code)))
                .contains("6. Đăng ký nhận kết quả tại: Qua dịch vụ bưu chính công ích, tại địa chỉ: "
                        + DossierTestKit.APPLICANT.address());
    }

    @Test
    void the_receipts_qr_code_decodes_to_the_public_lookup_url_with_its_token() throws Exception {
        String qr = DossierTestKit.qrOnFirstPage(office.clerk.files().dossierReceiptPdf(office.id(), dossier.code()));

        assertThat(qr)
                .isEqualTo(dossier.lookupUrl())
                .endsWith("/d/" + dossier.code() + "?k=" + tokens.token(dossier.code()));
    }
}
