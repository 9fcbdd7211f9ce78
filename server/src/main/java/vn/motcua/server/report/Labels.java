package vn.motcua.server.report;

import java.util.Locale;
import java.util.ResourceBundle;

/** The report labels (reports/messages*.properties, UTF-8); Vietnamese is the base bundle. */
final class Labels {

    static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private static final String BASE_NAME = "reports.messages";

    // The default lookup tries the JVM's locale before the base bundle: on a server running in English,
    // a request for "vi" would silently get the English labels.
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Labels() {}

    static ResourceBundle forLocale(Locale locale) {
        return ResourceBundle.getBundle(BASE_NAME, locale, NO_FALLBACK);
    }
}
