package org.a6portal.overview;

import java.net.URI;
import java.util.List;

import org.a6portal.api.ApiResults;
import org.a6portal.support.Pages;
import org.jsoup.nodes.Document;
import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the tests of the overview pages /ndc-targets, /initial-reports and /capacity-building share: reading a page,
 * and checking that it shows the same records as the API list and CSV with the page's own query string.
 */
public final class OverviewPages {

	private OverviewPages() {
	}

	public static Document page(MockMvcTester mvc, String uri) {
		MvcTestResult result = mvc.get().uri(URI.create(uri)).exchange();
		assertThat(result).as(uri).hasStatusOk();
		return Pages.html(result);
	}

	public static Document badRequest(MockMvcTester mvc, String uri) {
		MvcTestResult result = mvc.get().uri(URI.create(uri)).exchange();
		assertThat(result).as(uri).hasStatus(HttpStatus.BAD_REQUEST);
		return Pages.html(result);
	}

	/**
	 * The page's JSON and CSV links are the API's list with the page's filters, and the API answers with the records
	 * the page lists (all on one page here).
	 * @param rowIds the ids of the page's rows, in its order
	 */
	public static void sameRecordsAsTheApi(MockMvcTester mvc, Document page, String api, List<String> rowIds) {
		// links write a space as "+", which a servlet container reads as a space and MockMvc's URI does not
		String json = page.select(".overview-data a[type=application/json]").attr("href").replace("+", "%20");
		String csv = page.select(".overview-data a[type=text/csv]").attr("href").replace("+", "%20");
		assertThat(json).startsWith(api);
		assertThat(csv).startsWith(api + ".csv");
		assertThat(csv.substring((api + ".csv").length())).isEqualTo(json.substring(api.length()));
		JsonNode list = ApiResults.json(mvc.get().uri(URI.create(json + (json.contains("?") ? "&" : "?") + "size=200")).exchange());
		assertThat(list.at("/page/totalElements").asLong()).as(json).isEqualTo(rowIds.size());
		assertThat(ApiResults.ids(list)).as(json).containsExactlyInAnyOrderElementsOf(rowIds);
		assertThat(ApiResults.csv(mvc.get().uri(URI.create(csv)).exchange()).column("id")).as(csv)
			.containsExactlyInAnyOrderElementsOf(rowIds);
	}

}
