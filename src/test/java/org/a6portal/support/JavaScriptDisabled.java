package org.a6portal.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The {@link Browser} page this browser test gets has JavaScript switched off: the test drives, checks and
 * screenshots that page, as a reader without JavaScript would see it.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface JavaScriptDisabled {

}
