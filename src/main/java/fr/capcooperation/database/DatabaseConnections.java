package fr.capcooperation.database;

import java.util.Locale;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

import com.zaxxer.hikari.HikariDataSource;
import fr.capcooperation.CapCoopSettings;

/**
 * Two settings of the connection pool that must hold whatever URL an operator gives:
 * <ul>
 * <li>an H2 file database commits to its file before a commit returns ({@code WRITE_DELAY=0}):
 * H2's default writes a second later, so that a {@code kill -9} or a full disk lost answers
 * and publications that people had seen confirmed. An explicit {@code WRITE_DELAY} is kept,
 * with a warning;</li>
 * <li>connections that H2 reports closed are evicted ({@link EmbeddedConnectionEviction});</li>
 * <li>once no connection could be had, requests fail at once for a while rather than each
 * waiting the pool's timeout ({@link FailFastConnections}), and none is given while the disk of
 * an H2 file has less than {@code capcoop.database.disk-reserve} free ({@link EmbeddedDiskSpace}).</li>
 * </ul>
 * The timeouts, which an operator may want to tune, are properties ({@code spring.datasource.hikari.*}).
 */
@Component
class DatabaseConnections implements BeanPostProcessor {

	private static final Logger log = LoggerFactory.getLogger(DatabaseConnections.class);

	static final String DURABLE_COMMITS = ";WRITE_DELAY=0";

	private final Environment environment;

	DatabaseConnections(Environment environment) {
		this.environment = environment;
	}

	@Override
	public Object postProcessBeforeInitialization(Object bean, String beanName) {
		if (bean instanceof HikariDataSource pool) {
			if (pool.getExceptionOverrideClassName() == null && pool.getExceptionOverride() == null) {
				pool.setExceptionOverride(new EmbeddedConnectionEviction());
			}
			String url = pool.getJdbcUrl();
			if (url != null && isEmbeddedFile(url)) {
				if (url.toUpperCase(Locale.ROOT).contains(";WRITE_DELAY=")) {
					if (!url.toUpperCase(Locale.ROOT).contains(DURABLE_COMMITS)) {
						log.warn("The H2 URL sets its own WRITE_DELAY: answers confirmed just before a crash may be lost");
					}
				}
				else {
					pool.setJdbcUrl(url + DURABLE_COMMITS);
				}
			}
		}
		return bean;
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof HikariDataSource pool) {
			// bound here, not injected: a bean post-processor starts before the settings bean could
			DataSize reserve = Binder.get(environment)
				.bindOrCreate("capcoop", CapCoopSettings.class)
				.database()
				.diskReserve();
			String url = pool.getJdbcUrl();
			return new FailFastConnections(pool,
					url == null ? Optional.empty() : EmbeddedDiskSpace.of(url, reserve.toBytes()));
		}
		return bean;
	}

	/** An H2 database in a file (not in memory, not on a server). */
	static boolean isEmbeddedFile(String url) {
		String lower = url.toLowerCase(Locale.ROOT);
		return lower.startsWith("jdbc:h2:") && !lower.startsWith("jdbc:h2:mem:") && !lower.startsWith("jdbc:h2:tcp:")
				&& !lower.startsWith("jdbc:h2:ssl:");
	}
}
