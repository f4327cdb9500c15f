package org.a6portal.api.guide;

import java.util.ArrayList;
import java.util.List;

import org.a6portal.api.Codes;
import org.a6portal.api.CsvColumn;
import org.a6portal.api.Paging;
import org.a6portal.api.capacitybuilding.CapacityBuildingProjectCsv;
import org.a6portal.api.cooperation.CooperativeApproachCsv;
import org.a6portal.api.country.CountryCsv;
import org.a6portal.api.initialreport.InitialReportCsv;
import org.a6portal.api.ndc.NdcTargetCsv;
import org.a6portal.api.pacm.PacmActivityCsv;
import org.a6portal.cooperation.ApproachStatus;
import org.a6portal.cooperation.Instrument;
import org.a6portal.country.Region;
import org.a6portal.ndc.TargetType;
import org.a6portal.pacm.Origin;
import org.a6portal.pacm.Stage;
import org.a6portal.sustainabledevelopment.ReviewStatus;
import org.jspecify.annotations.Nullable;

/**
 * What the {@code /api} page lists: the endpoints with their filters and allowed codes, and the columns of every CSV
 * download. Paths, parameter names, codes and column names come from here; every sentence from the message bundle.
 *
 * @param endpoints the endpoints, in the page's order
 * @param csvFiles the CSV downloads of the lists, with their columns
 * @param countryCsvRecordTypes the record types of a country's CSV, with the columns each fills
 * @param countryCsvHeader the header of a country's CSV
 * @param maxPageSize the largest page size
 * @param defaultPageSize the page size when none is asked for
 * @param problemExample a problem as the API writes it
 */
