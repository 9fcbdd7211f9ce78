package vn.motcua.kiosk.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.Random;
import org.junit.jupiter.api.Test;

class QrFrameReaderTest {

    private static final String CARD =
            "001066012345|012345678|Nguyễn Văn An|26111966|Nam|Số 1 Tràng Tiền, Hà Nội|15032021";
    private static final String RECEIPT =
            "https://motcua.example.gov.vn/d/000.00.00.H00-261126-0007?k=Ab3_-x9ZQw1tYk2L";

    private final QrFrameReader reader = new QrFrameReader();

    private static BufferedImage blank(int width, int height) {
        BufferedImage frame = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = frame.createGraphics();
        g.setColor(new Color(200, 200, 200));
        g.fillRect(0, 0, width, height);
        g.dispose();
        return frame;
    }

    @Test
    void decodesAQrRenderedByZxing() {
        assertThat(reader.read(QrPictures.code(RECEIPT, 400))).contains(RECEIPT);
    }

    @Test
    void readsTheVietnameseOfAnIdCardWhoseCodeDoesNotNameItsCharacterSet() {
        assertThat(reader.read(QrPictures.code(CARD, 400))).contains(CARD);
    }

    @Test
    void decodesACodeTurnedSidewaysOnANoisyBackground() {
        assertThat(reader.read(QrPictures.inScene(QrPictures.code(CARD, 400), 1280, 720, 90)))
                .contains(CARD);
        assertThat(reader.read(QrPictures.inScene(QrPictures.code(CARD, 400), 1280, 720, 23)))
                .contains(CARD);
    }

    @Test
    void decodesASmallCodeFarFromTheCamera() {
        assertThat(reader.read(QrPictures.inScene(QrPictures.code(RECEIPT, 180), 1280, 720, 0)))
                .contains(RECEIPT);
    }

    @Test
    void decodesAJpegFrameAsTheBrowserSendsIt() {
        assertThat(reader.read(QrPictures.cameraFrame(CARD))).contains(CARD);
        assertThat(reader.read(QrPictures.dataUrl(QrPictures.code(RECEIPT, 300), "png")))
                .contains(RECEIPT);
    }

    @Test
    void returnsEmptyOnABlankFrame() {
        assertThat(reader.read(blank(1280, 720))).isEmpty();
        assertThat(reader.read(QrPictures.dataUrl(blank(640, 480), "jpeg"))).isEmpty();
    }

    @Test
    void returnsEmptyOnSomethingThatIsNotAPicture() {
        assertThat(reader.read("data:image/jpeg;base64,bm90IGEgcGljdHVyZQ==")).isEmpty();
        assertThat(reader.read("data:image/jpeg;base64,***")).isEmpty();
        assertThat(reader.read("data:text/html;base64,PGgxPmhpPC9oMT4=")).isEmpty();
        assertThat(reader.read((String) null)).isEmpty();
    }

    @Test
    void refusesAPictureLargerThanACameraFrameEvenWithACodeInIt() {
        BufferedImage wide = QrPictures.inScene(QrPictures.code(RECEIPT, 400), QrFrameReader.MAX_SIDE + 1, 600, 0);

        assertThat(reader.read(wide)).isEmpty();
        assertThat(reader.read(QrPictures.dataUrl(wide, "png"))).isEmpty();
    }

    @Test
    void refusesATextLongerThanAFrameCanBeWithoutDecodingIt() {
        BufferedImage scene = QrPictures.inScene(QrPictures.code(RECEIPT, 400), 1900, 1000, 0);
        Random noise = new Random(3);
        for (int y = 0; y < 200; y++) {
            for (int x = 0; x < scene.getWidth(); x++) {
                scene.setRGB(x, y, noise.nextInt(0x1000000));
            }
        }
        String frame = QrPictures.dataUrl(scene, "png");

        assertThat(frame.length()).isGreaterThan(QrFrameReader.MAX_DATA_URL_LENGTH);
        assertThat(reader.read(scene)).contains(RECEIPT);
        assertThat(reader.read(frame)).isEmpty();
    }
}
