package org.liaison.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the parameter that takes the version a change is based on, read from the
 * request's {@code If-Match} header ({@code "3"}, {@code W/"3"} or {@code 3}). A
 * {@code long} parameter requires the header (400 without it); a {@code @Nullable Long}
 * one makes it optional.
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface IfMatch {

}
