package vn.motcua.kiosk.ticket;

import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.server.Command;
import java.io.OutputStream;

/**
 * Prints a slip from a frame the citizen never sees. The PDF is served by Vaadin from a URL that only this
 * browser's session can open, so the device's token never reaches the browser. Chromium started with
 * --kiosk-printing prints it straight to the default printer; any other browser shows its print dialog.
 */
class SlipPrinter extends IFrame {

    /*
     * Runs in the same round trip that sets the new src, before the frame can load, so the load is never
     * missed. The PDF viewer draws its pages a moment after load: printing at once can give a blank slip.
     */
    private static final String PRINT = """
            const frame = this;
            return new Promise((resolve, reject) => {
              frame.addEventListener('load', () => setTimeout(() => {
                try {
                  frame.contentWindow.print();
                  resolve();
                } catch (e) {
                  reject(String(e));
                }
              }, 500), { once: true });
            });
            """;

    SlipPrinter() {
        addClassName("kiosk-slip");
        getElement().setAttribute("aria-hidden", "true");
        getElement().setAttribute("tabindex", "-1");
    }

    /** Prints {@code pdf}; {@code onFailure} runs if the browser could not even start printing. */
    void print(String fileName, byte[] pdf, Command onFailure) {
        setSrc(event -> {
            event.inline(fileName);
            event.setContentType("application/pdf");
            event.setContentLength(pdf.length);
            try (OutputStream out = event.getOutputStream()) {
                out.write(pdf);
            }
        });
        getElement().executeJs(PRINT).then(done -> {}, error -> onFailure.execute());
    }
}
