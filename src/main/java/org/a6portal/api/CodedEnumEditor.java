package org.a6portal.api;

import java.beans.PropertyEditorSupport;
import java.util.Locale;

import org.a6portal.common.CodedEnum;

/**
 * Reads a filter parameter naming a coded enumeration by its code, in any case ({@code mou_signed}, {@code MOU_SIGNED});
 * blank means no filter. Anything else fails, and the API answers with the codes it accepts.
 */
class CodedEnumEditor extends PropertyEditorSupport {

	private final Class<? extends CodedEnum> type;

	CodedEnumEditor(Class<? extends CodedEnum> type) {
		this.type = type;
	}

	@Override
	public void setAsText(String text) {
		if (text == null || text.isBlank()) {
			setValue(null);
			return;
		}
		String code = text.strip().toLowerCase(Locale.ROOT);
		for (CodedEnum constant : this.type.getEnumConstants()) {
			if (constant.code().equals(code)) {
				setValue(constant);
				return;
			}
		}
		throw new IllegalArgumentException("No " + this.type.getSimpleName() + " with code '" + text + "'");
	}

	@Override
	public String getAsText() {
		return (getValue() instanceof CodedEnum value) ? value.code() : "";
	}

}
