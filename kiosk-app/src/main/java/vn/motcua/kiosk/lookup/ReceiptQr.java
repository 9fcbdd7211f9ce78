package vn.motcua.kiosk.lookup;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a receipt's QR code holds: {@code <public-url>/d/<CODE>?k=<TOKEN>}. The public address is the server's
 * business, not the kiosk's, so any host is accepted; the path and the key are what make it a receipt.
 */
record ReceiptQr(String code, String token) {

    private static final Pattern PATH = Pattern.compile(".*/d/([A-Za-z0-9.\\-]+)/?");
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_\\-]+");

    static Optional<ReceiptQr> parse(String scanned) {
        if (scanned == null) {
            return Optional.empty();
        }
        URI uri;
        try {
            uri = new URI(scanned.strip());
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        if (uri.getScheme() == null
                || !uri.getScheme().matches("(?i)https?")
                || uri.getPath() == null
                || uri.getQuery() == null) {
            return Optional.empty();
        }
        var path = PATH.matcher(uri.getPath());
        if (!path.matches()) {
            return Optional.empty();
        }
        for (String parameter : uri.getQuery().split("&")) {
            if (parameter.startsWith("k=")
                    && TOKEN.matcher(parameter.substring(2)).matches()) {
                return Optional.of(new ReceiptQr(path.group(1), parameter.substring(2)));
            }
        }
        return Optional.empty();
    }
}
