package fr.capcooperation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Period;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.util.unit.DataSize;

/** The application's settings, bound as Spring binds them: defaults, and the public address without its final slash. */
class CapCoopSettingsTest {

	private static CapCoopSettings bind(Map<String, String> properties) {
		return new Binder(new MapConfigurationPropertySource(properties)).bindOrCreate("capcoop", CapCoopSettings.class);
	}

	@Test
	void every_setting_has_its_default() {
		CapCoopSettings settings = bind(Map.of());
		assertThat(settings.publicUrl()).isEqualTo("http://localhost:8080");
		assertThat(settings.catalog().refreshInterval()).isEqualTo(Duration.ofSeconds(3));
		assertThat(settings.retention()).isEqualTo(Period.ofMonths(12));
		assertThat(settings.admin().initialPassword()).isEmpty();
		assertThat(settings.resultPages().maxSize()).isEqualTo(DataSize.ofMegabytes(32));
		assertThat(settings.maxRequestSize()).isEqualTo(DataSize.ofMegabytes(1));
		assertThat(settings.database().diskReserve()).isEqualTo(DataSize.ofMegabytes(32));
	}

	@Test
	void the_public_address_is_kept_without_its_final_slash() {
		CapCoopSettings settings = bind(Map.of("capcoop.public-url", "https://cap-cooperation.example.org/",
				"capcoop.retention", "P90D", "capcoop.result-pages.max-size", "8MB"));
		assertThat(settings.publicUrl()).isEqualTo("https://cap-cooperation.example.org");
		assertThat(settings.retention()).isEqualTo(Period.ofDays(90));
		assertThat(settings.resultPages().maxSize()).isEqualTo(DataSize.ofMegabytes(8));
	}
}
