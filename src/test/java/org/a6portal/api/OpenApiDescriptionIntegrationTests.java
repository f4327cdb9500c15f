package org.a6portal.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.a6portal.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI description at {@code /api/v1/openapi.json} against what the API answers: every path it lists answers,
 * and JSON answers have the properties its schemas require, with the types and codes they declare.
 */
@IntegrationTest
class OpenApiDescriptionIntegrationTests {

	/** A valid request for each path the description lists. */
	private static final Map<String, String> EXAMPLES = Map.ofEntries(Map.entry("/api/v1/countries", "/api/v1/countries"),
			Map.entry("/api/v1/countries.csv", "/api/v1/countries.csv"),
			Map.entry("/api/v1/countries/{code}", "/api/v1/countries/pe"),
			Map.entry("/api/v1/countries/{code}.csv", "/api/v1/countries/pe.csv"),
			Map.entry("/api/v1/cooperative-approaches", "/api/v1/cooperative-approaches?country=PE"),
			Map.entry("/api/v1/cooperative-approaches.csv", "/api/v1/cooperative-approaches.csv?country=PE"),
			Map.entry("/api/v1/pacm-activities", "/api/v1/pacm-activities"),
			Map.entry("/api/v1/pacm-activities.csv", "/api/v1/pacm-activities.csv"),
			Map.entry("/api/v1/ndc-targets", "/api/v1/ndc-targets?country=PE"),
			Map.entry("/api/v1/ndc-targets.csv", "/api/v1/ndc-targets.csv"),
			Map.entry("/api/v1/ndc-targets/{slug}", "/api/v1/ndc-targets/ndc-pe-2025"),
			Map.entry("/api/v1/ndc-targets/{slug}.csv", "/api/v1/ndc-targets/ndc-pe-2025.csv"),
			Map.entry("/api/v1/capacity-building-projects", "/api/v1/capacity-building-projects"),
			Map.entry("/api/v1/capacity-building-projects.csv", "/api/v1/capacity-building-projects.csv"),
			Map.entry("/api/v1/cooperative-approaches/{slug}", "/api/v1/cooperative-approaches/ca-ch-pe"),
			Map.entry("/api/v1/cooperative-approaches/{slug}.csv", "/api/v1/cooperative-approaches/ca-ch-pe.csv"),
			Map.entry("/api/v1/pacm-activities/{slug}", "/api/v1/pacm-activities/unepccc-row-534"),
			Map.entry("/api/v1/pacm-activities/{slug}.csv", "/api/v1/pacm-activities/unepccc-row-534.csv"),
			Map.entry("/api/v1/initial-reports", "/api/v1/initial-reports"),
			Map.entry("/api/v1/initial-reports.csv", "/api/v1/initial-reports.csv"),
			Map.entry("/api/v1/initial-reports/{slug}", "/api/v1/initial-reports/ir-gh-1"),
			Map.entry("/api/v1/initial-reports/{slug}.csv", "/api/v1/initial-reports/ir-gh-1.csv"));

	@Autowired
	private MockMvcTester mvc;

	@Test
	void descriptionIsOpenApi31AndListsEveryEndpoint() {
		JsonNode description = description();
		assertThat(description.get("openapi").asString()).startsWith("3.1");
		assertThat(description.get("paths").propertyNames()).containsExactlyInAnyOrderElementsOf(EXAMPLES.keySet());
	}

	@Test
	void everyPathAnswersItsExampleWithTheDeclaredContentType() {
		JsonNode paths = description().get("paths");
		for (String path : paths.propertyNames()) {
			JsonNode ok = paths.get(path).at("/get/responses/200/content");
			assertThat(ok.isObject()).as(path).isTrue();
			String declared = ok.propertyNames().iterator().next();
			MvcTestResult result = this.mvc.get().uri(EXAMPLES.get(path)).exchange();
			assertThat(result).as(path).hasStatusOk().hasContentTypeCompatibleWith(MediaType.parseMediaType(declared));
		}
	}

	@Test
	void jsonAnswersMatchTheirSchemas() {
		JsonNode description = description();
		for (String path : description.get("paths").propertyNames()) {
			JsonNode schema = description.at(pointer(path) + "/get/responses/200/content/application~1json/schema");
			if (schema.isMissingNode()) {
				continue;
			}
			JsonNode answer = ApiResults.json(this.mvc.get().uri(EXAMPLES.get(path)).exchange());
			List<String> problems = new ArrayList<>();
			new SchemaCheck(description).check(schema, answer, path, problems);
			assertThat(problems).as(path).isEmpty();
		}
	}

