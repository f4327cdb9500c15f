package org.a6portal.profile;

import org.a6portal.support.TestDatabase;
import org.a6portal.support.TestEditors;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The compare page on a running server is served from the page cache like the other public pages, one entry per
 * comparison (its {@code c}) and language, other parameters ignored, with the portal's validators. (The set-up of
 * {@code home.HomePageCacheIntegrationTests}, so they share one application context.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "spring.jpa.properties.hibernate.generate_statistics=true")
@Import({ TestDatabase.class, TestEditors.class })
class CountryComparisonCacheIntegrationTests {

	@LocalServerPort
	private int port;

	@Autowired
	private JdbcClient jdbc;

	private final RestClient http = RestClient.builder()
		.requestFactory(new org.springframework.http.client.JdkClientHttpRequestFactory())
		.build();

	@Test
	void eachComparisonIsRenderedOncePerRevision() {
		ResponseEntity<String> first = get("/compare?c=pe,gh");
		String etag = first.getHeaders().getETag();
		assertThat(etag).isNotNull();
		assertThat(first.getHeaders().getFirst(HttpHeaders.LAST_MODIFIED)).isNotNull();
		assertThat(first.getHeaders().getCacheControl()).contains("public");
		// a change made behind the portal's back (no change log entry, so no new revision): a cached comparison keeps
		// showing what it showed, whatever other parameters come with it; one not rendered yet shows the database
		String ghana = this.jdbc.sql("SELECT name_en FROM country WHERE iso2 = 'GH'").query(String.class).single();
		this.jdbc.sql("UPDATE country SET name_en = 'Ghana behind the cache' WHERE iso2 = 'GH'").update();
		try {
			assertThat(get("/compare?c=pe,gh").getBody()).isEqualTo(first.getBody()).doesNotContain("behind the cache");
			assertThat(get("/compare?c=pe,gh&utm_source=newsletter").getBody()).isEqualTo(first.getBody());
			assertThat(get("/compare?c=gh,pe").getBody()).contains("Ghana behind the cache");
		}
		finally {
			this.jdbc.sql("UPDATE country SET name_en = ? WHERE iso2 = 'GH'").param(ghana).update();
		}
		HttpStatusCode notModified = this.http.get()
			.uri("http://localhost:" + this.port + "/compare?c=pe,gh")
			.header(HttpHeaders.IF_NONE_MATCH, etag)
			.retrieve()
			.toBodilessEntity()
			.getStatusCode();
		assertThat(notModified.value()).isEqualTo(304);
	}

	private ResponseEntity<String> get(String path) {
		return this.http.get().uri("http://localhost:" + this.port + path).retrieve().toEntity(String.class);
	}

}
