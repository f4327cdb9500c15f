package org.a6portal.pagecache;

import java.util.List;

import org.a6portal.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every public GET carries validators and cache headers through one mechanism, and answers conditional requests
 * with a 304; error answers are never public.
 */
@IntegrationTest
class PublicValidatorsIntegrationTests {

	private static final List<String> PUBLIC = List.of("/", "/countries", "/countries?q=an", "/countries/pe",
			"/countries/pe/preview.png", "/countries/pe/changes.atom", "/feeds/changes.atom", "/embed/countries/pe",
			"/embed/countries/pe/sectors", "/capacity-building/cb-iaa6", "/sitemap.xml", "/robots.txt", "/preview.png",
			"/api", "/api/v1/countries", "/api/v1/countries/pe", "/api/v1/countries/pe.csv",
			"/api/v1/cooperative-approaches.csv?country=PE", "/api/v1/openapi.json",
			// a record's own resources (issue 12): stamped with the record's last public change
			"/api/v1/cooperative-approaches/ca-ch-pe", "/api/v1/cooperative-approaches/ca-ch-pe.csv",
			"/api/v1/pacm-activities/unepccc-row-534", "/api/v1/initial-reports", "/api/v1/initial-reports/ir-gh-1.csv",
			"/cooperative-approaches/ca-ch-pe/changes.atom", "/embed/cooperative-approaches/ca-ch-pe",
			"/embed/pacm-activities/unepccc-row-534", "/embed/initial-reports/ir-gh-1");

	@Autowired
	private MockMvcTester mvc;

	@Test
	void everyPublicGetCarriesValidatorsAndAnswersConditionalRequestsWith304() {
		for (String uri : PUBLIC) {
			MvcTestResult first = this.mvc.get().uri(uri).exchange();
			assertThat(first).as(uri).hasStatusOk();
			String etag = first.getResponse().getHeader("ETag");
			String lastModified = first.getResponse().getHeader("Last-Modified");
			assertThat(etag).as(uri).isNotBlank();
			assertThat(lastModified).as(uri).isNotBlank();
			assertThat(first.getResponse().getHeader("Cache-Control")).as(uri).contains("public");
			assertThat(first.getResponse().getHeaders("Vary")).as(uri).contains("Accept-Language");
			assertThat(this.mvc.get().uri(uri).header("If-None-Match", "\"other\", " + etag)).as(uri)
				.hasStatus(HttpStatus.NOT_MODIFIED);
			assertThat(this.mvc.get().uri(uri).header("If-Modified-Since", lastModified)).as(uri)
				.hasStatus(HttpStatus.NOT_MODIFIED);
		}
	}

	@Test
	void errorAnswersAreNeverPublic() {
		for (String uri : List.of("/countries/zz", "/embed/countries/pe/no-such-section",
				"/capacity-building/no-such-project", "/countries?q=" + "x".repeat(101),
				"/api/v1/cooperative-approaches?page=x", "/api/v1/countries/zz", "/no-such-page",
				"/api/v1/cooperative-approaches/CA-CH-PE", "/api/v1/initial-reports/no-such-report",
				"/embed/pacm-activities/no-such-activity", "/initial-reports/no-such-report/changes.atom")) {
			MvcTestResult result = this.mvc.get().uri(uri).exchange();
			assertThat(result.getResponse().getStatus()).as(uri).isBetween(400, 499);
			assertThat(result.getResponse().getHeader("Cache-Control")).as(uri).isEqualTo("no-store");
		}
	}

	@Test
	void everyAnswerCarriesAPermissionsPolicy() {
		for (String uri : List.of("/countries/pe", "/embed/countries/pe", "/api/v1/countries/pe", "/countries/zz")) {
			assertThat(this.mvc.get().uri(uri).exchange().getResponse().getHeader("Permissions-Policy")).as(uri)
				.contains("camera=()", "geolocation=()", "microphone=()");
		}
	}

}
