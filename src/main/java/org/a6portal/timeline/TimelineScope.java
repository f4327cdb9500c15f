package org.a6portal.timeline;

import java.util.Locale;
import java.util.regex.Pattern;

import org.a6portal.country.Region;
import org.jspecify.annotations.Nullable;

/**
 * Whose timelines a visitor asked for: the whole portal, one region ({@code ?region=}, the API's region codes) or one
 * country ({@code ?country=}, its alpha-2 code in any case). A value that names neither, or both parameters at once,
 * is refused ({@link InvalidTimelineFilterException}), never guessed at.
 *
 * @param iso2 the country's upper-case alpha-2 code, or null
 * @param region the region, or null
 */
public record TimelineScope(@Nullable String iso2, @Nullable Region region) {

	static final String COUNTRY = "country";

	static final String REGION = "region";

	private static final Pattern ALPHA_2 = Pattern.compile("[A-Za-z]{2}");

	static final TimelineScope PORTAL = new TimelineScope(null, null);

	/** The scope the parameters name; whether the country exists is for the caller to check. */
	static TimelineScope parse(@Nullable String country, @Nullable String region) {
		boolean hasCountry = country != null && !country.isBlank();
		boolean hasRegion = region != null && !region.isBlank();
		if (hasCountry && hasRegion) {
			throw new InvalidTimelineFilterException("error.400.timelines.both", country + ", " + region);
		}
		if (hasCountry) {
			String code = country.strip();
			if (!ALPHA_2.matcher(code).matches()) {
				throw new InvalidTimelineFilterException("error.400.timelines.country", country);
			}
			return new TimelineScope(code.toUpperCase(Locale.ROOT), null);
		}
		if (hasRegion) {
			Region named = Region.fromRequest(region.strip());
			if (named == null) {
				throw new InvalidTimelineFilterException("error.400.timelines.region", region);
			}
			return new TimelineScope(null, named);
		}
		return PORTAL;
	}

	public boolean portal() {
		return this.iso2 == null && this.region == null;
	}

	/** The page's own address for this scope: the canonical link and the language links keep the filter. */
	public String path() {
		if (this.iso2 != null) {
			return "/timelines?country=" + this.iso2.toLowerCase(Locale.ROOT);
		}
		return (this.region != null) ? "/timelines?region=" + this.region.code() : "/timelines";
	}

}