record ApiGuide(List<Endpoint> endpoints, List<CsvFile> csvFiles, List<CsvFile> countryCsvRecordTypes,
		List<String> countryCsvHeader, int maxPageSize, int defaultPageSize, String problemExample) {

	static final ApiGuide INSTANCE = build();

	private static ApiGuide build() {
		Filter country = new Filter("country", "api.filter.country.target", List.of());
		List<Endpoint> endpoints = List.of(
				new Endpoint("/api/v1/countries", "api.endpoint.countries",
						List.of(new Filter("region", "api.filter.region", Codes.all(Region.class)),
								new Filter("q", "api.filter.q", List.of())),
						true, "/api/v1/countries?region=latin_america_caribbean", "/api/v1/countries.csv",
						"/api/v1/countries.csv?q=peru"),
				new Endpoint("/api/v1/countries/{code}", "api.endpoint.country", List.of(), false, "/api/v1/countries/pe",
						"/api/v1/countries/{code}.csv", "/api/v1/countries/pe.csv"),
				new Endpoint("/api/v1/cooperative-approaches", "api.endpoint.approaches",
						List.of(new Filter("country", "api.filter.country.party", List.of()),
								new Filter("status", "api.filter.status", Codes.all(ApproachStatus.class)),
								new Filter("instrument", "api.filter.instrument", Codes.all(Instrument.class))),
						true, "/api/v1/cooperative-approaches?country=PE", "/api/v1/cooperative-approaches.csv",
						"/api/v1/cooperative-approaches.csv?country=PE"),
				new Endpoint("/api/v1/pacm-activities", "api.endpoint.pacm",
						List.of(new Filter("country", "api.filter.country.host", List.of()),
								new Filter("stage", "api.filter.stage", Codes.all(Stage.class)),
								new Filter("origin", "api.filter.origin", Codes.all(Origin.class))),
						true, "/api/v1/pacm-activities?origin=cdm_transition", "/api/v1/pacm-activities.csv",
						"/api/v1/pacm-activities.csv?stage=transition_approved"),
				new Endpoint("/api/v1/ndc-targets", "api.endpoint.ndcTargets",
						List.of(country, new Filter("targetType", "api.filter.targetType", Codes.all(TargetType.class))),
						true, "/api/v1/ndc-targets?country=PE", "/api/v1/ndc-targets.csv",
						"/api/v1/ndc-targets.csv?targetType=bau"),
				new Endpoint("/api/v1/ndc-targets/{id}", "api.endpoint.ndcTargetSet", List.of(), false,
						"/api/v1/ndc-targets/ndc-pe-2025", "/api/v1/ndc-targets/{id}.csv",
						"/api/v1/ndc-targets/ndc-pe-2025.csv"),
				new Endpoint("/api/v1/capacity-building-projects", "api.endpoint.capacityBuilding",
						List.of(new Filter("country", "api.filter.country.project", List.of())), true,
						"/api/v1/capacity-building-projects?country=PE", "/api/v1/capacity-building-projects.csv",
						"/api/v1/capacity-building-projects.csv?country=PE"),
				// one record of a kind with a page of its own, and the initial reports (issue 12)
				new Endpoint("/api/v1/cooperative-approaches/{id}", "api.endpoint.approach", List.of(), false,
						"/api/v1/cooperative-approaches/ca-ch-pe", "/api/v1/cooperative-approaches/{id}.csv",
						"/api/v1/cooperative-approaches/ca-ch-pe.csv"),
				new Endpoint("/api/v1/pacm-activities/{id}", "api.endpoint.pacmActivity", List.of(), false,
						"/api/v1/pacm-activities/pacm-mm-10415", "/api/v1/pacm-activities/{id}.csv",
						"/api/v1/pacm-activities/pacm-mm-10415.csv"),
				new Endpoint("/api/v1/initial-reports", "api.endpoint.initialReports",
						List.of(new Filter("country", "api.filter.country.report", List.of()),
								new Filter("reviewStatus", "api.filter.reviewStatus", Codes.all(ReviewStatus.class))),
						true, "/api/v1/initial-reports?country=GH", "/api/v1/initial-reports.csv",
						"/api/v1/initial-reports.csv?reviewStatus=submitted"),
				new Endpoint("/api/v1/initial-reports/{id}", "api.endpoint.initialReport", List.of(), false,
						"/api/v1/initial-reports/ir-gh-1", "/api/v1/initial-reports/{id}.csv",
						"/api/v1/initial-reports/ir-gh-1.csv"));
		List<CsvFile> csvFiles = List.of(new CsvFile("/api/v1/countries.csv", columns(CountryCsv.COLUMNS)),
				new CsvFile("/api/v1/cooperative-approaches.csv", columns(CooperativeApproachCsv.COLUMNS)),
				new CsvFile("/api/v1/pacm-activities.csv", columns(PacmActivityCsv.COLUMNS)),
				new CsvFile("/api/v1/ndc-targets.csv", columns(NdcTargetCsv.COLUMNS)),
				new CsvFile("/api/v1/capacity-building-projects.csv", columns(CapacityBuildingProjectCsv.COLUMNS)),
				new CsvFile("/api/v1/initial-reports.csv", columns(InitialReportCsv.COLUMNS)),
				new CsvFile("/api/v1/pacm-activities/{id}.csv", columns(PacmActivityCsv.DETAIL_COLUMNS)),
				new CsvFile("/api/v1/cooperative-approaches/{id}.csv: itmo_event", columns(CooperativeApproachCsv.EVENT_COLUMNS)));
		List<List<String>> byType = List.of(columns(CooperativeApproachCsv.COLUMNS),
				columns(CooperativeApproachCsv.ACTIVITY_COLUMNS), columns(CooperativeApproachCsv.TRANSFER_COLUMNS),
				columns(PacmActivityCsv.COLUMNS), columns(NdcTargetCsv.COLUMNS), columns(CountryCsv.SD_STATEMENT_COLUMNS),
				columns(CountryCsv.INITIAL_REPORT_COLUMNS), columns(CapacityBuildingProjectCsv.COLUMNS));
		List<CsvFile> recordTypes = new ArrayList<>();
		for (int i = 0; i < CountryCsv.RECORD_TYPES.size(); i++) {
			recordTypes.add(new CsvFile(CountryCsv.RECORD_TYPES.get(i), byType.get(i)));
		}
		List<String> header = new ArrayList<>(List.of("record_type"));
		byType.forEach((columns) -> columns.stream().filter((column) -> !header.contains(column)).forEach(header::add));
		return new ApiGuide(endpoints, csvFiles, List.copyOf(recordTypes), List.copyOf(header), Paging.MAX_SIZE,
				Paging.DEFAULT_SIZE, PROBLEM_EXAMPLE);
	}

	private static List<String> columns(List<? extends CsvColumn<?>> columns) {
		return columns.stream().map(CsvColumn::name).toList();
	}

	private static final String PROBLEM_EXAMPLE = """
			HTTP/1.1 400
			Content-Type: application/problem+json

			{
			  "type": "/api#errors",
			  "title": "Invalid parameter",
			  "status": 400,
			  "detail": "Unknown status 'signed'; status must be one of: under_discussion, mou_signed, agreement_signed, in_force, authorized, first_transfer.",
			  "instance": "/api/v1/cooperative-approaches",
			  "parameter": "status",
			  "value": "signed",
			  "allowedValues": ["under_discussion", "mou_signed", "agreement_signed", "in_force", "authorized", "first_transfer"]
			}""";

	/**
	 * @param path the path, with {@code {code}} where a country code goes
	 * @param summaryKey the message saying what it returns
	 * @param filters its query parameters, other than paging
	 * @param paginated whether it takes {@code page} and {@code size}
	 * @param example a request to try
	 * @param csvPath its CSV twin
	 * @param csvExample a CSV request to try
	 */
	record Endpoint(String path, String summaryKey, List<Filter> filters, boolean paginated, String example,
			@Nullable String csvPath, @Nullable String csvExample) {
	}

	/**
	 * @param name the query parameter
	 * @param descriptionKey the message describing it
	 * @param values the codes it accepts, if a fixed list
	 */
	record Filter(String name, String descriptionKey, List<String> values) {
	}

	/**
	 * @param name the download's path, or a record type
	 * @param columns its columns, in order
	 */
	record CsvFile(String name, List<String> columns) {
	}

}
