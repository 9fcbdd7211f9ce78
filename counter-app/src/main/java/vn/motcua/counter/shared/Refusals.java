package vn.motcua.counter.shared;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import vn.motcua.client.ApiException;

/** Turns the server's refusals into the plain Vietnamese sentence a clerk reads. */
public final class Refusals {

    private static final int SHOWN_MILLIS = 6000;

    private Refusals() {}

    public static String key(ApiException e) {
        if (e.unreachable()) {
            return "error.UNREACHABLE";
        }
        if (e.code() != null && Messages.has("error." + e.code())) {
            return "error." + e.code();
        }
        if (e.status() == 401) {
            return "error.UNAUTHORIZED";
        }
        if (e.status() == 403) {
            return "error.FORBIDDEN";
        }
        return e.status() >= 500 ? "error.SERVER" : "error.OTHER";
    }

    /** The command may or may not have been done: the caller must re-read the state rather than retry. */
    public static boolean uncertain(ApiException e) {
        return e.unreachable() || e.status() >= 500;
    }

    public static void show(ApiException e) {
        warn(UI.getCurrent().getTranslation(key(e)));
    }

    public static void warn(String text) {
        Notification notification = new Notification(text, SHOWN_MILLIS, Notification.Position.TOP_CENTER);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        notification.open();
    }
}
