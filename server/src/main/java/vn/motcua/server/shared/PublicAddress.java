package vn.motcua.server.shared;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where citizens reach the server's pages from outside ({@code motcua.public-url}, the proxy's address in production):
 * what receipts, slips, messages and pages print as links and QR codes.
 */
@Component
public class PublicAddress {

    private final String base;

    public PublicAddress(@Value("${motcua.public-url:http://localhost:8080}") String base) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    /** The full address of {@code path}, which starts with a slash. */
    public String of(String path) {
        return base + path;
    }
}
