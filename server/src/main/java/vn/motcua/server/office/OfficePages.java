package vn.motcua.server.office;

import static vn.motcua.server.shared.PublicPage.esc;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;
import vn.motcua.server.shared.NotFoundException;
import vn.motcua.server.shared.PublicPage;

/**
 * What the public forms of one office (feedback, booking) share: the office read from the path, the frame with the
 * office's name and the link to the other language, the page for an unknown office, and the form's labels with their
 * faults. A page names its texts by a prefix: {@code <prefix>.page.title}, {@code .page.language},
 * {@code .page.noOffice}, {@code <prefix>.field.<field>} and {@code <prefix>.error.<field>}.
 */
@Component
public class OfficePages {

    private static final Pattern ID = Pattern.compile("\\d{1,18}");
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final OfficeDirectory offices;
    private final MessageSource messages;

    OfficePages(OfficeDirectory offices, MessageSource messages) {
        this.offices = offices;
        this.messages = messages;
    }

    /** Vietnamese unless English is asked for. */
    public static Locale locale(String lang) {
        return "en".equals(lang) ? Locale.ENGLISH : VIETNAMESE;
    }

    /** An id in the path is read here, so a word in its place gets the page's 404 rather than a problem. */
    public Optional<Office> office(String officeId) {
        if (!ID.matcher(officeId).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(offices.get(Long.parseLong(officeId)));
        } catch (NotFoundException unknown) {
            return Optional.empty();
        }
    }

    /** A text of the bundles, escaped for the page. */
    public String text(Locale locale, String key, Object... args) {
        return esc(messages.getMessage(key, args.length == 0 ? null : args, locale));
    }

    /** The address of one of the office's pages in a language, e.g. {@code /cong-khai/{o}/phan-anh}. */
    public static String path(Office office, Locale locale, String template, Object... more) {
        Object[] variables = new Object[more.length + 1];
        variables[0] = office.id();
        System.arraycopy(more, 0, variables, 1, more.length);
        return UriComponentsBuilder.fromPath(template)
                .queryParam("lang", locale.getLanguage())
                .buildAndExpand(variables)
                .toUriString();
    }

    /** A field's label, with what is wrong with it when it is among the faulty ones. */
    public String label(Locale locale, String prefix, String field, Set<String> faulty) {
        String error =
                faulty.contains(field) ? " <span class=e>" + text(locale, prefix + ".error." + field) + "</span>" : "";
        return "<label for=" + field + ">" + text(locale, prefix + ".field." + field) + error + "</label>";
    }

    /** The page in its frame: the office's name above, the same page in the other language below. */
    public ResponseEntity<String> page(
            ResponseEntity.BodyBuilder answer, Locale locale, Office office, String prefix, String path, String body) {
        Locale other = locale == Locale.ENGLISH ? VIETNAMESE : Locale.ENGLISH;
        return PublicPage.of(
                answer,
                locale,
                text(locale, prefix + ".page.title"),
                "<p>" + esc(office.view().name()) + "</p>" + body + "<p class=l><a href='"
                        + esc(path(office, other, path)) + "' hreflang=" + other.getLanguage() + ">"
                        + text(other, prefix + ".page.language") + "</a></p>");
    }

    /** The page of an office that is not there. */
    public ResponseEntity<String> notFound(Locale locale, String prefix) {
        return PublicPage.of(
                404,
                locale,
                text(locale, prefix + ".page.title"),
                "<p>" + text(locale, prefix + ".page.noOffice") + "</p>");
    }
}
