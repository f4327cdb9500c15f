package org.a6portal.importer;

import org.a6portal.cooperation.CooperativeApproach;
import org.a6portal.cooperation.CooperativeApproachRepository;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * A cooperative approach named by its slug in a file's {@code cooperative_approach_id} column, as the seed files do.
 */
@Component
class ApproachSlugs {

	static final String COLUMN = "cooperative_approach_id";

	private final CooperativeApproachRepository approaches;

	ApproachSlugs(CooperativeApproachRepository approaches) {
		this.approaches = approaches;
	}

	/** The id of the approach the row names, {@code null} if it names none. */
	@Nullable Long idOf(CSVRecord row) {
		String slug = Cells.optional(row, COLUMN);
		if (slug == null) {
			return null;
		}
		return this.approaches.findBySlug(slug)
			.map(CooperativeApproach::getId)
			.orElseThrow(() -> new Cells.CellException(COLUMN, "admin.import.cell.approach", slug));
	}

}
