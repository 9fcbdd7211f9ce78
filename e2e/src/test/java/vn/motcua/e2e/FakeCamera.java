package vn.motcua.e2e;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * What Chromium's fake camera films: a Y4M video of a grey card, with or without a QR code on it, which Chromium
 * plays in a loop ({@code --use-file-for-fake-video-capture}).
 */
final class FakeCamera {

    private static final int WIDTH = 640;
    private static final int HEIGHT = 480;
    private static final int FRAMES = 5;

    private FakeCamera() {}

    /** Chromium's switches for a camera that films {@code video}, and a page allowed to use it without asking. */
    static List<String> switches(Path video) {
        return List.of(
                "--use-fake-device-for-media-stream",
                "--use-fake-ui-for-media-stream",
                "--use-file-for-fake-video-capture=" + video.toAbsolutePath());
    }

    /**
     * The code's bytes are the text's UTF-8 with no ECI, as on a chip ID card: ZXing adds an ECI to any character set
     * but its default, Latin-1, so the UTF-8 bytes go in as Latin-1.
     */
    static Path filming(String text, Path video) {
        String bytes = new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
        BitMatrix code;
        try {
            code = new QRCodeWriter().encode(bytes, BarcodeFormat.QR_CODE, 360, 360, Map.of(EncodeHintType.MARGIN, 4));
        } catch (WriterException e) {
            throw new IllegalArgumentException(e);
        }
        byte[] luma = card();
        int left = (WIDTH - code.getWidth()) / 2;
        int top = (HEIGHT - code.getHeight()) / 2;
        for (int y = 0; y < code.getHeight(); y++) {
            for (int x = 0; x < code.getWidth(); x++) {
                luma[(top + y) * WIDTH + left + x] = (byte) (code.get(x, y) ? 20 : 235);
            }
        }
        return write(luma, video);
    }

    /** A grey card with nothing on it: the camera stays open. */
    static Path filmingNothing(Path video) {
        return write(card(), video);
    }

    private static byte[] card() {
        byte[] luma = new byte[WIDTH * HEIGHT];
        Arrays.fill(luma, (byte) 150);
        return luma;
    }

    private static Path write(byte[] luma, Path video) {
        byte[] chroma = new byte[WIDTH * HEIGHT / 4];
        Arrays.fill(chroma, (byte) 128);
        try (OutputStream out = Files.newOutputStream(video)) {
            out.write(("YUV4MPEG2 W" + WIDTH + " H" + HEIGHT + " F10:1 Ip A1:1 C420jpeg\n")
                    .getBytes(StandardCharsets.US_ASCII));
            for (int frame = 0; frame < FRAMES; frame++) {
                out.write("FRAME\n".getBytes(StandardCharsets.US_ASCII));
                out.write(luma);
                out.write(chroma);
                out.write(chroma);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return video;
    }
}
