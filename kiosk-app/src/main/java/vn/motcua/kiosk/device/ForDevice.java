package vn.motcua.kiosk.device;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import vn.motcua.client.api.Role;

/** The only kind of paired device a route opens for; any other browser is sent to its own screen or to pairing. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ForDevice {

    Role value();
}
