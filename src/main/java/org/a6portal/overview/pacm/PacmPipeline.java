package org.a6portal.overview.pacm;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import org.a6portal.common.CodedEnum;
import org.a6portal.pacm.ActivityForm;
import org.a6portal.pacm.Origin;
import org.a6portal.pacm.PacmActivity;
import org.a6portal.pacm.Stage;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The PACM pipeline's reads for the overview page, in native SQL through the persistence context (so Hibernate's
 * statistics count them), built from whitelisted parts only, every value a parameter:
 * <ol>
 * <li>the tally: the published activities matching the filters, grouped by host, stage, form, origin and activity
 * type, with their expected reductions; the page's count, summary, by-region table and filter figures all come from
 * it, summed from the kept rows of {@code pacm_tally} (V31) whatever the filter;</li>
 * <li>the page's ids, in the order asked for, read from that order's index ({@code V24__pacm_pipeline_indexes.sql});</li>
 * <li>those activities with their activity type, sector and programme.</li>
 * </ol>
 * A host is the activity's host or one of a programme's other hosts, as in the API: {@code host = ? OR id = ANY
 * (ARRAY(other hosts))}, which PostgreSQL answers with a BitmapOr of two index scans.
 */
@Repository
@Transactional(readOnly = true)
class PacmPipeline {

	private final EntityManager entityManager;

