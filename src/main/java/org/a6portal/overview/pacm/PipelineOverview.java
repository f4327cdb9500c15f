package org.a6portal.overview.pacm;

import java.math.BigDecimal;
import java.text.Collator;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.a6portal.country.Country;
import org.a6portal.country.CountryRepository;
import org.a6portal.country.Region;
import org.a6portal.overview.ListParameters;
import org.a6portal.overview.Option;
import org.a6portal.overview.Pager;
import org.a6portal.overview.RegionSummary;
import org.a6portal.pacm.ActivityForm;
import org.a6portal.pacm.Origin;
import org.a6portal.pacm.PacmActivity;
import org.a6portal.pacm.Stage;
import org.a6portal.sector.ActivityType;
import org.a6portal.sector.ActivityTypeRepository;
import org.a6portal.worldmap.WorldMap;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assembles the PACM pipeline page in six statements whatever the data: the countries (names, regions, the country
 * filter), the taxonomy (the sector and activity-type filters), the tally ({@link PacmPipeline#tally}), the page's ids
 * and rows, and the world map.
 */
@Service
@Transactional(readOnly = true)
public class PipelineOverview {

	private final PacmPipeline pipeline;

	private final CountryRepository countries;

	private final ActivityTypeRepository activityTypes;

	private final WorldMap map;

	PipelineOverview(PacmPipeline pipeline, CountryRepository countries, ActivityTypeRepository activityTypes,
			WorldMap map) {
		this.pipeline = pipeline;
		this.countries = countries;
		this.activityTypes = activityTypes;
		this.map = map;
	}

	/**
	 * The page for a query.
	 * @throws ListParameters.InvalidListParameterException if a country, sector or activity type code names none
	 */
	Page find(PipelineQuery query, Locale locale) {
		Map<String, Country> byIso2 = this.countries.findAll()
			.stream()
			.collect(Collectors.toMap(Country::getIso2, Function.identity()));
		Country country = null;
		if (query.country() != null) {
			country = byIso2.get(query.country());
			if (country == null) {
				throw new ListParameters.InvalidListParameterException("country", query.country().toLowerCase(Locale.ROOT));
			}
		}
		List<ActivityType> types = this.activityTypes.findAllInSectorOrder();
		if (query.sector() != null && types.stream().noneMatch((type) -> type.getSector().getCode().equals(query.sector()))) {
			throw new ListParameters.InvalidListParameterException("sector", query.sector());
		}
		if (query.activityType() != null && types.stream().noneMatch((type) -> type.getCode().equals(query.activityType()))) {
			throw new ListParameters.InvalidListParameterException("activityType", query.activityType());
		}
		List<PacmPipeline.Tally> tallies = this.pipeline.tally(query);
		long total = tallies.stream().mapToLong(PacmPipeline.Tally::count).sum();
		Pager pager = Pager.of(query.page(), PipelineQuery.PAGE_SIZE, total);
		List<PacmActivity> activities = this.pipeline.page(query, pager.offset(), PipelineQuery.PAGE_SIZE);
		return new Page(query, pager, activities, country, byIso2, summary(tallies, byIso2),
				filters(byIso2, types, locale), this.map.view(query.measure(), locale));
	}

	private static Summary summary(List<PacmPipeline.Tally> tallies, Map<String, Country> countries) {
		Map<Stage, Long> stages = new EnumMap<>(Stage.class);
		Map<Origin, Long> origins = new EnumMap<>(Origin.class);
		RegionSummary.Builder regions = RegionSummary.builder();
		Set<String> hosts = new HashSet<>();
		BigDecimal reductions = BigDecimal.ZERO;
		for (PacmPipeline.Tally tally : tallies) {
			stages.merge(tally.stage(), tally.count(), Long::sum);
			origins.merge(tally.origin(), tally.count(), Long::sum);
			Country host = countries.get(tally.hostIso2());
			regions.add((host != null) ? host.getRegion() : null, tally.count(),
					(tally.reductions() != null) ? tally.reductions() : BigDecimal.ZERO);
			hosts.add(tally.hostIso2());
			if (tally.reductions() != null) {
				reductions = reductions.add(tally.reductions());
			}
		}
		long total = tallies.stream().mapToLong(PacmPipeline.Tally::count).sum();
		return new Summary(total, hosts.size(), reductions, stages, origins, regions.build());
	}

	private static Filters filters(Map<String, Country> countries, List<ActivityType> types, Locale locale) {
		Collator collator = Collator.getInstance(locale);
		List<Option> countryOptions = countries.values()
			.stream()
			.map((country) -> Option.named(country.getCode(), country.name(locale), null))
			.sorted(Comparator.comparing(Option::text, Comparator.nullsLast(collator)))
			.toList();
		List<Option> regions = java.util.Arrays.stream(Region.values())
			.map((region) -> Option.keyed(region.code(), "region." + region.code(), null))
			.toList();
		List<Option> stages = java.util.Arrays.stream(Stage.values())
			.map((stage) -> Option.keyed(stage.code(), "enum.stage." + stage.code(), null))
			.toList();
		List<Option> forms = java.util.Arrays.stream(ActivityForm.values())
			.map((form) -> Option.keyed(form.code(), "pacm.form." + form.code(), null))
			.toList();
		List<Option> origins = java.util.Arrays.stream(Origin.values())
			.map((origin) -> Option.keyed(origin.code(), "overview.pacm.origin." + origin.code(), null))
			.toList();
		Map<String, Option> sectors = new java.util.LinkedHashMap<>();
		types.forEach((type) -> sectors.putIfAbsent(type.getSector().getCode(),
				Option.named(type.getSector().getCode(), type.getSector().name(locale), null)));
		List<Option> activityTypes = types.stream()
			.map((type) -> Option.named(type.getCode(), type.getSector().name(locale) + " · " + type.name(locale), null))
			.toList();
		List<Option> sorts = java.util.Arrays.stream(PipelineQuery.Sort.values())
			.map((sort) -> Option.keyed(sort.key(), "overview.pacm.sort." + sort.key(), null))
			.toList();
		return new Filters(countryOptions, regions, stages, forms, origins, List.copyOf(sectors.values()),
				activityTypes, sorts);
	}

	/**
	 * The page.
	 * @param query what was asked
	 * @param pager which rows
	 * @param activities the page's activities, in order
	 * @param country the country filtered on, if any
	 * @param countries every country, by upper-case alpha-2 code (the rows' hosts)
	 * @param summary the matching activities at a glance
	 * @param filters the filters' choices
	 * @param map the world map
	 */
	public record Page(PipelineQuery query, Pager pager, List<PacmActivity> activities, @Nullable Country country,
			Map<String, Country> countries, Summary summary, Filters filters, WorldMap.View map) {
	}

	/**
	 * The matching activities at a glance.
	 * @param activities how many
	 * @param hosts how many host Parties (their own hosts)
	 * @param reductions their expected reductions per year, added up
	 * @param stages how many at each stage, in the pipeline's order, stages with none left out
	 * @param origins how many CDM transitions and new activities
	 * @param regions by their host's region, with expected reductions
	 */
	public record Summary(long activities, long hosts, BigDecimal reductions, Map<Stage, Long> stages,
			Map<Origin, Long> origins, RegionSummary regions) {

		public long transitions() {
			return this.origins.getOrDefault(Origin.CDM_TRANSITION, 0L);
		}

		public long newActivities() {
			return this.origins.getOrDefault(Origin.NEW_ACTIVITY, 0L);
		}

	}

	/** The filters' choices, each in the visitor's language. */
	public record Filters(List<Option> countries, List<Option> regions, List<Option> stages, List<Option> forms,
			List<Option> origins, List<Option> sectors, List<Option> activityTypes, List<Option> sorts) {
	}

}
