package vn.motcua.server.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.ByteArrayInputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class QrCodesTest {

    private final QrCodes qrCodes = new QrCodes();

    @Test
    void a_code_decodes_back_to_its_content_even_with_vietnamese_letters() throws Exception {
        String content = "https://motcua.example.vn/tra-cứu?hồ-sơ=000.00.14.H56-261125-0007";

        var image = ImageIO.read(new ByteArrayInputStream(qrCodes.png(content, 240)));

        assertThat(PdfInspection.decodeQr(image)).isEqualTo(content);
    }

    @Test
    void the_png_has_the_requested_size() throws Exception {
        var image = ImageIO.read(new ByteArrayInputStream(qrCodes.png(Samples.LOOKUP_URL, 300)));

        assertThat(image.getWidth()).isEqualTo(300);
        assertThat(image.getHeight()).isEqualTo(300);
    }

    @Test
    void empty_content_is_refused() {
        assertThatIllegalArgumentException().isThrownBy(() -> qrCodes.png(" ", 200));
    }

    @Test
    void content_longer_than_a_qr_code_holds_is_refused() {
        assertThatIllegalArgumentException().isThrownBy(() -> qrCodes.png("x".repeat(5000), 200));
    }
}
