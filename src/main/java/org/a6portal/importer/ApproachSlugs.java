package org.a6portal.importer;

import org.a6portal.cooperation.CooperativeApproach;
import org.a6portal.cooperation.CooperativeApproachRepository;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * The cooperative approach a row names by its slug ({@code cooperative_approach_id}), for the kinds that belong to one
 * (mitigation activities, ITMO transfers and events), and the slug an export writes for an approach's id.
 */
@Component
class ApproachSlugs {

	static final String COLUMN = "cooperative_approach_id";

	private final CooperativeApproachRepository approaches;

	ApproachSlugs(CooperativeApproachRepository approaches) {
		this.approaches = approaches;
	}

	/** The id of the approach the row names, {@code null} if it names none (an unknown slug is the cell's problem). */
	@Nullable Long idOf(Row row) {
		String slug = row.optional(COLUMN);
		if (slug == null) {
			return null;
		}
		return this.approaches.findBySlug(slug)
			.map(CooperativeApproach::getId)
			.orElseGet(() -> row.reject(COLUMN, "admin.import.cell.approach", slug));
	}

	/** The slug of the approach with this id, as the export writes it. */
	@Nullable String slugOf(@Nullable Long id) {
		return (id != null) ? this.approaches.findById(id).map(CooperativeApproach::getSlug).orElse(null) : null;
	}

}
