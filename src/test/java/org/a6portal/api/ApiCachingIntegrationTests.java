package org.a6portal.api;

import org.a6portal.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class ApiCachingIntegrationTests {

	@Autowired
	private MockMvcTester mvc;

	@Test
	void jsonAndCsvAnswersCarryValidatorsAndAnswerConditionalRequestsWith304() {
		for (String uri : new String[] { "/api/v1/countries/pe", "/api/v1/cooperative-approaches.csv?country=PE" }) {
			MvcTestResult first = this.mvc.get().uri(uri).exchange();
			assertThat(first).hasStatusOk();
			String etag = first.getResponse().getHeader("ETag");
			String lastModified = first.getResponse().getHeader("Last-Modified");
			assertThat(etag).as(uri).isNotBlank();
			assertThat(lastModified).as(uri).isNotBlank();
			assertThat(this.mvc.get().uri(uri).header("If-None-Match", etag)).hasStatus(HttpStatus.NOT_MODIFIED);
			assertThat(this.mvc.get().uri(uri).header("If-Modified-Since", lastModified)).hasStatus(HttpStatus.NOT_MODIFIED);
		}
	}

	@Test
	void differentQueriesHaveDifferentValidators() {
		String all = this.mvc.get().uri("/api/v1/cooperative-approaches").exchange().getResponse().getHeader("ETag");
		String peru = this.mvc.get().uri("/api/v1/cooperative-approaches?country=PE").exchange().getResponse().getHeader("ETag");
		assertThat(all).isNotEqualTo(peru);
	}

}
