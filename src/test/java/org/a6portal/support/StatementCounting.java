package org.a6portal.support;

import java.lang.reflect.InvocationTargetException;
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
 * Counts the SQL statements every connection of the pool prepares, Hibernate's and JdbcClient's alike (Hibernate's
 * statistics see only its own): {@code @Import} it into an {@link IntegrationTest} and read {@link #SQL}.
 */
@TestConfiguration(proxyBeanMethods = false)
public class StatementCounting {

	public static final List<String> SQL = new CopyOnWriteArrayList<>();

	private static final Set<String> PREPARING = Set.of("prepareStatement", "createStatement", "prepareCall");

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

	private static Object invoke(Object target, java.lang.reflect.Method method, Object[] arguments) throws Throwable {
		try {
			return method.invoke(target, arguments);
		}
		catch (InvocationTargetException ex) {
			throw ex.getCause();
		}
	}

}
