package org.a6portal.record;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a handler that shows one public record found by the {@code {slug}} of its path: its validators
 * (Last-Modified) then come from the record's own last public change, not the portal's. It names the kind by its
 * change-log name, a constant of the kind's definition ({@code @RecordPage(CooperationKinds.COOPERATIVE_APPROACH_TYPE)});
 * the table comes from the kind ({@link RecordKind.PublicPage#table()}). A handler object registered once per kind
 * says its kind as a {@link Handler} instead.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface RecordPage {

	/** The record's kind in the change log ({@code cooperative_approach}, …), one with pages of its own. */
	String value();

	/** A handler object serving one kind's records (say, each kind's record feeds): its methods are record pages. */
	interface Handler {

		RecordKind kind();

	}

}
