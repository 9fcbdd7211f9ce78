package vn.motcua.kiosk.shared;

import java.awt.image.BufferedImage;

/** What the browser sends to a screen's camera scanner, for tests of the screens around it. */
public final class Camera {

    private Camera() {}

    /** A frame in which {@code text}'s QR code is held up to the camera; the answer says whether to send more. */
    public static boolean holdUp(CameraScanner camera, String text) {
        return camera.frame(QrPictures.cameraFrame(text));
    }

    public static boolean showNothing(CameraScanner camera) {
        return camera.frame(QrPictures.dataUrl(new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB), "jpeg"));
    }

    /** The browser could not open a camera and says why, with the name of its DOMException. */
    public static void fail(CameraScanner camera, String error) {
        camera.failed(error);
    }
}
