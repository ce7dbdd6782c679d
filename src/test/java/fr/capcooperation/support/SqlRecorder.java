package fr.capcooperation.support;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Records the SQL that the test's own thread sends to the database, for tests that assert what
 * one request costs. Import it with {@code @Import(SqlRecorder.Configuration.class)}.
 */
public final class SqlRecorder {

	private final List<String> statements = new CopyOnWriteArrayList<>();
	private volatile Thread recorded;

	/** Starts recording the statements of the calling thread, forgetting earlier ones. */
	public void start() {
		statements.clear();
		recorded = Thread.currentThread();
	}

	/** The statements recorded since {@link #start()}, in order. */
	public List<String> stop() {
		recorded = null;
		return new ArrayList<>(statements);
	}

	private void record(String sql) {
		if (Thread.currentThread() == recorded) {
			statements.add(sql.strip().replaceAll("\\s+", " "));
		}
	}

	private DataSource wrap(DataSource dataSource) {
		return (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] { DataSource.class },
				forward(dataSource, (method, args, result) -> method.getName().equals("getConnection")
						? wrap((Connection) result) : result));
	}

	private Connection wrap(Connection connection) {
		return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] { Connection.class },
				forward(connection, (method, args, result) -> {
					if ((method.getName().equals("prepareStatement") || method.getName().equals("prepareCall"))
							&& args != null && args[0] instanceof String sql) {
						record(sql);
					}
					return result;
				}));
	}

	private interface After {

		Object apply(Method method, Object[] args, Object result);
	}

	private static InvocationHandler forward(Object target, After after) {
		return (proxy, method, args) -> {
			try {
				return after.apply(method, args, method.invoke(target, args));
			}
			catch (InvocationTargetException ex) {
				throw ex.getCause();
			}
		};
	}

	/** Wraps the application's data source so that the recorder sees every statement prepared. */
	@TestConfiguration(proxyBeanMethods = false)
	public static class Configuration {

		@Bean
		SqlRecorder sqlRecorder() {
			return new SqlRecorder();
		}

		@Bean
		static BeanPostProcessor recordingDataSource(ObjectProvider<SqlRecorder> recorder) {
			return new BeanPostProcessor() {
				@Override
				public Object postProcessAfterInitialization(Object bean, String name) {
					return bean instanceof DataSource dataSource ? recorder.getObject().wrap(dataSource) : bean;
				}
			};
		}
	}
}
