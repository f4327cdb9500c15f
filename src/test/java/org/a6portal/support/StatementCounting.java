package org.a6portal.support;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts every SQL statement the pool's connections prepare, whatever issues it (JdbcClient or Hibernate), for tests
 * that hold a page to a fixed number of statements: {@code @Import(StatementCounting.class)}, then
 * {@link #SQL} holds the statements since it was last cleared.
 */
@TestConfiguration(proxyBeanMethods = false)
public class StatementCounting {

	/** The statements prepared since the list was last cleared. */
	public static final List<String> SQL = new CopyOnWriteArrayList<>();

	/** The page cache's revision probe (pagecache.CurrentRevision), run around every request: not a page's cost. */
	public static final String REVISION_PROBE = "SELECT coalesce(max(id), 0) FROM change_log";

	private static final Set<String> PREPARING = Set.of("prepareStatement", "createStatement", "prepareCall");

	/** The statements prepared since the list was cleared, less the page cache's revision probe. */
	public static List<String> pageStatements() {
		return SQL.stream().filter((sql) -> !sql.equals(REVISION_PROBE)).toList();
	}

	@Bean
	static BeanPostProcessor countingDataSource() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				return (bean instanceof DataSource pool && !Proxy.isProxyClass(bean.getClass())) ? counting(pool) : bean;
			}
		};
	}

	private static DataSource counting(DataSource pool) {
		return (DataSource) Proxy.newProxyInstance(StatementCounting.class.getClassLoader(),
				new Class<?>[] { DataSource.class }, (proxy, method, arguments) -> {
					Object result = invoke(pool, method, arguments);
					return (result instanceof Connection connection) ? counting(connection) : result;
				});
	}

	private static Connection counting(Connection connection) {
		return (Connection) Proxy.newProxyInstance(StatementCounting.class.getClassLoader(),
				new Class<?>[] { Connection.class }, (proxy, method, arguments) -> {
					if (PREPARING.contains(method.getName())) {
						SQL.add((arguments != null && arguments.length > 0) ? String.valueOf(arguments[0]) : "(statement)");
					}
					return invoke(connection, method, arguments);
				});
	}

	private static Object invoke(Object target, Method method, Object[] arguments) throws Throwable {
		try {
			return method.invoke(target, arguments);
		}
		catch (InvocationTargetException ex) {
			throw ex.getCause();
		}
	}

}
