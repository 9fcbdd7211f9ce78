package vn.motcua.counter.admin;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The QR code a new kiosk scans to open its pairing page. It carries only the device's code: the secret is
 * typed by hand, so a photo of the screen is not enough to take over the device.
 */
final class PairingQr {

    private static final int SIZE = 240;

    private PairingQr() {}

    static String url(String deviceCode) {
        String base = System.getenv().getOrDefault("MOTCUA_KIOSK_URL", "http://localhost:8081");
        return base.replaceAll("/+$", "") + "/pair?code=" + URLEncoder.encode(deviceCode, StandardCharsets.UTF_8);
    }

    static byte[] png(String text) {
        try {
            BitMatrix matrix = new QRCodeWriter()
                    .encode(
                            text,
                            BarcodeFormat.QR_CODE,
                            SIZE,
                            SIZE,
                            Map.of(
                                    EncodeHintType.CHARACTER_SET,
                                    StandardCharsets.UTF_8.name(),
                                    EncodeHintType.MARGIN,
                                    2));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            MatrixToImageWriter.writeToStream(matrix, "PNG", out);
            return out.toByteArray();
        } catch (WriterException e) {
            throw new IllegalArgumentException("Cannot encode a QR code of " + text.length() + " characters", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Image image(String text, String alt) {
        byte[] png = png(text);
        Image image = new Image(
                DownloadHandler.fromInputStream(event ->
                        new DownloadResponse(new ByteArrayInputStream(png), "pairing.png", "image/png", png.length)),
                alt);
        image.setWidth(SIZE + "px");
        image.setHeight(SIZE + "px");
        return image;
    }
}
