package vn.motcua.counter.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.io.ByteArrayInputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class PairingQrTest {

    @Test
    void the_qr_code_reads_back_as_the_kiosk_pairing_url_with_the_device_code_only() throws Exception {
        String url = PairingQr.url("KIOSK-1-8PP 3G");
        assertThat(url).isEqualTo("http://localhost:8081/pair?code=KIOSK-1-8PP+3G");
        assertThat(read(PairingQr.png(url))).isEqualTo(url);
    }

    private static String read(byte[] png) throws Exception {
        BinaryBitmap bitmap = new BinaryBitmap(
                new HybridBinarizer(new BufferedImageLuminanceSource(ImageIO.read(new ByteArrayInputStream(png)))));
        return new QRCodeReader().decode(bitmap).getText();
    }
}
