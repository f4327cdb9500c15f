package org.a6portal.worldmap;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * What the map counts per country: the published cooperative approaches it takes part in, the published CDM
 * transitions it hosts, or both added up. Named in the address by {@link #code()} ({@code ?measure=transitions}).
 */
public enum Measure {

	BOTH, APPROACHES, TRANSITIONS;

	/** The request parameter that picks the measure. */
	public static final String PARAMETER = "measure";

	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The measure named, {@link #BOTH} when none is; an unknown name is a bad request. */
	public static Measure of(@Nullable String code) {
		if (code == null || code.isBlank()) {
			return BOTH;
		}
		for (Measure measure : values()) {
			if (measure.code().equals(code.strip().toLowerCase(Locale.ROOT))) {
				return measure;
			}
		}
		throw new UnknownMeasureException(code);
	}

	int of(int approaches, int transitions) {
		return switch (this) {
			case APPROACHES -> approaches;
			case TRANSITIONS -> transitions;
			case BOTH -> approaches + transitions;
		};
	}

}
