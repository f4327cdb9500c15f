package org.a6portal.pacm;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A country's Article 6.4 activities at a glance: how many, by stage and by form, and their expected reductions per
 * year in total.
 *
 * @param total how many activities
 * @param byStage how many at each stage, in the order of the stages
 * @param byForm how many projects, programmes and components, in that order ({@code null} key: form not recorded)
 * @param expectedReductions the sum of the expected reductions per year (tCO2e) the sources state
 * @param withoutReductions how many activities state none (programmes, whose components state theirs)
 */
public record PacmSummary(long total, Map<Stage, Long> byStage, Map<ActivityForm, Long> byForm,
		BigDecimal expectedReductions, long withoutReductions) {

	public static PacmSummary of(Collection<PacmTally> tallies) {
		long withoutReductions = 0;
		Map<Stage, Long> byStage = new EnumMap<>(Stage.class);
		Map<ActivityForm, Long> byForm = new EnumMap<>(ActivityForm.class);
		long total = 0;
		BigDecimal reductions = BigDecimal.ZERO;
		for (PacmTally tally : tallies) {
			total += tally.count();
			withoutReductions += tally.count() - tally.withReductions();
			byStage.merge(tally.stage(), tally.count(), Long::sum);
			if (tally.form() != null) {
				byForm.merge(tally.form(), tally.count(), Long::sum);
			}
			if (tally.expectedReductions() != null) {
				reductions = reductions.add(tally.expectedReductions());
			}
		}
		return new PacmSummary(total, new LinkedHashMap<>(byStage), new LinkedHashMap<>(byForm), reductions,
				withoutReductions);
	}

	public boolean isEmpty() {
		return this.total == 0;
	}

	public long components() {
		return this.byForm.getOrDefault(ActivityForm.COMPONENT, 0L);
	}

	/** Projects, programmes and activities of no recorded form: everything but components. */
	public long projectsAndProgrammes() {
		return this.total - components();
	}

	public List<Map.Entry<Stage, Long>> stages() {
		return List.copyOf(this.byStage.entrySet());
	}

	public List<Map.Entry<ActivityForm, Long>> forms() {
		return List.copyOf(this.byForm.entrySet());
	}

}
