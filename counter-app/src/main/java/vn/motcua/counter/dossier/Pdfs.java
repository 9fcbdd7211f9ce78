package vn.motcua.counter.dossier;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.function.Supplier;
import vn.motcua.client.ApiException;

/**
 * A link that opens a slip the server printed in a new tab, where the browser's PDF viewer prints it. The PDF
 * is fetched when clicked, so the link never shows a stale copy and costs nothing until used.
 */
final class Pdfs {

    private static final int BAD_GATEWAY = 502;

    private Pdfs() {}

    static Anchor link(String text, String fileName, Supplier<byte[]> pdf) {
        // inline, or the browser saves the file instead of showing it ready to print
        DownloadHandler handler = DownloadHandler.fromInputStream(event -> {
                    try {
                        byte[] bytes = pdf.get();
                        return new DownloadResponse(
                                new ByteArrayInputStream(bytes), fileName, "application/pdf", bytes.length);
                    } catch (ApiException e) {
                        return DownloadResponse.error(e.status() > 0 ? e.status() : BAD_GATEWAY, e.getMessage());
                    }
                })
                .inline();
        Anchor anchor = new Anchor(handler, AttachmentType.INLINE, text);
        anchor.setTarget(AnchorTarget.BLANK);
        anchor.addClassName("dossier-pdf");
        return anchor;
    }
}
