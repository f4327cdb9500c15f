package org.a6portal.home;

import org.a6portal.support.TestDatabase;
import org.a6portal.support.TestEditors;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The home page on a running server is served from the page cache like the other public pages, one entry per
 * measure, with the portal's validators. (The same set-up as pagecache's RenderedPageCacheIntegrationTests, so the
 * two share one application context.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "spring.jpa.properties.hibernate.generate_statistics=true")
@Import({ TestDatabase.class, TestEditors.class })
class HomePageCacheIntegrationTests {

	@LocalServerPort
	private int port;

	@Autowired
	private JdbcClient jdbc;

	// the JDK client: Jetty 11's client is on the test class path (for the Nu HTML Checker), not the one Spring expects
	private final RestClient http = RestClient.builder()
		.requestFactory(new org.springframework.http.client.JdkClientHttpRequestFactory())
		.build();

	@Test
	void homeIsRenderedOncePerMeasureAndRevision() {
		ResponseEntity<String> approaches = get("/?measure=approaches");
		assertThat(approaches.getHeaders().getETag()).isNotNull();
		assertThat(approaches.getHeaders().getFirst(HttpHeaders.LAST_MODIFIED)).isNotNull();
		// a change made behind the portal's back (no change log entry, so no new revision): a cached page keeps
		// showing what it showed, a page not rendered yet shows the database as it is
		String peru = this.jdbc.sql("SELECT name_en FROM country WHERE iso2 = 'PE'").query(String.class).single();
		this.jdbc.sql("UPDATE country SET name_en = 'Peru behind the cache' WHERE iso2 = 'PE'").update();
		try {
			assertThat(get("/?measure=approaches").getBody()).isEqualTo(approaches.getBody()).doesNotContain("behind the cache");
			assertThat(get("/?measure=transitions").getBody()).contains("Peru behind the cache: ");
		}
		finally {
			this.jdbc.sql("UPDATE country SET name_en = ? WHERE iso2 = 'PE'").param(peru).update();
		}
	}

	private ResponseEntity<String> get(String path) {
		return this.http.get().uri("http://localhost:" + this.port + path).retrieve().toEntity(String.class);
	}

}