	PacmPipeline(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	/**
	 * The tally of the activities the query's filters match (its sort and page play no part), summed from the rows
	 * V31 keeps in {@code pacm_tally} (a few thousand at 100 times the data), never from the activities themselves.
	 */
	List<Tally> tally(PipelineQuery query) {
		Map<String, Object> params = new HashMap<>();
		String where = keptWhere(query, params);
		Query statement = this.entityManager.createNativeQuery("""
				SELECT t.host_iso2, t.stage, t.form, t.origin, t.activity_type_code, sum(t.activities) AS n,
				       sum(t.reductions) AS reductions
				FROM pacm_tally t WHERE\s""" + where
				+ " GROUP BY t.host_iso2, t.stage, t.form, t.origin, t.activity_type_code");
		params.forEach(statement::setParameter);
		List<Tally> tallies = new ArrayList<>();
		for (Object row : statement.getResultList()) {
			Object[] columns = (Object[]) row;
			tallies.add(new Tally((String) columns[0], CodedEnum.fromCode(Stage.class, (String) columns[1]),
					(columns[2] != null) ? CodedEnum.fromCode(ActivityForm.class, (String) columns[2]) : null,
					CodedEnum.fromCode(Origin.class, (String) columns[3]), (String) columns[4],
					((Number) columns[5]).longValue(), (columns[6] != null) ? new BigDecimal(columns[6].toString()) : null));
		}
		return tallies;
	}

	/**
	 * The filters as a where clause over {@code pacm_tally t} (V31), their values put in {@code params}, with
	 * {@link #where}'s meaning: every activity has one row under its own host ({@code country_iso2 = host_iso2}) and
	 * one under each other host, each row naming the regions of all the activity's hosts. So without a country each
	 * matching activity counts once, under its own host, and a region matches it if any of its hosts is in it; with a
	 * country, the rows under that country are its activities, each once, hosted or co-hosted.
	 */
	private static String keptWhere(PipelineQuery query, Map<String, Object> params) {
		StringBuilder where = new StringBuilder("t.publication_status = 'published'");
		if (query.country() != null) {
			where.append(" AND t.country_iso2 = :country");
			params.put("country", query.country());
		}
		else {
			where.append(" AND t.country_iso2 = t.host_iso2");
		}
		if (query.region() != null) {
			where.append(" AND CAST(:region AS text) = ANY (t.host_regions)");
			params.put("region", query.region().code());
		}
		if (query.stage() != null) {
			where.append(" AND t.stage = :stage");
			params.put("stage", query.stage().code());
		}
		if (query.form() != null) {
			where.append(" AND t.form = :form");
			params.put("form", query.form().code());
		}
		if (query.origin() != null) {
			where.append(" AND t.origin = :origin");
			params.put("origin", query.origin().code());
		}
		if (query.sector() != null) {
			where.append(" AND t.activity_type_code IN (SELECT y.code FROM activity_type y WHERE y.sector_code = :sector)");
			params.put("sector", query.sector());
		}
		if (query.activityType() != null) {
			where.append(" AND t.activity_type_code = :activityType");
			params.put("activityType", query.activityType());
		}
		return where.toString();
	}

	/**
	 * One page of the activities the query matches, in its order: their ids from the order's index, then the rows
	 * with activity type, sector and programme (two statements, the second even for no row).
	 */
	List<PacmActivity> page(PipelineQuery query, long offset, int limit) {
		Map<String, Object> params = new HashMap<>();
		String where = where(query, params);
		Query statement = this.entityManager.createNativeQuery("SELECT a.id FROM pacm_activity a WHERE " + where
				+ " ORDER BY " + query.sort().sql(query.descending()) + " OFFSET :offset LIMIT :limit");
		params.forEach(statement::setParameter);
		statement.setParameter("offset", offset);
		statement.setParameter("limit", limit);
		Map<Long, Integer> position = new HashMap<>();
		List<Long> ids = new ArrayList<>();
		for (Object id : statement.getResultList()) {
			long value = ((Number) id).longValue();
			position.put(value, position.size());
			ids.add(value);
		}
		List<PacmActivity> activities = new ArrayList<>(this.entityManager.createQuery("""
				select a from PacmActivity a
				left join fetch a.activityType t left join fetch t.sector left join fetch a.programme
				where a.id in :ids
				""", PacmActivity.class).setParameter("ids", ids.isEmpty() ? List.of(-1L) : ids).getResultList());
		activities.sort(Comparator.comparing((PacmActivity activity) -> position.get(activity.getId())));
		return activities;
	}

	/** The filters as a where clause over {@code pacm_activity a}, their values put in {@code params}. */
	private static String where(PipelineQuery query, Map<String, Object> params) {
		StringBuilder where = new StringBuilder("a.publication_status = 'published'");
		if (query.country() != null) {
			where.append(" AND (a.host_iso2 = :country OR a.id = ANY (ARRAY(SELECT h.activity_id"
					+ " FROM pacm_activity_other_host h WHERE h.country_iso2 = :country)))");
			params.put("country", query.country());
		}
		if (query.region() != null) {
			where.append(" AND (a.host_iso2 = ANY (ARRAY(SELECT c.iso2 FROM country c WHERE c.region = :region))"
					+ " OR a.id = ANY (ARRAY(SELECT h.activity_id FROM pacm_activity_other_host h"
					+ " JOIN country c ON c.iso2 = h.country_iso2 WHERE c.region = :region)))");
			params.put("region", query.region().code());
		}
		if (query.stage() != null) {
			where.append(" AND a.stage = :stage");
			params.put("stage", query.stage().code());
		}
		if (query.form() != null) {
			where.append(" AND a.form = :form");
			params.put("form", query.form().code());
		}
		if (query.origin() != null) {
			where.append(" AND a.origin = :origin");
			params.put("origin", query.origin().code());
		}
		if (query.sector() != null) {
			where.append(" AND a.activity_type_code = ANY (ARRAY(SELECT t.code FROM activity_type t"
					+ " WHERE t.sector_code = :sector))");
			params.put("sector", query.sector());
		}
		if (query.activityType() != null) {
			where.append(" AND a.activity_type_code = :activityType");
			params.put("activityType", query.activityType());
		}
		return where.toString();
	}

	/**
	 * How many matching activities share a host, stage, form, origin and activity type.
	 * @param hostIso2 the activity's own host (a co-hosted programme counts under it)
	 * @param stage the stage
	 * @param form the form, if recorded
	 * @param origin the origin
	 * @param activityType the activity type's code, if mapped
	 * @param count how many
	 * @param reductions their expected reductions per year added up, {@code null} if none has a figure
	 */
	record Tally(String hostIso2, Stage stage, @Nullable ActivityForm form, Origin origin,
			@Nullable String activityType, long count, @Nullable BigDecimal reductions) {
	}

}
