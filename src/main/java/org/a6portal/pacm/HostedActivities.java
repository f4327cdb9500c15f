package org.a6portal.pacm;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
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
		// each part is read from its nearer end (V14 and V21's indexes walked backwards for the rows past its middle),
		// so that no page walks more than half of its part, and the last pages walk only their own rows
		Window projectsWindow = Window.of(slice.projectsOffset(), slice.projectsLimit(), slice.projectsTotal());
		Window componentsWindow = Window.of(slice.componentsOffset(), slice.componentsLimit(), slice.componentsTotal());
		String sql = idsStatement(slice, projectsWindow.fromEnd(), componentsWindow.fromEnd(), where.toString());
		if (slice.seek() != null && !slice.coHosted()) {
			params.put("cursor", slice.seek().activityId());
		}
		if (slice.coHosted()) {
			params.put("pEnd", projectsWindow.offset() + projectsWindow.limit());
			params.put("cEnd", componentsWindow.offset() + componentsWindow.limit());
		}
		params.put("pOffset", projectsWindow.offset());
		params.put("pLimit", projectsWindow.limit());
		params.put("cOffset", componentsWindow.offset());
		params.put("cLimit", componentsWindow.limit());
		Query statement = this.entityManager.createNativeQuery(sql);
		params.forEach(statement::setParameter);
		List<Long> projects = new ArrayList<>();
		List<Long> components = new ArrayList<>();
		boolean projectsReversed = false;
		boolean componentsReversed = false;
		for (Object row : statement.getResultList()) {
			Object[] columns = (Object[]) row;
			long id = ((Number) columns[0]).longValue();
			boolean reversed = ((Number) columns[2]).intValue() == 1;
			if (((Number) columns[1]).intValue() == 0) {
				projects.add(id);
				projectsReversed = reversed;
			}
			else {
				components.add(id);
				componentsReversed = reversed;
			}
		}
		// a part read from its end, or backwards from a row, comes in reverse
		if (projectsReversed) {
			Collections.reverse(projects);
		}
		if (componentsReversed) {
			Collections.reverse(components);
		}
		List<Long> ids = new ArrayList<>(projects);
		ids.addAll(components);
		Map<Long, Integer> position = new HashMap<>();
		ids.forEach((id) -> position.putIfAbsent(id, position.size()));
		// always the second statement, even for no row, so a page costs the same statements whatever it shows
		List<PacmActivity> activities = new ArrayList<>(this.entityManager.createQuery("""
				select a from PacmActivity a
				left join fetch a.activityType t left join fetch t.sector left join fetch a.programme
				where a.id in :ids
				""", PacmActivity.class).setParameter("ids", ids.isEmpty() ? List.of(-1L) : ids).getResultList());
		activities.sort(Comparator.comparing((PacmActivity activity) -> position.get(activity.getId())));
		return activities;
	}

	/**
	 * The statement of a slice's ids in order, with their part (0 projects and programmes, 1 components), a part read
	 * from its end (in the reverse order, so by its index walked backwards) where asked.
	 */
	private static String idsStatement(Slice slice, boolean projectsFromEnd, boolean componentsFromEnd, String where) {
		String key = slice.order().keyColumn();
		// components: by their programme's title first (the full list; the title is kept on the component, V21, with
		// indexes in each order), or by the key alone (the country page)
		String programmeTitle = slice.componentsByProgramme() ? "a.programme_title" : "CAST(NULL AS text)";
		String projectOrder = slice.order().sql(slice.descending(), projectsFromEnd);
		String componentOrder = (slice.componentsByProgramme() ? "a.programme_title" + nullsLast(componentsFromEnd) + ", " : "")
				+ slice.order().sql(slice.descending(), componentsFromEnd);
		String projectsWhere = where + " AND a.form IS DISTINCT FROM 'component'";
		String componentsWhere = where + " AND a.form = 'component'";
		if (!slice.coHosted()) {
			// the country co-hosts none of the rows asked for: each part is one walk of an index in the order asked for
			// (V14, V21) that skips to the page's first row and stops after its last, reading no row but those; or,
			// for a part sought from a row (a cursor), the walk begins at that row
			Seek seek = slice.seek();
			boolean seekProjects = seek != null && !seek.components();
			boolean seekComponents = seek != null && seek.components();
			String unsought = (seek != null) ? " AND NOT EXISTS (SELECT 1 FROM c)" : "";
			String projectsSql = "SELECT a.id, 0 AS part, " + (projectsFromEnd ? 1 : 0) + " AS rev " + OWN
					+ projectsWhere + (seekProjects ? unsought : "") + " ORDER BY " + projectOrder
					+ " OFFSET :pOffset LIMIT :pLimit";
			String componentsSql = "SELECT a.id, 1, " + (componentsFromEnd ? 1 : 0) + " " + OWN + componentsWhere
					+ (seekComponents ? unsought : "") + " ORDER BY " + componentOrder + " OFFSET :cOffset LIMIT :cLimit";
			if (seekProjects) {
				projectsSql = seekSql(slice, seek, where + " AND a.form IS DISTINCT FROM 'component'", 0, ":pLimit")
						+ ") UNION ALL (" + projectsSql;
			}
			if (seekComponents) {
				componentsSql = seekSql(slice, seek, componentsWhere, 1, ":cLimit") + ") UNION ALL (" + componentsSql;
			}
			String cursor = "";
			if (seek != null) {
				// the cursor's activity, if it is a row of the part sought (else the part is read from its offset)
				cursor = "WITH c AS MATERIALIZED (SELECT " + (seek.components() ? "a.programme_title" : "CAST(NULL AS text)")
						+ " AS pt, " + key + " AS k, a.title AS t, a.id " + OWN + " AND a.id = :cursor"
						+ (seek.components() ? componentsWhere : projectsWhere) + ") ";
			}
			return cursor + "(" + projectsSql + ") UNION ALL (" + componentsSql + ")";
		}
		// with co-hosted rows: each branch walks its index in the order asked for and stops after offset + limit,
		// and the page is cut from the two merged
		String projects = "SELECT a.id, 0 AS part, " + key + " AS k, a.title AS t " + OWN + projectsWhere + " ORDER BY "
				+ projectOrder + " LIMIT :pEnd";
		String coProjects = "SELECT a.id, 0, " + key + ", a.title " + CO_HOSTED + projectsWhere + " ORDER BY "
				+ projectOrder + " LIMIT :pEnd";
		String components = "SELECT a.id, 1 AS part, " + programmeTitle + " AS programme_title, " + key
				+ " AS k, a.title AS t " + OWN + componentsWhere + " ORDER BY " + componentOrder + " LIMIT :cEnd";
		String coComponents = "SELECT a.id, 1, " + programmeTitle + ", " + key + ", a.title " + CO_HOSTED
				+ componentsWhere + " ORDER BY " + componentOrder + " LIMIT :cEnd";
		return "(SELECT id, part, " + (projectsFromEnd ? 1 : 0) + " AS rev FROM ((" + projects + ") UNION ALL ("
				+ coProjects + ")) s ORDER BY "
				+ slice.order().outerSql(slice.descending(), projectsFromEnd)
				+ " OFFSET :pOffset LIMIT :pLimit) UNION ALL (SELECT id, part, " + (componentsFromEnd ? 1 : 0)
				+ " FROM ((" + components + ") UNION ALL ("
				+ coComponents + ")) s ORDER BY programme_title" + nullsLast(componentsFromEnd) + ", "
				+ slice.order().outerSql(slice.descending(), componentsFromEnd) + " OFFSET :cOffset LIMIT :cLimit)";
	}

	/**
	 * The rows of one part next to the cursor's activity ({@code c}: its programme title, key, title and id), in the
	 * part's order (or reversed, for the rows before it), at most {@code limit}: a union of index range scans taken
	 * in turn, the nearest first. For each column of the order from the last (title and id, compared as a row) to the
	 * first, one branch holds the rows equal to the cursor on the columns before it and past it on this one; a
	 * nullable column gives a branch for its "no value" rows and two versions of each equality (the cursor's value or
	 * none), the version that does not apply cut by a one-time filter. Every branch is a range of the order's index
	 * (V14, V21) that stops after {@code limit} rows. No row of the cursor's part: no row (the part is read from its
	 * offset instead).
	 */
	private static String seekSql(Slice slice, Seek seek, String partWhere, int part, String limit) {
		boolean reversed = seek.before();
		List<SeekColumn> columns = new ArrayList<>();
		if (seek.components() && slice.componentsByProgramme()) {
			columns.add(new SeekColumn("a.programme_title", "pt", false, true));
		}
		columns.add(new SeekColumn(slice.order().keyColumn(), "k", slice.descending(), slice.order().nullable));
		String partOrder = (seek.components() && slice.componentsByProgramme()
				? "a.programme_title" + nullsLast(reversed) + ", " : "") + slice.order().sql(slice.descending(), reversed);
		String select = "SELECT a.id, " + part + " AS part, " + (reversed ? 1 : 0) + " AS rev " + OWN + partWhere;
		List<String> branches = new ArrayList<>();
		for (int level = columns.size(); level >= 0; level--) {
			List<String> past = (level == columns.size())
					? List.of("(a.title, a.id) " + (reversed ? "<" : ">") + " ((SELECT t FROM c), (SELECT id FROM c))")
					: columns.get(level).past(reversed);
			for (String equal : equalities(columns.subList(0, level))) {
				for (String condition : past) {
					branches.add("(" + select + equal + " AND " + condition + " ORDER BY " + partOrder + " LIMIT " + limit
							+ ")");
				}
			}
		}
		return "SELECT id, part, rev FROM (" + String.join(" UNION ALL ", branches) + ") s LIMIT " + limit;
	}

	/** Every way the cursor's row can equal a row on these columns, one condition each (only one applies). */
	private static List<String> equalities(List<SeekColumn> columns) {
		List<String> conditions = List.of("");
		for (SeekColumn column : columns) {
			List<String> longer = new ArrayList<>();
			for (String condition : conditions) {
				longer.add(condition + " AND " + column.expression() + " = (SELECT " + column.cursor() + " FROM c)");
				if (column.nullable()) {
					longer.add(condition + " AND " + column.expression() + " IS NULL AND (SELECT " + column.cursor()
							+ " IS NULL FROM c)");
				}
			}
			conditions = longer;
		}
		return conditions;
	}

	/**
	 * A column of a seek's order, no value last (first, read backwards).
	 * @param expression the column in SQL
	 * @param cursor the cursor's value's name in {@code c}
	 * @param descending its direction
	 * @param nullable whether it can have no value
	 */
	private record SeekColumn(String expression, String cursor, boolean descending, boolean nullable) {

		/** The rows past the cursor's value on this column, in order: each a branch. */
		List<String> past(boolean reversed) {
			String value = "(SELECT " + this.cursor + " FROM c)";
			String beyond = this.expression + ((this.descending != reversed) ? " < " : " > ") + value;
			if (!this.nullable) {
				return List.of(beyond);
			}
			// (SELECT … IS NULL FROM c) is null, so false, when there is no cursor row
			if (!reversed) {
				// no value last: past a value come the smaller (or larger) values, then the rows with none
				return List.of(beyond, this.expression + " IS NULL AND (SELECT " + this.cursor + " IS NOT NULL FROM c)");
			}
			// read backwards, no value first: past "no value" come all the values
			return List.of(beyond, this.expression + " IS NOT NULL AND (SELECT " + this.cursor + " IS NULL FROM c)");
		}

	}

	/** Ascending with no value last, or that order reversed. */
	private static String nullsLast(boolean reversed) {
		return reversed ? " DESC NULLS FIRST" : " ASC NULLS LAST";
	}

	/**
	 * Which rows of a part a statement reads: {@code offset} and {@code limit} in the part's order, or, for rows past
	 * the part's middle, in the reverse order from its end ({@code fromEnd}), so that the walk to the first row read is
	 * never longer than half the part.
	 * @param offset the first row read, from 0, in the order read
	 * @param limit how many rows
	 * @param fromEnd whether the part is read in the reverse order
	 */
	record Window(long offset, long limit, boolean fromEnd) {

		/**
		 * @param offset the first row asked for, from 0, in the part's order
		 * @param limit how many rows
		 * @param total how many rows the part has, or a negative number if not known (read from the start)
		 */
		static Window of(long offset, long limit, long total) {
			if (limit <= 0 || total < 0 || offset <= total - offset - limit) {
				return new Window(offset, limit, false);
			}
			// rows [offset, offset + limit) from the start are rows [total - offset - limit, total - offset) from the end
			long end = Math.max(0, total - offset);
			return new Window(Math.max(0, total - offset - limit), Math.min(limit, end), true);
		}

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

		/**
		 * Within a branch, as its index has it: the key (no figure last), then title and id; or that order reversed
		 * (the index walked backwards).
		 */
		String sql(boolean descending, boolean reversed) {
			String ties = reversed ? " DESC" : "";
			return this.key + direction(descending, reversed) + ", a.title" + ties + ", a.id" + ties;
		}

		/** Over the branches' rows (columns k, t, id), or that order reversed. */
		String outerSql(boolean descending, boolean reversed) {
			String ties = reversed ? " DESC" : "";
			return "k" + direction(descending, reversed) + ", t" + ties + ", id" + ties;
		}

		/** The key's direction, no figure last; reversed, the other direction with no figure first. */
		private String direction(boolean descending, boolean reversed) {
			boolean down = descending != reversed;
			if (!this.nullable) {
				return down ? " DESC" : " ASC";
			}
			return (down ? " DESC" : " ASC") + (reversed ? " NULLS FIRST" : " NULLS LAST");
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
	 * @param projectsTotal how many projects and programmes match, or -1 if not known: rows past the middle of a
	 * part whose size is known are read from its end
	 * @param componentsTotal how many components match, or -1 if not known
	 * @param seek the part whose rows are read next to one of its rows instead of from an offset, or {@code null}
	 */
	public record Slice(@Nullable PublicationStatus shown, @Nullable Stage stage, @Nullable ActivityForm form,
			Order order, boolean descending, boolean componentsByProgramme, long projectsOffset, long projectsLimit,
			long componentsOffset, long componentsLimit, boolean coHosted, long projectsTotal, long componentsTotal,
			@Nullable Seek seek) {

		/** The country page's: the largest projects and programmes, the largest components, any stage. */
		public static Slice largest(@Nullable PublicationStatus shown, int projects, int components) {
			return new Slice(shown, null, null, Order.REDUCTIONS, true, false, 0, projects, 0, components, true, -1, -1,
					null);
		}

	}

	/**
	 * A keyset seek: one part's rows read from next to one of its activities, through the order's index, however deep
	 * in the list (the part's offset is then not walked). If the activity is not one of that part's rows (it changed,
	 * or the cursor was made up), the part is read from its offset instead, in the same statement.
	 * @param activityId the activity next to which the rows are
	 * @param before whether the rows are those just before it (read backwards), else those just after it
	 * @param components whether the part is the components (else the projects and programmes)
	 */
	public record Seek(long activityId, boolean before, boolean components) {
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
