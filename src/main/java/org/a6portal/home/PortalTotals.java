package org.a6portal.home;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.a6portal.common.CodedEnum;
import org.a6portal.pacm.Stage;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The home page's totals over published records (an approach's transfers and events count only while the approach
 * is published too), in two statements: the Article 6.2 figures together, and the
 * PACM activities by stage (kept per stage by triggers, V21's {@code pacm_stage_count}: no render counts them).
 */
@Repository
@Transactional(readOnly = true)
public class PortalTotals {

	private final JdbcClient jdbc;

	PortalTotals(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Totals totals() {
		Totals totals = this.jdbc.sql("""
				WITH moved AS (
				       SELECT t.quantity_tco2e AS quantity FROM itmo_transfer t
				         JOIN cooperative_approach a ON a.id = t.approach_id
				        WHERE t.publication_status = 'published' AND a.publication_status = 'published'
				       UNION ALL
				       SELECT e.volume_tco2e FROM itmo_event e
				         LEFT JOIN cooperative_approach a ON a.id = e.approach_id
				        WHERE e.publication_status = 'published' AND e.kind = 'transfer' AND e.volume_meaning = 'transfer'
				          AND e.volume_tco2e IS NOT NULL AND (a.id IS NULL OR a.publication_status = 'published'))
				SELECT (SELECT count(*) FROM cooperative_approach WHERE publication_status = 'published') AS approaches,
				       (SELECT count(DISTINCT p.country_iso2) FROM cooperative_approach_party p
				          JOIN cooperative_approach a ON a.id = p.approach_id
				         WHERE a.publication_status = 'published') AS parties,
				       (SELECT coalesce(sum(m.quantity), 0) FROM moved m) AS itmos,
				       (SELECT count(*) FROM moved) AS transfers
				""")
			.query((rs, n) -> new Totals(rs.getLong("approaches"), rs.getLong("parties"),
					rs.getBigDecimal("itmos"), rs.getLong("transfers"), List.of(), 0))
			.single();
		Map<Stage, Long> byStage = new EnumMap<>(Stage.class);
		this.jdbc.sql("""
				SELECT stage, activities AS n FROM pacm_stage_count WHERE activities > 0
				""").query((rs, n) -> byStage.put(CodedEnum.fromCode(Stage.class, rs.getString("stage")), rs.getLong("n"))).list();
		List<StageCount> stages = new ArrayList<>();
		byStage.forEach((stage, count) -> stages.add(new StageCount(stage, count)));
		long activities = stages.stream().mapToLong(StageCount::count).sum();
		return new Totals(totals.approaches(), totals.parties(), totals.itmos(), totals.transfers(), List.copyOf(stages),
				activities);
	}

	/**
	 * @param approaches published cooperative approaches
	 * @param parties countries taking part in at least one
	 * @param itmos ITMOs (t CO2e) transferred: published ITMO transfers, and published Article 6.2 events of kind
	 * "transfer" whose volume is a transferred quantity (not a ceiling or an estimate)
	 * @param transfers how many published transfers those are
	 * @param stages published PACM activities per stage, in the pipeline's order, stages with none left out
	 * @param activities published PACM activities
	 */
	public record Totals(long approaches, long parties, BigDecimal itmos, long transfers, List<StageCount> stages,
			long activities) {
	}

	public record StageCount(Stage stage, long count) {

		public String code() {
			return this.stage.code();
		}

	}

}
