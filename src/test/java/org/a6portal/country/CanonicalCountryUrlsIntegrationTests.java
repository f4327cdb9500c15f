package org.a6portal.country;

import java.util.List;

import org.a6portal.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One canonical-URL rule for every public route that names a country: the profile, its embeds, its feed, its share
 * image and the API's country in JSON and CSV all answer the lower-case alpha-2 code and redirect every other name.
 */
@IntegrationTest
class CanonicalCountryUrlsIntegrationTests {

	private static final List<String> ROUTES = List.of("/countries/%s", "/countries/%s/preview.png",
			"/countries/%s/changes.atom", "/embed/countries/%s", "/embed/countries/%s/sectors", "/api/v1/countries/%s",
			"/api/v1/countries/%s.csv");

	@Autowired
	private MockMvcTester mvc;

	@Test
	void everyCountryRouteRedirectsEveryOtherNameToTheLowerCaseAlpha2CodeKeepingTheQuery() {
		for (String route : ROUTES) {
			assertThat(this.mvc.get().uri(route.formatted("pe"))).as(route).hasStatusOk();
			for (String alias : List.of("PE", "Pe", "per", "PER", "peru", "Peru")) {
				assertThat(this.mvc.get().uri(route.formatted(alias) + "?lang=es&utm_source=x"))
					.as(route.formatted(alias))
					.hasStatus(HttpStatus.MOVED_PERMANENTLY)
					.hasHeader("Location", route.formatted("pe") + "?lang=es&utm_source=x");
			}
		}
	}

	@Test
	void anUnknownCountryIsNotFoundOnEveryRoute() {
		for (String route : ROUTES) {
			assertThat(this.mvc.get().uri(route.formatted("zz"))).as(route).hasStatus(HttpStatus.NOT_FOUND);
		}
	}

}
