package org.a6portal.api.ndc;

import org.a6portal.api.ApiResults;
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
 * {@code /api/v1/ndc-targets} and its CSV twin against the seed data (44 targets of 18 Parties).
 */
@IntegrationTest
class NdcTargetApiIntegrationTests {

	@Autowired
	private MockMvcTester mvc;

	@Test
	void listHasEveryPublishedTargetWithItsNdcVersion() {
		JsonNode list = list("/api/v1/ndc-targets?size=10");
		assertThat(list.at("/page/totalElements").asInt()).isEqualTo(44);
		assertThat(list.at("/page/totalPages").asInt()).isEqualTo(5);
		JsonNode first = list.at("/items/0");
		assertThat(first.at("/country/code").asString()).isEqualTo("bd");
		assertThat(first.at("/ndc/label").asString()).isNotBlank();
		assertThat(first.at("/ndc/versionYear").isInt()).isTrue();
	}

	@Test
	void peruHasFiveTargetsCurrentNdcFirst() {
		JsonNode peru = list("/api/v1/ndc-targets?country=PE");
		assertThat(ApiResults.ids(peru)).hasSize(5).startsWith("ndc-pe-2025-absolute-2035-unstated",
				"ndc-pe-2020-absolute-2030-unconditional", "ndc-pe-2020-absolute-2030-conditional");
		JsonNode current = peru.at("/items/0");
		assertThat(current.at("/ndc/current").asBoolean()).isTrue();
		assertThat(current.at("/ndc/id").asString()).isEqualTo("ndc-pe-2025");
		assertThat(current.get("conditional").isNull()).isTrue();
		assertThat(current.get("netZeroYear").asInt()).isEqualTo(2050);
		JsonNode conditional = peru.at("/items/2");
		assertThat(conditional.get("conditional").asBoolean()).isTrue();
		assertThat(conditional.get("netZeroYear").asInt()).isEqualTo(2050);
		assertThat(conditional.at("/ndc/current").asBoolean()).isFalse();
		assertThat(conditional.get("lulucf").asString()).isIn("included", "excluded", "unknown");
		assertThat(list("/api/v1/ndc-targets?country=PE&targetType=bau").get("items").size()).isEqualTo(2);
	}

	@Test
	void unknownTargetTypeIsABadRequest() {
		MvcTestResult result = this.mvc.get().uri("/api/v1/ndc-targets?targetType=percent").exchange();
		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(ApiResults.json(result).get("allowedValues").values().stream().map(JsonNode::asString))
			.containsExactly("bau", "base_year", "absolute", "intensity", "net_zero", "other");
	}

	@Test
	void csvHasTheSameRowsAsTheList() {
		MvcTestResult result = this.mvc.get().uri("/api/v1/ndc-targets.csv").exchange();
		assertThat(result).hasStatusOk().hasHeader("Content-Type", "text/csv;charset=UTF-8");
		ApiResults.Csv csv = ApiResults.csv(result);
		assertThat(csv.header()).startsWith("id", "country", "ndc_label").contains("target_type", "reduction_pct", "source_url");
		assertThat(csv.rows()).hasSize(44);
		assertThat(csv.column("id")).isEqualTo(ApiResults.ids(list("/api/v1/ndc-targets?size=200")));
	}

	private JsonNode list(String uri) {
		MvcTestResult result = this.mvc.get().uri(uri).exchange();
		assertThat(result).as(uri).hasStatusOk().hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON);
		return ApiResults.json(result);
	}

}
