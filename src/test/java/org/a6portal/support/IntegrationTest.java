package org.a6portal.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * The full application against a real PostgreSQL ({@link TestDatabase}), driven through MockMvc. Every class with
 * this annotation shares one application context. The rendered-page cache is off here, since these tests write
 * inside transactions they roll back; it has tests of its own. So do sessions in PostgreSQL (Spring Session JDBC):
 * MockMvc keeps sessions in its own MockHttpSession, and the running-server tests use the real store.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(properties = { "spring.jpa.properties.hibernate.generate_statistics=true",
		"portal.login.delay-step=PT0.001S", "portal.page-cache.enabled=false",
		"spring.autoconfigure.exclude=org.springframework.boot.session.jdbc.autoconfigure.JdbcSessionAutoConfiguration" })
@AutoConfigureMockMvc
@Import({ TestDatabase.class, TestEditors.class })
public @interface IntegrationTest {

}
