package org.a6portal.pacm;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import org.a6portal.common.CodedEnum;
import org.a6portal.common.PublicationStatus;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * The activities a country hosts, read through indexes whatever their number: those it hosts itself
 * ({@code pacm_activity.host_iso2}) and those it co-hosts ({@code pacm_activity_other_host}), as a {@code UNION ALL}
 * of one index scan each, never {@code host = ? OR EXISTS (…)}, which PostgreSQL can only answer by reading every
 * activity (at 100 times the data: 1 to 2 s; this: a few milliseconds, see bench/README.md).
 * <p>
 * Native SQL through the persistence context, so Hibernate's statistics count these statements with the others.
 * A list of activities comes in two statements whatever its size: the ids of the rows asked for, in their order
 * (each part read in order from an index and cut there), then those rows with their activity type, sector and
 * programme.
 * The text of every statement is built from whitelisted keys only; every value is a parameter.
 */
@Component
public class HostedActivities {

	/** An activity hosted by :iso2, itself or with others; "a" in the outer query. */
	private static final String OWN = "FROM pacm_activity a WHERE a.host_iso2 = :iso2";

	private static final String CO_HOSTED = """
			FROM pacm_activity_other_host h JOIN pacm_activity a ON a.id = h.activity_id
			WHERE h.country_iso2 = :iso2 AND a.host_iso2 <> :iso2""";

	private final EntityManager entityManager;

