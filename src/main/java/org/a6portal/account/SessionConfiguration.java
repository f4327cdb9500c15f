package org.a6portal.account;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * Editors' sessions in PostgreSQL (Spring Session JDBC; the tables come from {@code V5__editor_sessions.sql},
 * expired rows are deleted on {@code spring.session.jdbc.cleanup-cron}). Parallel requests of one session may each
 * add the same attribute (a flash message): PostgreSQL's upsert turns the second insert into an update instead of a
 * duplicate-key error, which answered 500 after the work was done.
 */
@Configuration(proxyBeanMethods = false)
class SessionConfiguration {

	@Bean
	PostgreSqlJdbcIndexedSessionRepositoryCustomizer sessionAttributesUpsert() {
		return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
	}

}
