package org.a6portal.api.ndc;

import java.time.LocalDate;

import org.a6portal.ndc.NdcSubmission;
import org.jspecify.annotations.Nullable;

/**
 * The NDC version a target belongs to.
 *
 * @param id the stable id (slug) of the version's target set: its page {@code /ndc-targets/{id}} and its resource
 * {@code /api/v1/ndc-targets/{id}}
 * @param label the version as its source names it ("updated NDC 2020")
 * @param versionYear the year the version is known by
 * @param submittedOn when it was submitted
 * @param current whether it is the country's current NDC
 * @param mentionsArticle6 whether it mentions Article 6, where known
 */
public record NdcReference(String id, String label, int versionYear, @Nullable LocalDate submittedOn, boolean current,
		@Nullable Boolean mentionsArticle6) {

	public static NdcReference of(NdcSubmission submission) {
		return new NdcReference(java.util.Objects.requireNonNull(submission.getSlug()), submission.getLabel(), submission.getVersionYear(), submission.getSubmittedOn(),
				submission.isCurrent(), submission.getMentionsArticle6());
	}

}
