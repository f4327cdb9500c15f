package org.a6portal.common;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a handler that shows one public record found by the {@code {slug}} of its path: its validators
 * (Last-Modified) then come from the record's own last public change, not the portal's.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface RecordPage {

	/** The record's kind in the change log ({@code cooperative_approach}, …). */
	String entityType();

	/** The record's table, which has a unique {@code slug} column. */
	String table();

}
