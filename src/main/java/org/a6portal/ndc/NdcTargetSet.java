package org.a6portal.ndc;

import java.util.List;
import java.util.Objects;

/**
 * A country's published targets of one NDC version, with the version and the registry's documents of it: what the
 * set's own page and its API representation show.
 *
 * @param submission the NDC version
 * @param targets its published targets, at least one
 * @param documents the UNFCCC registry's documents of the version, active first (may be none)
 */
public record NdcTargetSet(NdcSubmission submission, List<NdcTarget> targets, List<NdcDocument> documents) {

	public String slug() {
		return Objects.requireNonNull(this.submission.getSlug());
	}

	public String countryIso2() {
		return this.submission.getCountryIso2();
	}

	/** The version's name in the page language ({@code ndc.version.*}). */
	public NdcVersionName name() {
		return NdcVersionName.of(this.submission.getLabel());
	}

	/** The ids of its targets, for their public history. */
	public List<Long> targetIds() {
		return this.targets.stream().map((target) -> Objects.requireNonNull(target.getId())).toList();
	}

}
