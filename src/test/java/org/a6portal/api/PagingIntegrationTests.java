package org.a6portal.api;

import java.util.List;

import org.a6portal.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Paging through the API's lists: a page far beyond any list is a 400 problem naming {@code page}, never an
 * offset that overflows into a 500.
 */
@IntegrationTest
class PagingIntegrationTests {

	private static final List<String> LISTS = List.of("/api/v1/countries", "/api/v1/cooperative-approaches",
			"/api/v1/pacm-activities", "/api/v1/ndc-targets", "/api/v1/capacity-building-projects");

	@Autowired
	private MockMvcTester mvc;

	@Test
	void aPageWhoseOffsetOverflowsIsAPageProblemOnEveryList() {
		for (String list : LISTS) {
			MvcTestResult result = this.mvc.get().uri(list + "?page=99999999").exchange();
			assertThat(result).as(list).hasStatus(HttpStatus.BAD_REQUEST)
				.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
			JsonNode problem = ApiResults.json(result);
			assertThat(problem.get("parameter").asString()).isEqualTo("page");
			assertThat(problem.get("detail").asString()).contains("page must be at most 42949672");
		}
	}

	@Test
	void theLargestPageThatFitsIsBeyondTheLastPage() {
		for (String list : LISTS) {
			MvcTestResult result = this.mvc.get().uri(list + "?page=" + Integer.MAX_VALUE + "&size=1").exchange();
			assertThat(result).as(list).hasStatus(HttpStatus.BAD_REQUEST);
			assertThat(ApiResults.json(result).get("detail").asString()).contains("is beyond the last page");
		}
	}

}
