package vn.motcua.kiosk.shared;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.shared.Registration;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A QR code read with the kiosk's own camera, for a citizen without the handheld scanner's knack: one large
 * button opens a live preview (the rear camera where there is one); the browser sends a frame every few hundred
 * milliseconds and this app decodes it (docs/decisions/0005). The first code read closes the camera and goes to
 * the same place as a scan. The camera also closes on its cancel button, after {@link #LIMIT}, and when the screen
 * goes away, so that it never films a hall for nobody.
 * <p>
 * {@code purpose} names the texts, so that the button says what to hold up: {@code <purpose>.open} and
 * {@code <purpose>.hint} in the message bundles.
 */
public class CameraScanner extends Div {

    static final Duration LIMIT = Duration.ofSeconds(30);
    static final int FRAME_EVERY_MS = 400;
    static final int FRAME_SIDE = 1280;

    private static final String START = script("camera-start.js");
    private static final String STOP = "if (this.__camera) this.__camera.stop()";

    private final QrFrameReader reader = new QrFrameReader();
    private final Scheduler scheduler;
    private final String purpose;
    private final Consumer<String> onRead;
    private final Runnable onUse;
    private final Button open = new Button();
    private final Paragraph problem = new Paragraph();
    private final Paragraph hint = new Paragraph();
    private final Button cancel = new Button();
    private final Div preview = new Div();
    private Registration limit;
    private String problemKey;

    /**
     * @param onRead the text of the code read, as a handheld scan would hand it over
     * @param onUse  the citizen is busy with the camera: each frame counts as a touch of the screen, so that the
     *               kiosk's quiet spell does not close the camera under them; {@link #LIMIT} ends a forgotten one
     */
    public CameraScanner(Scheduler scheduler, String purpose, Consumer<String> onRead, Runnable onUse) {
        this.scheduler = scheduler;
        this.purpose = purpose;
        this.onRead = onRead;
        this.onUse = onUse;
        addClassName("camera");
        open.addClassName("camera-open");
        open.addClickListener(e -> start());
        problem.addClassName("camera-problem");
        hint.addClassName("camera-hint");
        cancel.addClassName("camera-cancel");
        cancel.addClickListener(e -> close(null));
        Element video = new Element("video");
        video.setAttribute("playsinline", true);
        video.setAttribute("muted", true);
        video.setAttribute("autoplay", true);
        video.getClassList().add("camera-video");
        preview.addClassName("camera-preview");
        preview.add(hint);
        preview.getElement().appendChild(video);
        preview.add(cancel);
        preview.setVisible(false);
        add(open, problem, preview);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        open.setText(getTranslation(purpose + ".open"));
        hint.setText(getTranslation(purpose + ".hint"));
        cancel.setText(getTranslation("camera.cancel"));
        showProblem();
    }

    /** The browser stops the camera by itself once this element leaves the page: nothing to send it. */
    @Override
    protected void onDetach(DetachEvent event) {
        stopLimit();
        preview.setVisible(false);
        problemKey = null;
    }

    boolean scanning() {
        return preview.isVisible();
    }

    private void start() {
        onUse.run();
        problemKey = null;
        showProblem();
        preview.setVisible(true);
        stopLimit();
        limit = scheduler.schedule(UI.getCurrent(), LIMIT, () -> close("camera.error.timeout"));
        getElement()
                .executeJs(
                        START, FRAME_EVERY_MS, FRAME_SIDE, LIMIT.plusSeconds(5).toMillis());
    }

    /** A frame from the browser; the answer tells it whether to send another. */
    @ClientCallable
    boolean frame(String dataUrl) {
        if (!scanning()) {
            return false;
        }
        onUse.run();
        Optional<String> text = reader.read(dataUrl);
        if (text.isEmpty()) {
            return true;
        }
        close(null);
        onRead.accept(text.get());
        return false;
    }

    /** The browser could not open a camera; {@code error} is the name of its DOMException. */
    @ClientCallable
    void failed(String error) {
        if (scanning()) {
            close(
                    switch (error) {
                        case "NotAllowedError", "SecurityError" -> "camera.error.denied";
                        case "NotFoundError", "OverconstrainedError" -> "camera.error.none";
                        default -> "camera.error.other";
                    });
        }
    }

    private void close(String problemKey) {
        stopLimit();
        preview.setVisible(false);
        getElement().executeJs(STOP);
        this.problemKey = problemKey;
        showProblem();
        onUse.run();
    }

    private void showProblem() {
        problem.setVisible(problemKey != null);
        problem.setText(problemKey == null ? "" : getTranslation(problemKey));
    }

    private void stopLimit() {
        if (limit != null) {
            limit.remove();
            limit = null;
        }
    }

    private static String script(String name) {
        try (InputStream in = CameraScanner.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
