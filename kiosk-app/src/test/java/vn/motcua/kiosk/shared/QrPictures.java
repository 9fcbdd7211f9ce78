package vn.motcua.kiosk.shared;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.qrcode.QRCodeWriter;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Random;
import javax.imageio.ImageIO;

/** QR codes as a camera would see them, drawn by ZXing, and frames as a browser's canvas sends them. */
public final class QrPictures {

    private QrPictures() {}

    /**
     * The code alone with its quiet zone, as on a chip ID card: UTF-8 bytes that the code does not announce (no
     * ECI). ZXing adds an ECI to any character set but its default, Latin-1, so the UTF-8 bytes go in as Latin-1.
     */
    public static BufferedImage code(String text, int side) {
        String bytes = new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
        try {
            return MatrixToImageWriter.toBufferedImage(new QRCodeWriter()
                    .encode(bytes, BarcodeFormat.QR_CODE, side, side, Map.of(EncodeHintType.MARGIN, 4)));
        } catch (WriterException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** A camera's view: the code turned by {@code degrees}, somewhere on a noisy grey background. */
    public static BufferedImage inScene(BufferedImage code, int width, int height, double degrees) {
        BufferedImage scene = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Random noise = new Random(7);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int grey = 80 + noise.nextInt(120);
                scene.setRGB(x, y, new Color(grey, grey, grey).getRGB());
            }
        }
        Graphics2D g = scene.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.rotate(Math.toRadians(degrees), width / 2.0, height / 2.0);
        g.drawImage(code, (width - code.getWidth()) / 2, (height - code.getHeight()) / 2, null);
        g.dispose();
        return scene;
    }

    public static String dataUrl(BufferedImage frame, String format) {
        var bytes = new ByteArrayOutputStream();
        try {
            ImageIO.write(frame, format, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "data:image/" + format + ";base64," + Base64.getEncoder().encodeToString(bytes.toByteArray());
    }

    /** What the kiosk's camera sends while {@code text} is held up to it: a JPEG of 1280 × 720. */
    public static String cameraFrame(String text) {
        return dataUrl(inScene(code(text, 420), 1280, 720, 20), "jpeg");
    }
}
