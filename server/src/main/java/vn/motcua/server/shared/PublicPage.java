package vn.motcua.server.shared;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.util.HtmlUtils;

/**
 * The frame of the server's own phone-sized pages (the receipt's page, the public lists, the feedback form): one
 * style, readable without zoom on a small phone, no script and nothing from elsewhere, as the pages' security policy
 * requires. The title and body come escaped where they hold text from outside ({@link #esc}).
 */
public final class PublicPage {

    private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

    private static final String STYLE = "body{font-family:sans-serif;margin:1.5em;font-size:1.1em;max-width:40em}"
            + "table{border-collapse:collapse}th,td{border:1px solid #999;padding:.3em .5em;text-align:left}"
            + "label{display:block;margin-top:1em;font-weight:bold}input,select,textarea{font-size:1em;width:100%;"
            + "box-sizing:border-box;padding:.4em}input[type=checkbox]{width:auto}button{font-size:1.1em;"
            + "padding:.6em 1.4em;margin-top:1em}.e{color:#a00;font-weight:bold}.c{font-weight:bold;font-size:1.3em}"
            + ".s{font-weight:bold;font-size:1.4em}.l{text-align:right;margin-top:2em}.q{border-left:4px solid #999;"
            + "padding-left:.6em}";

    private PublicPage() {}

    public static ResponseEntity<String> of(int status, Locale locale, String title, String body) {
        return of(ResponseEntity.status(status), locale, title, body);
    }

    /** For an answer with headers of its own, such as Retry-After. */
    public static ResponseEntity<String> of(
            ResponseEntity.BodyBuilder answer, Locale locale, String title, String body) {
        return answer.contentType(HTML).body(html(locale, title, body));
    }

    static String html(Locale locale, String title, String body) {
        return "<!doctype html><html lang=" + locale.getLanguage() + "><head><meta charset=utf-8>"
                + "<meta name=viewport content='width=device-width,initial-scale=1'><meta name=robots content=noindex>"
                + "<title>" + title + "</title><style>" + STYLE + "</style></head><body><main><h1>" + title + "</h1>"
                + body + "</main></body></html>";
    }

    public static String esc(String text) {
        return text == null ? "" : HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
