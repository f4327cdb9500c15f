package org.a6portal.profile;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.a6portal.country.Country;
import org.a6portal.ndc.NdcDocument;
import org.a6portal.ndc.NdcTarget;
import org.a6portal.ndc.TargetType;
import org.a6portal.pacm.ActivityForm;
import org.a6portal.pacm.PacmSummary;
import org.a6portal.pacm.Stage;
import org.a6portal.profile.CountryProfile.NdcVersion;
import org.a6portal.sector.Sector;
import org.jspecify.annotations.Nullable;

/**
 * What {@code /compare} lines up: for each country compared, in the order asked for, the figures of its profile's
 * sections (counts, expected reductions, NDC targets, net-zero year), the same rows for every country.
 *
 * @param columns one per country, in the order of the address
 */
public record CountryComparison(List<Column> columns) {

	/** The most countries one page compares. */
	public static final int MAXIMUM = 4;

	public CountryComparison {
		columns = List.copyOf(columns);
	}

	public boolean isEmpty() {
		return this.columns.isEmpty();
	}

	public boolean isFull() {
		return this.columns.size() >= MAXIMUM;
	}

	/** The stages at which at least one compared country has an activity, in the pipeline's order. */
	public List<Stage> stages() {
		Set<Stage> stages = EnumSet.noneOf(Stage.class);
		this.columns.forEach((column) -> stages.addAll(column.pacm().byStage().keySet()));
		return List.copyOf(stages);
	}

	/** The forms (project, programme, component) of at least one compared country's activities. */
	public List<ActivityForm> forms() {
		Set<ActivityForm> forms = EnumSet.noneOf(ActivityForm.class);
		this.columns.forEach((column) -> forms.addAll(column.pacm().byForm().keySet()));
		return List.copyOf(forms);
	}

	/** The sectors at least one compared country has a record in, in the taxonomy's order. */
	public List<Sector> sectors() {
		Map<String, Sector> sectors = new LinkedHashMap<>();
		this.columns.forEach((column) -> column.sectors()
			.rows()
			.forEach((row) -> sectors.putIfAbsent(row.sector().getCode(), row.sector())));
		return sectors.values().stream().sorted(Comparator.comparingInt(Sector::getSortOrder)).toList();
	}

	/**
	 * One country's figures.
	 *
	 * @param country the country
	 * @param cooperation its Article 6.2 figures
	 * @param pacm its Article 6.4 activities by stage and form, and their expected reductions per year
	 * @param sectors its records by sector, as its page's chart counts them
	 * @param targets its current NDC and that NDC's targets
	 * @param rules its published Article 6 institutions and rules (sustainable development)
	 * @param initialReports its published Article 6.2 initial reports
	 * @param capacityBuilding the published capacity-building projects that name it
	 */
	public record Column(Country country, Cooperation cooperation, PacmSummary pacm, SectorBreakdown sectors,
			Targets targets, long rules, long initialReports, long capacityBuilding) {

		public long atStage(Stage stage) {
			return this.pacm.byStage().getOrDefault(stage, 0L);
		}

		public long ofForm(ActivityForm form) {
			return this.pacm.byForm().getOrDefault(form, 0L);
		}

		/** Its row for the sector, or {@code null} if it has no record in it. */
		public SectorBreakdown.@Nullable Row inSector(Sector sector) {
			return this.sectors.rows()
				.stream()
				.filter((row) -> row.sector().getCode().equals(sector.getCode()))
				.findFirst()
				.orElse(null);
		}

	}

	/**
	 * A country's Article 6.2 figures.
	 *
	 * @param approaches published cooperative approaches it takes part in
	 * @param asTransferring those in which it is a transferring (host) Party
	 * @param asAcquiring those in which it is an acquiring Party
	 * @param partners the other Parties of those approaches, by name in the page's language
	 * @param itmos ITMOs (tCO2e) transferred under them: published transfers, and published transfer events whose
	 * volume is a transferred quantity (not a ceiling or an estimate), as the home page counts them
	 * @param transfers how many transfers and transfer events those are
	 */
	public record Cooperation(int approaches, int asTransferring, int asAcquiring, List<Country> partners,
			BigDecimal itmos, int transfers) {
	}

	/**
	 * A country's national targets.
	 *
	 * @param current its current NDC version among its published targets, if it has any
	 * @param documents its current NDC document in the UNFCCC registry (two for language versions of one day)
	 * @param targets the targets of the current version
	 */
	public record Targets(@Nullable NdcVersion current, List<NdcDocument> documents, List<NdcTarget> targets) {

		/** The kinds of target, each once, in the order of their first target. */
		public List<TargetType> types() {
			return this.targets.stream().map(NdcTarget::getTargetType).distinct().toList();
		}

		/** The years targeted, each once, earliest first. */
		public List<Short> years() {
			return this.targets.stream()
				.map(NdcTarget::getTargetYear)
				.filter((year) -> year != null)
				.distinct()
				.sorted()
				.toList();
		}

		/** The net-zero year the current NDC states, if it does. */
		public @Nullable Short netZeroYear() {
			return this.targets.stream()
				.map(NdcTarget::getNetZeroYear)
				.filter((year) -> year != null)
				.findFirst()
				.orElse(null);
		}

		static Targets of(List<NdcVersion> versions, List<NdcDocument> documents) {
			NdcVersion current = versions.stream().filter(NdcVersion::current).findFirst().orElse(null);
			return new Targets(current, List.copyOf(documents),
					(current != null) ? current.targets() : new ArrayList<>());
		}

	}

}