	@Test
	void countryDetailHasEveryRequiredPropertyOfItsSchema() {
		JsonNode description = description();
		JsonNode schema = description.at(pointer("/api/v1/countries/{code}") + "/get/responses/200/content/application~1json/schema");
		assertThat(schema.get("$ref").asString()).endsWith("/CountryRepresentation");
		JsonNode model = description.at("/components/schemas/CountryRepresentation");
		List<String> required = model.get("required").values().stream().map(JsonNode::asString).toList();
		assertThat(required).contains("id", "name", "sections", "lastUpdated", "links");
		assertThat(description.at("/components/schemas/CountrySections/required").values().stream().map(JsonNode::asString))
			.containsExactlyInAnyOrder("cooperativeApproaches", "pacmActivities", "sectorBreakdown", "ndcVersions",
					"sustainableDevelopment", "capacityBuildingProjects");
		JsonNode peru = ApiResults.json(this.mvc.get().uri("/api/v1/countries/pe").exchange());
		assertThat(peru.propertyNames()).containsAll(required);
		assertThat(description.at("/components/schemas/CooperativeApproachRepresentation/properties/status/enum").values()
			.stream()
			.map(JsonNode::asString)).contains("mou_signed", "first_transfer");
	}

	@Test
	void filtersListTheirCodesAndPagingItsRange() {
		JsonNode parameters = description().at(pointer("/api/v1/cooperative-approaches") + "/get/parameters");
		Map<String, JsonNode> byName = new java.util.HashMap<>();
		parameters.values().forEach((parameter) -> byName.put(parameter.get("name").asString(), parameter));
		assertThat(byName).containsOnlyKeys("country", "role", "status", "instrument", "year", "page", "size");
		assertThat(byName.get("status").at("/schema/enum").values().stream().map(JsonNode::asString)).contains("in_force");
		assertThat(byName.get("size").at("/schema/maximum").asInt()).isEqualTo(200);
		assertThat(byName.get("size").at("/schema/default").asInt()).isEqualTo(50);
	}

	private JsonNode description() {
		MvcTestResult result = this.mvc.get().uri("/api/v1/openapi.json").exchange();
		assertThat(result).hasStatusOk().hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON);
		return ApiResults.json(result);
	}

	private static String pointer(String path) {
		return "/paths/" + path.replace("~", "~0").replace("/", "~1");
	}

	/**
	 * Enough of JSON Schema for the API's own schemas: $ref, type (with null), required, properties, items, enum,
	 * anyOf.
	 */
	private record SchemaCheck(JsonNode description) {

		void check(JsonNode schema, JsonNode value, String at, List<String> problems) {
			if (schema.has("$ref")) {
				String ref = schema.get("$ref").asString();
				check(this.description.at(ref.substring(1)), value, at, problems);
				return;
			}
			if (schema.has("anyOf")) {
				boolean any = schema.get("anyOf").values().stream().anyMatch((option) -> {
					List<String> found = new ArrayList<>();
					check(option, value, at, found);
					return found.isEmpty();
				});
				if (!any) {
					problems.add(at + ": matches none of anyOf");
				}
				return;
			}
			List<String> types = types(schema);
			if (!types.isEmpty() && types.stream().noneMatch((type) -> is(type, value))) {
				problems.add(at + ": " + value + " is not " + types);
				return;
			}
			if (schema.has("enum") && schema.get("enum").values().stream().noneMatch(value::equals)) {
				problems.add(at + ": " + value + " is not one of " + schema.get("enum"));
			}
			if (value.isObject()) {
				for (JsonNode name : schema.path("required").values()) {
					if (!value.has(name.asString())) {
						problems.add(at + ": missing required " + name.asString());
					}
				}
				schema.path("properties").properties().forEach((property) -> {
					if (value.has(property.getKey())) {
						check(property.getValue(), value.get(property.getKey()), at + "." + property.getKey(), problems);
					}
				});
			}
			if (value.isArray() && schema.has("items")) {
				int i = 0;
				for (JsonNode item : value.values()) {
					check(schema.get("items"), item, at + "[" + i++ + "]", problems);
				}
			}
		}

		private static List<String> types(JsonNode schema) {
			JsonNode type = schema.get("type");
			if (type == null) {
				return List.of();
			}
			return type.isArray() ? type.values().stream().map(JsonNode::asString).toList() : List.of(type.asString());
		}

		private static boolean is(String type, JsonNode value) {
			return switch (type) {
				case "null" -> value.isNull();
				case "string" -> value.isString();
				case "integer" -> value.isIntegralNumber();
				case "number" -> value.isNumber();
				case "boolean" -> value.isBoolean();
				case "array" -> value.isArray();
				case "object" -> value.isObject();
				default -> false;
			};
		}

	}

}
