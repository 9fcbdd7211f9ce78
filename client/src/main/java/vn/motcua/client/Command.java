package vn.motcua.client;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an exchange that is one human action on the queue: it carries one Idempotency-Key, and when its outcome
 * is unknown (no answer) or the server could not act now (503) it is sent again with the same key, so it acts at
 * most once and the retry answers with what the first attempt did ({@link CommandRetry}).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Command {}
