package vn.motcua.counter.admin;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import java.util.Map;
import vn.motcua.client.ApiException;
import vn.motcua.counter.shared.Messages;
import vn.motcua.counter.shared.Refusals;

/**
 * Puts the server's refusal of a form on the field it names, in Vietnamese: the server answers in English,
 * so a known field gets the app's own sentence, and only an unknown one shows the server's words.
 */
final class ServerErrors {

    private ServerErrors() {}

    static void show(ApiException e, Map<String, ? extends HasValidation> fields) {
        show(e, "admin.server.", fields);
    }

    /** With the form's own sentences, {@code keyPrefix + field}, where a field name means something else elsewhere. */
    static void show(ApiException e, String keyPrefix, Map<String, ? extends HasValidation> fields) {
        boolean onAField = false;
        if (e.status() == 400) {
            for (Map<String, String> error : e.fieldErrors()) {
                HasValidation field = fields.get(error.get("field"));
                if (field != null) {
                    field.setErrorMessage(text(error, keyPrefix));
                    field.setInvalid(true);
                    onAField = true;
                }
            }
        }
        if (!onAField) {
            Refusals.show(e);
        }
    }

    private static String text(Map<String, String> error, String keyPrefix) {
        String key = keyPrefix + error.get("field");
        return Messages.has(key) ? UI.getCurrent().getTranslation(key) : error.get("message");
    }
}
