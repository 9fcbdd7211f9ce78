package vn.motcua.kiosk.shared;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.LuminanceSource;
import com.google.zxing.ReaderException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.GlobalHistogramBinarizer;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Reads the QR code in one camera frame, if there is one. A frame is refused before its pixels are decoded when
 * its text or its picture is larger than a kiosk's camera sends, so that a request cannot make the app inflate a
 * huge image. Nothing is kept: the frame is gone once this returns.
 */
final class QrFrameReader {

    /** The browser sends at most 1280 px a side; the margin lets a camera's odd sizes through. */
    static final int MAX_SIDE = 1920;
    /** A 1280 × 720 JPEG is about 100–300 kB, a third more in base64. */
    static final int MAX_DATA_URL_LENGTH = 2_000_000;

    private static final Pattern DATA_URL = Pattern.compile("data:image/(?:jpeg|png);base64,");

    /*
     * A CCCD's QR carries Vietnamese in UTF-8 without saying so (no ECI): left to guess, ZXing may read it as
     * Shift_JIS or Latin-1.
     */
    private static final Map<DecodeHintType, Object> HINTS = hints();

    private static Map<DecodeHintType, Object> hints() {
        Map<DecodeHintType, Object> hints = new EnumMap<>(DecodeHintType.class);
        hints.put(DecodeHintType.TRY_HARDER, Boolean.TRUE);
        hints.put(DecodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name());
        return Map.copyOf(hints);
    }

    /** A frame as the browser's canvas gives it: {@code data:image/jpeg;base64,…} (or PNG). */
    Optional<String> read(String dataUrl) {
        if (dataUrl == null || dataUrl.length() > MAX_DATA_URL_LENGTH) {
            return Optional.empty();
        }
        var prefix = DATA_URL.matcher(dataUrl);
        if (!prefix.lookingAt()) {
            return Optional.empty();
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(dataUrl.substring(prefix.end()));
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
        return image(bytes).flatMap(this::read);
    }

    Optional<String> read(BufferedImage frame) {
        if (frame.getWidth() > MAX_SIDE || frame.getHeight() > MAX_SIDE) {
            return Optional.empty();
        }
        LuminanceSource source = new BufferedImageLuminanceSource(frame);
        // the hybrid binarizer copes with uneven light; the global one with small codes on a flat background
        return decode(new BinaryBitmap(new HybridBinarizer(source)))
                .or(() -> decode(new BinaryBitmap(new GlobalHistogramBinarizer(source))));
    }

    /** The picture's size comes from its header, so an oversized one is refused before it takes any memory. */
    private static Optional<BufferedImage> image(byte[] bytes) {
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
            if (!readers.hasNext()) {
                return Optional.empty();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input, true, true);
                if (reader.getWidth(0) > MAX_SIDE || reader.getHeight(0) > MAX_SIDE) {
                    return Optional.empty();
                }
                return Optional.of(reader.read(0));
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    private static Optional<String> decode(BinaryBitmap bitmap) {
        try {
            return Optional.of(new QRCodeReader().decode(bitmap, HINTS).getText());
        } catch (ReaderException nothingFound) {
            return Optional.empty();
        }
    }
}
