package vn.motcua.counter.shared;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.springframework.stereotype.Component;

/**
 * Every text a clerk reads, from messages.properties (Vietnamese, the default) and messages_en.properties.
 * No fallback to the JVM's locale: a Vietnamese browser on an English server still reads Vietnamese.
 */
@Component
public class Messages implements I18NProvider {

    public static final Locale VIETNAMESE = Locale.of("vi");
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(VIETNAMESE, Locale.ENGLISH);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        try {
            String text = bundle(locale).getString(key);
            return params.length == 0 ? text : new MessageFormat(text, locale).format(params);
        } catch (MissingResourceException e) {
            return "!" + key;
        }
    }

    /** Whether a text exists for the key, so that an unknown refusal code falls back to a general message. */
    public static boolean has(String key) {
        return bundle(VIETNAMESE).containsKey(key);
    }

    static ResourceBundle bundle(Locale locale) {
        Locale language = locale != null && "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.ROOT;
        return ResourceBundle.getBundle("messages", language, NO_FALLBACK);
    }
}
