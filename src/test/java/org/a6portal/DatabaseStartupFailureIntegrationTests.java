package org.a6portal;

import java.sql.DriverManager;
import java.sql.SQLException;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.a6portal.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * What the test database's own server says when the database or the role is missing, turned into the action that
 * fits: the server is up, so "start PostgreSQL" would be wrong.
 */
@IntegrationTest
class DatabaseStartupFailureIntegrationTests {

	@Autowired
	private DataSource dataSource;

	@Test
	void aDatabaseTheServerDoesNotHaveIsToBeCreated() throws SQLException {
		HikariDataSource hikari = this.dataSource.unwrap(HikariDataSource.class);
		String url = otherDatabase(hikari.getJdbcUrl(), "a6portal_no_such_database");
		SQLException refused = connect(url, hikari.getUsername(), hikari.getPassword());
		assertThat(refused.getSQLState()).isEqualTo("3D000");
		FailureAnalysis analysis = analyzer(url, hikari.getUsername()).analyze(new IllegalStateException(refused));
		assertThat(analysis.getDescription()).startsWith("The database server answers, but the database named in " + url
				+ " does not exist");
		assertThat(analysis.getAction()).startsWith("Create it (createdb a6portal_no_such_database,");
	}

	@Test
	void aRoleTheServerDoesNotKnowIsToBeNamedCorrectly() throws SQLException {
		HikariDataSource hikari = this.dataSource.unwrap(HikariDataSource.class);
		SQLException refused = connect(hikari.getJdbcUrl(), "a6portal_no_such_role", "no such password");
		assertThat(refused.getSQLState()).startsWith("28");
		FailureAnalysis analysis = analyzer(hikari.getJdbcUrl(), "a6portal_no_such_role")
			.analyze(new IllegalStateException(refused));
		assertThat(analysis.getDescription()).contains("refuses the user \"a6portal_no_such_role\"");
		assertThat(analysis.getAction()).startsWith("Set SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD");
	}

	private static DatabaseStartupFailureAnalyzer analyzer(String url, String username) {
		return new DatabaseStartupFailureAnalyzer(new MockEnvironment().withProperty("spring.datasource.url", url)
			.withProperty("spring.datasource.username", username));
	}

	private static SQLException connect(String url, String username, String password) {
		return catchThrowableOfType(SQLException.class,
				() -> DriverManager.getConnection(url, username, (password != null) ? password : "").close());
	}

	/** The same server, another database: jdbc:postgresql://host:port/name?options. */
	private static String otherDatabase(String url, String name) {
		int path = url.indexOf('/', url.indexOf("//") + 2);
		int options = url.indexOf('?', path);
		return url.substring(0, path + 1) + name + ((options >= 0) ? url.substring(options) : "");
	}

}
