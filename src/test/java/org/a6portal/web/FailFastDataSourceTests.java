package org.a6portal.web;

import java.net.ServerSocket;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real connection pool aimed at a port where no PostgreSQL listens: within one request, only the first attempt
 * waits for the pool; outside requests every attempt does.
 */
class FailFastDataSourceTests {

	private HikariDataSource pool;

	@BeforeEach
	void poolWithoutADatabase() throws Exception {
		int closedPort;
		try (ServerSocket socket = new ServerSocket(0)) {
			closedPort = socket.getLocalPort();
		}
		this.pool = new HikariDataSource();
		this.pool.setJdbcUrl("jdbc:postgresql://127.0.0.1:" + closedPort + "/nothing");
		this.pool.setConnectionTimeout(250);
		this.pool.setInitializationFailTimeout(-1);
	}

	@AfterEach
	void close() {
		this.pool.close();
	}

	@Test
	void withinARequestOnlyTheFirstAttemptWaitsForThePool() throws Exception {
		FailFastDataSource dataSource = new FailFastDataSource(this.pool);
		List<String> failures = new ArrayList<>();
		FailFastDataSource.request(() -> {
			for (int i = 0; i < 3; i++) {
				try {
					dataSource.getConnection().close();
				}
				catch (SQLException ex) {
					failures.add(ex.getMessage());
					assertThat(DatabaseOutage.causedBy(ex)).isTrue();
				}
			}
		});
		assertThat(failures).hasSize(3);
		assertThat(failures.get(0)).contains("Connection is not available, request timed out");
		assertThat(failures.subList(1, 3)).containsOnly("The database could not be reached earlier in this request");
	}

	@Test
	void outsideRequestsEveryAttemptAsksThePool() {
		FailFastDataSource dataSource = new FailFastDataSource(this.pool);
		for (int i = 0; i < 2; i++) {
			try {
				dataSource.getConnection().close();
			}
			catch (SQLException ex) {
				assertThat(ex.getMessage()).contains("Connection is not available, request timed out");
			}
		}
	}

}
