package vn.motcua.server.dossier;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.Result;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.multi.qrcode.QRCodeMultiReader;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.client.MotcuaClient;
import vn.motcua.client.api.DossierApologyRequest;
import vn.motcua.client.api.DossierApplicant;
import vn.motcua.client.api.DossierDelivery;
import vn.motcua.client.api.DossierDocument;
import vn.motcua.client.api.DossierDocumentForm;
import vn.motcua.client.api.DossierRequest;
import vn.motcua.client.api.ProcedureRequest;
import vn.motcua.client.api.ProcedureView;
import vn.motcua.client.api.Role;
import vn.motcua.server.Fixtures;

/** An office of the test's own, with an agency code no other test shares, and the parts of a dossier. */
public final class DossierTestKit {

    public static final DossierApplicant APPLICANT = new DossierApplicant(
            "Nguyễn Thị Hoa",
            "001190012345",
            "Số 12 đường Hùng Vương, phường Vĩnh Phúc",
            "0912345678",
            "hoa@example.vn");

    /** For a dossier received on Monday 1 June 2026 and due on Wednesday the 3rd. */
    public static final DossierApologyRequest APOLOGY =
            new DossierApologyRequest("Cơ quan phối hợp chưa trả kết quả xác minh", LocalDate.of(2026, 6, 10));

    /** The official the office's form settings name, so that a clerk may issue an apology in their name. */
    public static final String SIGNER_NAME = "Trần Văn Bình";

    public static final String SIGNER_TITLE = "GIÁM ĐỐC";

    final Fixtures.TestOffice office;
    final String agencyCode;
    public final MotcuaClient admin;
    public final MotcuaClient clerk;
    private final Fixtures fixtures;
    private MotcuaClient head;

    public DossierTestKit(Fixtures fixtures, JdbcClient jdbc) {
        this.fixtures = fixtures;
        office = fixtures.office();
        // the day's sequence is per agency: a code of its own keeps this test's numbers from 0001
        agencyCode = "000.00.00." + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        jdbc.sql("update office set agency_code = ?, opens_at = '07:30', closes_at = '17:00', open_on_saturday = false,"
                        + " signer_name = ?, signer_title = ? where id = ?")
                .params(agencyCode, SIGNER_NAME, SIGNER_TITLE, office.id())
                .update();
        admin = fixtures.staff(office.id(), Role.ADMIN);
        clerk = fixtures.staff(office.id(), Role.CLERK);
    }

    public long id() {
        return office.id();
    }

    /** A head of the office, made on first use. */
    public MotcuaClient head() {
        if (head == null) {
            head = fixtures.staff(office.id(), Role.HEAD);
        }
        return head;
    }

    public ProcedureView procedure(int processingDays) {
        return admin.offices()
                .createProcedure(
                        office.id(),
                        new ProcedureRequest(
                                "P" + UUID.randomUUID().toString().substring(0, 8),
                                "Đăng ký khai sinh",
                                office.area(0),
                                processingDays,
                                List.of("Tờ khai đăng ký khai sinh", "Giấy chứng sinh"),
                                "Miễn phí",
                                true));
    }

    public static DossierRequest dossier(ProcedureView procedure) {
        return new DossierRequest(
                procedure.id(),
                APPLICANT,
                List.of(
                        new DossierDocument("Tờ khai đăng ký khai sinh", DossierDocumentForm.ORIGINAL, 1),
                        new DossierDocument("Giấy chứng sinh", DossierDocumentForm.COPY, 2)),
                DossierDelivery.COUNTER,
                null);
    }

    public static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    /**
     * The first page holds both copies of the receipt, so two QR codes: a single-code reader sometimes locks
     * onto parts of both and fails its checksum; the multi-code reader finds each one.
     */
    static String qrOnFirstPage(byte[] pdf) throws Exception {
        BufferedImage page;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            page = new PDFRenderer(doc).renderImageWithDPI(0, 300, ImageType.GRAY);
        }
        Map<DecodeHintType, Object> hints = new EnumMap<>(DecodeHintType.class);
        hints.put(DecodeHintType.TRY_HARDER, Boolean.TRUE);
        hints.put(DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE));
        Result[] found = new QRCodeMultiReader()
                .decodeMultiple(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(page))), hints);
        return found[0].getText();
    }
}
