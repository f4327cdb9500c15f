package org.a6portal.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.a6portal.common.CodedEnum;

/**
 * Marks a representation's text component as holding a code of the given enumeration ({@code mou_signed}); the
 * OpenAPI description lists the codes it may take.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER })
public @interface CodeOf {

	Class<? extends CodedEnum> value();

}
