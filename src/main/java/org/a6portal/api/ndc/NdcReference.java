package org.a6portal.api.ndc;

import java.time.LocalDate;

import org.a6portal.ndc.NdcSubmission;
import org.jspecify.annotations.Nullable;

/**
 * The NDC version a target belongs to.
 *
 * @param label the version as its source names it ("updated NDC 2020")
 * @param versionYear the year the version is known by
 * @param submittedOn when it was submitted
 * @param current whether it is the country's current NDC
 * @param mentionsArticle6 whether it mentions Article 6, where known
 */
public record NdcReference(String label, int versionYear, @Nullable LocalDate submittedOn, boolean current,
		@Nullable Boolean mentionsArticle6) {

	public static NdcReference of(NdcSubmission submission) {
		return new NdcReference(submission.getLabel(), submission.getVersionYear(), submission.getSubmittedOn(),
				submission.isCurrent(), submission.getMentionsArticle6());
	}

}
