package vn.motcua.kiosk.shared;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.springframework.stereotype.Component;

/**
 * Every text a citizen reads, from messages*.properties: Vietnamese is the default bundle, English the _en one.
 * Falling back to the JVM's locale would show English on a Vietnamese kiosk whose JVM runs in en_US, so the
 * lookup never falls back to it.
 */
@Component
public class Messages implements I18NProvider {

    public static final Locale VIETNAMESE = Locale.of("vi", "VN");
    public static final Locale ENGLISH = Locale.ENGLISH;

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    public static boolean isEnglish(Locale locale) {
        return locale != null && locale.getLanguage().equals(ENGLISH.getLanguage());
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(VIETNAMESE, ENGLISH);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale language = isEnglish(locale) ? ENGLISH : Locale.ROOT;
        try {
            String pattern =
                    ResourceBundle.getBundle("messages", language, NO_FALLBACK).getString(key);
            return params.length == 0 ? pattern : new MessageFormat(pattern, locale).format(params);
        } catch (MissingResourceException e) {
            return "!" + key;
        }
    }
}
