package vn.motcua.client;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an exchange anyone may call: the client sends its token when it has one (so that the server can count a
 * kiosk's failed look-ups per kiosk) but needs none, and does not sign in again on 401 ({@link SessionAuth}).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Anyone {}
