package vn.motcua.server.report;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * QR codes as PNG bytes: Jasper embeds PNG bytes as they are, which is far smaller and faster than
 * handing it a java.awt.Image.
 */
@Component
public class QrCodes {

    // M survives a smudged thermal print; a one-module quiet zone is enough because the slips leave white space around
    // it.
    private static final Map<EncodeHintType, Object> HINTS = Map.of(
            EncodeHintType.CHARACTER_SET,
            StandardCharsets.UTF_8.name(),
            EncodeHintType.ERROR_CORRECTION,
            ErrorCorrectionLevel.M,
            EncodeHintType.MARGIN,
            1);

    public byte[] png(String content, int sizePx) {
        if (content == null || content.isBlank()) {
            throw new IllegalArgumentException("QR content is empty");
        }
        if (sizePx < 21) {
            throw new IllegalArgumentException("QR size must be at least 21 px, was " + sizePx);
        }
        try {
            BitMatrix matrix = new QRCodeWriter().encode(content, BarcodeFormat.QR_CODE, sizePx, sizePx, HINTS);
            var out = new ByteArrayOutputStream(2048);
            MatrixToImageWriter.writeToStream(matrix, "PNG", out);
            return out.toByteArray();
        } catch (WriterException e) {
            throw new IllegalArgumentException("Content does not fit in a QR code: " + content.length() + " chars", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
