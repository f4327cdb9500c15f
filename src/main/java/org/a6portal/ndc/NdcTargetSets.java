package org.a6portal.ndc;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds a published NDC target set by its slug: two statements (the targets with their version; the registry's
 * documents of the version), whatever the number of targets.
 */
@Service
@Transactional(readOnly = true)
public class NdcTargetSets {

	private final NdcTargetRepository targets;

	private final NdcDocumentRepository documents;

	NdcTargetSets(NdcTargetRepository targets, NdcDocumentRepository documents) {
		this.targets = targets;
		this.documents = documents;
	}

	/** The published set with this slug; empty if there is none or it holds only drafts. */
	public Optional<NdcTargetSet> findPublished(String slug) {
		List<NdcTarget> published = this.targets.findPublishedBySetSlug(slug);
		if (published.isEmpty()) {
			return Optional.empty();
		}
		NdcSubmission submission = published.get(0).getSubmission();
		return Optional.of(new NdcTargetSet(submission, published,
				this.documents.findPublishedOfVersion(submission.getCountryIso2(), submission.getVersionYear())));
	}

	/**
	 * The slug of the set a published target belongs to, where a link names the target itself
	 * ({@code /ndc-targets/ndc-pe-2020-absolute-2030-conditional}).
	 */
	public Optional<String> setOfTarget(String targetSlug) {
		return this.targets.findPublishedSetSlugOfTarget(targetSlug);
	}

}
