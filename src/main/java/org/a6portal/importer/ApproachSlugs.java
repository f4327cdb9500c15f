package org.a6portal.importer;

import java.util.HashMap;
import java.util.Map;

import org.a6portal.cooperation.CooperativeApproach;
import org.a6portal.cooperation.CooperativeApproachRepository;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The cooperative approach a row names by its slug ({@code cooperative_approach_id}), for the kinds that belong to one
 * (mitigation activities, ITMO transfers and events), and the slug an export writes for an approach's id.
 */
@Component
class ApproachSlugs {

	static final String COLUMN = "cooperative_approach_id";

	private final CooperativeApproachRepository approaches;

	private final JdbcClient jdbc;

	ApproachSlugs(CooperativeApproachRepository approaches, JdbcClient jdbc) {
		this.approaches = approaches;
		this.jdbc = jdbc;
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

	/** The slug of the approach with this id, as the export writes it (one record; an export reads {@link #all()}). */
	@Nullable String slugOf(@Nullable Long id) {
		return (id != null) ? this.approaches.findById(id).map(CooperativeApproach::getSlug).orElse(null) : null;
	}

	/** Every approach's slug by its id, read once for an export of many rows. */
	Map<Long, String> all() {
		Map<Long, String> slugs = new HashMap<>();
		this.jdbc.sql("SELECT id, slug FROM cooperative_approach")
			.query((rs, row) -> slugs.put(rs.getLong("id"), rs.getString("slug")))
			.list();
		return slugs;
	}

}
