package org.a6portal.api.country;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.a6portal.api.ndc.NdcTargetRepresentation;
import org.a6portal.country.Country;
import org.a6portal.ndc.NdcSubmission;
import org.a6portal.profile.CountryProfile;
import org.jspecify.annotations.Nullable;

/**
 * A version of a country's NDC with its published targets.
 *
 * @param label the version as its source names it
 * @param versionYear the year the version is known by
 * @param submittedOn when it was submitted
 * @param current whether it is the country's current NDC
 * @param mentionsArticle6 whether it mentions Article 6, where known
 * @param targets its published targets
 */
public record NdcVersionRepresentation(String label, int versionYear, @Nullable LocalDate submittedOn, boolean current,
		@Nullable Boolean mentionsArticle6, List<NdcTargetRepresentation> targets) {

	static NdcVersionRepresentation of(CountryProfile.NdcVersion version, Map<String, Country> countries) {
		NdcSubmission submission = version.targets().getFirst().getSubmission();
		return new NdcVersionRepresentation(version.label(), submission.getVersionYear(), submission.getSubmittedOn(),
				version.current(), submission.getMentionsArticle6(),
				version.targets().stream().map((target) -> NdcTargetRepresentation.of(target, countries)).toList());
	}

}
