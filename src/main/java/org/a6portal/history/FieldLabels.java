package org.a6portal.history;

import java.util.Locale;

import org.a6portal.record.RecordKind;
import org.a6portal.record.RecordKinds;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A record's field in words, as its form labels it ("Transferring Parties", not {@code transferringParties}): for
 * the record of changes, the feeds and the list of a form's errors. The label is the form's own message: the kind's
 * prefix and the field ({@code admin.approach.title}), a shared one ({@code admin.form.slug}), or, where the form
 * names a field otherwise, the key its {@link RecordKind} lists. A field without any stays as it is named.
 */
@Component("fieldLabels")
public class FieldLabels {

	private final MessageSource messages;

	private final RecordKinds kinds;

	FieldLabels(MessageSource messages, RecordKinds kinds) {
		this.messages = messages;
		this.kinds = kinds;
	}

	/**
	 * The field's label in the language given; its name where no label exists.
	 * @param entityType the kind of record ({@code null}: an editor account, whose form names no kind)
	 */
	public String label(@Nullable String entityType, String field, Locale locale) {
		return labelOr(entityType, field, locale, field);
	}

	/** The field's label, or {@code fallback} where no message names it (a field readers must not see named). */
	public String labelOr(@Nullable String entityType, String field, Locale locale, String fallback) {
		if (entityType == null) {
			return labelOr(ChangeEntry.ACCOUNT, field, locale, fallback);
		}
		RecordKind kind = this.kinds.of(entityType).orElse(null);
		if (kind != null) {
			String renamed = kind.renamedFields().get(field);
			if (renamed != null) {
				return message(renamed, locale, fallback);
			}
			String own = this.messages.getMessage(kind.labelKey(field), null, null, locale);
			if (own != null) {
				return own;
			}
		}
		// a field the forms share, else the label the public record pages give it
		return message("admin.form." + field, locale, message("record.field." + field, locale, fallback));
	}

	private String message(String key, Locale locale, String fallback) {
		String message = this.messages.getMessage(key, null, null, locale);
		return (message != null) ? message : fallback;
	}

}
