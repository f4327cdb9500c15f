package org.a6portal.profile;

import java.util.List;

import org.a6portal.pacm.ComponentGroup;
import org.a6portal.pacm.PacmActivity;
import org.a6portal.pacm.PacmSummary;
import org.jspecify.annotations.Nullable;

/**
 * The country page's Article 6.4 section at any size: a summary, the largest projects and programmes, and the largest
 * components grouped under their programme; the full list is one link away.
 *
 * @param summary counts by stage and form, expected reductions in total
 * @param largest the largest projects and programmes, at most {@link #LARGEST}
 * @param components the largest components, at most {@link #COMPONENTS}, grouped by programme
 */
public record PacmSection(PacmSummary summary, List<PacmActivity> largest, List<ComponentGroup> components) {

	/** How many projects and programmes the country page lists. */
	public static final int LARGEST = 15;

	/** How many components the country page lists. */
	public static final int COMPONENTS = 8;

	static PacmSection of(PacmSummary summary, List<PacmActivity> largest, List<PacmActivity> components) {
		return new PacmSection(summary, largest, ComponentGroup.of(components));
	}

	public long total() {
		return this.summary.total();
	}

	public boolean isEmpty() {
		return this.summary.isEmpty();
	}

	/** Every activity the page lists: the largest projects and programmes, then the components. */
	public List<PacmActivity> shown() {
		return java.util.stream.Stream
			.concat(this.largest.stream(), this.components.stream().flatMap((group) -> group.components().stream()))
			.toList();
	}

	/** The activity whose source every listed activity cites, if they all cite one. */
	public @Nullable PacmActivity sharedSource() {
		return PacmActivity.sharedSourceOf(shown());
	}

	/** How many components the page lists. */
	public int shownComponents() {
		return this.components.stream().mapToInt((group) -> group.components().size()).sum();
	}

}
