package org.liaison.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.liaison.shared.PageOf;

/**
 * On a {@link PageOf.Request} parameter: how many items a page of this list holds when
 * the request names no {@code size}, for the lists whose readers expect more than
 * {@link PageOf#DEFAULT_SIZE} at once (a partner's dated history, the index of partners).
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface DefaultSize {

	int value();

}