	HostedActivities(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	/**
	 * How many of a country's activities share a stage, form and activity type, with their expected reductions: one
	 * statement, reading the few rows the triggers of V28 keep per country in {@code pacm_tally} (a count over the
	 * country's activities read every one of them: 59,400 index entries for India at 100 times the data).
	 * @param shown the status of the activities counted, or {@code null} for all
	 */
	public List<PacmTally> tally(String iso2, @Nullable PublicationStatus shown) {
		String status = (shown != null) ? " AND publication_status = :status" : "";
		Query statement = this.entityManager.createNativeQuery("SELECT stage, form, activity_type_code, "
				+ "sum(activities) AS n, sum(with_reductions) AS with_r, sum(reductions) AS sum_r, sum(co_hosted) AS co "
				+ "FROM pacm_tally WHERE country_iso2 = :iso2" + status + " GROUP BY stage, form, activity_type_code")
			.setParameter("iso2", iso2);
		if (shown != null) {
			statement.setParameter("status", shown.code());
		}
		List<PacmTally> tallies = new ArrayList<>();
		for (Object row : statement.getResultList()) {
			Object[] columns = (Object[]) row;
			tallies.add(new PacmTally(CodedEnum.fromCode(Stage.class, (String) columns[0]),
					(columns[1] != null) ? CodedEnum.fromCode(ActivityForm.class, (String) columns[1]) : null,
					(String) columns[2], ((Number) columns[3]).longValue(), ((Number) columns[4]).longValue(),
					(columns[5] != null) ? new BigDecimal(columns[5].toString()) : null, ((Number) columns[6]).longValue()));
		}
		return tallies;
	}

	/**
	 * A slice of a country's activities: first its projects and programmes (activities of no recorded form
	 * included), then its components, each part in the order asked for.
	 * @param slice which rows of each part, in which order, with which filters
	 * @return the activities, with activity type, sector and programme, in that order
	 */
	public List<PacmActivity> slice(String iso2, Slice slice) {
		Map<String, Object> params = new HashMap<>();
		params.put("iso2", iso2);
		StringBuilder where = new StringBuilder();
		if (slice.shown() != null) {
			where.append(" AND a.publication_status = :status");
			params.put("status", slice.shown().code());
		}
		if (slice.stage() != null) {
			where.append(" AND a.stage = :stage");
			params.put("stage", slice.stage().code());
		}
		if (slice.form() != null) {
			where.append(" AND a.form = :form");
			params.put("form", slice.form().code());
		}
		String order = slice.order().sql(slice.descending());
		String outerOrder = slice.order().outerSql(slice.descending());
		String key = slice.order().keyColumn();
		// components: by their programme's title first (the full list; the title is kept on the component, V21, with
		// indexes in each order), or by the key alone (the country page)
		String programmeTitle = slice.componentsByProgramme() ? "a.programme_title" : "CAST(NULL AS text)";
		String componentOrder = (slice.componentsByProgramme() ? "a.programme_title NULLS LAST, " : "") + order;
		String projectsWhere = where + " AND a.form IS DISTINCT FROM 'component'";
		String componentsWhere = where + " AND a.form = 'component'";
		String sql;
		if (!slice.coHosted()) {
			// the country co-hosts none of the rows asked for: each part is one walk of an index in the order asked for
			// (V14, V21) that skips to the page's first row and stops after its last, reading no row but those
			sql = "(SELECT a.id, 0 AS part " + OWN + projectsWhere + " ORDER BY " + order
					+ " OFFSET :pOffset LIMIT :pLimit) UNION ALL (SELECT a.id, 1 " + OWN + componentsWhere + " ORDER BY "
					+ componentOrder + " OFFSET :cOffset LIMIT :cLimit)";
		}
		else {
			// with co-hosted rows: each branch walks its index in the order asked for and stops after offset + limit,
			// and the page is cut from the two merged
			String projects = "SELECT a.id, 0 AS part, " + key + " AS k, a.title AS t " + OWN + projectsWhere
					+ " ORDER BY " + order + " LIMIT :pEnd";
			String coProjects = "SELECT a.id, 0, " + key + ", a.title " + CO_HOSTED + projectsWhere + " ORDER BY " + order
					+ " LIMIT :pEnd";
			String components = "SELECT a.id, 1 AS part, " + programmeTitle + " AS programme_title, " + key
					+ " AS k, a.title AS t " + OWN + componentsWhere + " ORDER BY " + componentOrder + " LIMIT :cEnd";
			String coComponents = "SELECT a.id, 1, " + programmeTitle + ", " + key + ", a.title " + CO_HOSTED
					+ componentsWhere + " ORDER BY " + componentOrder + " LIMIT :cEnd";
			sql = "(SELECT id, part FROM ((" + projects + ") UNION ALL (" + coProjects + ")) s ORDER BY " + outerOrder
					+ " OFFSET :pOffset LIMIT :pLimit) UNION ALL (SELECT id, part FROM ((" + components + ") UNION ALL ("
					+ coComponents + ")) s ORDER BY programme_title NULLS LAST, " + outerOrder
					+ " OFFSET :cOffset LIMIT :cLimit)";
			params.put("pEnd", slice.projectsOffset() + slice.projectsLimit());
			params.put("cEnd", slice.componentsOffset() + slice.componentsLimit());
		}
		params.put("pOffset", slice.projectsOffset());
		params.put("pLimit", slice.projectsLimit());
		params.put("cOffset", slice.componentsOffset());
		params.put("cLimit", slice.componentsLimit());
		Query statement = this.entityManager.createNativeQuery(sql);
		params.forEach(statement::setParameter);
		Map<Long, Integer> position = new HashMap<>();
		List<Long> ids = new ArrayList<>();
		for (Object row : statement.getResultList()) {
			long id = ((Number) ((Object[]) row)[0]).longValue();
			position.put(id, position.size());
			ids.add(id);
		}
		// always the second statement, even for no row, so a page costs the same statements whatever it shows
		List<PacmActivity> activities = new ArrayList<>(this.entityManager.createQuery("""
				select a from PacmActivity a
				left join fetch a.activityType t left join fetch t.sector left join fetch a.programme
				where a.id in :ids
				""", PacmActivity.class).setParameter("ids", ids.isEmpty() ? List.of(-1L) : ids).getResultList());
		activities.sort(Comparator.comparing((PacmActivity activity) -> position.get(activity.getId())));
		return activities;
	}

	/** The orders a slice can come in: the key's SQL and its indexes (V14 and V21). */
	public enum Order {

		/** Expected reductions per year (no figure last, either way), then title. */
		REDUCTIONS("a.expected_reductions_tco2e_per_year", true),
		/** Title, whatever its case. Titles are never null. */
		TITLE("lower(a.title)", false),
		/** The day the host approved the transition (none last, either way), then title. */
		APPROVED("a.host_approved_on", true);

		private final String key;

		private final boolean nullable;

		Order(String key, boolean nullable) {
			this.key = key;
			this.nullable = nullable;
		}

		String keyColumn() {
			return this.key;
		}

		/** Within a branch, as its index has it: the key (no figure last), then title and id. */
		String sql(boolean descending) {
			return this.key + direction(descending) + ", a.title, a.id";
		}

		/** Over the branches' rows (columns k, t, id). */
		String outerSql(boolean descending) {
			return "k" + direction(descending) + ", t, id";
		}

		private String direction(boolean descending) {
			if (!this.nullable) {
				return descending ? " DESC" : " ASC";
			}
			return descending ? " DESC NULLS LAST" : " ASC NULLS LAST";
		}

	}

	/**
	 * Which rows of a country's two parts, projects and programmes then components, in which order.
	 * @param shown the status of the activities shown, or {@code null} for all
	 * @param stage only this stage, or any
	 * @param form only this form, or any
	 * @param order the key
	 * @param descending the direction
	 * @param componentsByProgramme whether components are ordered by their programme's title first
	 * @param projectsOffset the first project or programme, from 0
	 * @param projectsLimit how many projects and programmes at most
	 * @param componentsOffset the first component, from 0
	 * @param componentsLimit how many components at most
	 * @param coHosted whether the country co-hosts any of the rows asked for ({@link PacmTally#coHosted()}): if not,
	 * each part is read from the country's own rows alone
	 */
	public record Slice(@Nullable PublicationStatus shown, @Nullable Stage stage, @Nullable ActivityForm form,
			Order order, boolean descending, boolean componentsByProgramme, long projectsOffset, long projectsLimit,
			long componentsOffset, long componentsLimit, boolean coHosted) {

		/** The country page's: the largest projects and programmes, the largest components, any stage. */
		public static Slice largest(@Nullable PublicationStatus shown, int projects, int components) {
			return new Slice(shown, null, null, Order.REDUCTIONS, true, false, 0, projects, 0, components, true);
		}

	}

	/** Whether the country co-hosts any of the tallies' activities of this stage and form. */
	static boolean coHosted(List<PacmTally> tallies, @Nullable Stage stage, @Nullable ActivityForm form) {
		return tallies.stream()
			.filter((tally) -> stage == null || tally.stage() == stage)
			.filter((tally) -> form == null || tally.form() == form)
			.anyMatch((tally) -> tally.coHosted() > 0);
	}

	/** The sum of the tallies' counts, for the parts of a list. */
	static long count(List<PacmTally> tallies, @Nullable Stage stage, @Nullable ActivityForm form, boolean components) {
		return tallies.stream()
			.filter((tally) -> stage == null || tally.stage() == stage)
			.filter((tally) -> form == null || tally.form() == form)
			.filter((tally) -> (tally.form() == ActivityForm.COMPONENT) == components)
			.mapToLong(PacmTally::count)
			.sum();
	}

}
