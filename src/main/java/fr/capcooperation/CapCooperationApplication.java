package fr.capcooperation;

import java.time.Clock;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@EnableScheduling
@ConfigurationPropertiesScan
public class CapCooperationApplication {

	public static void main(String[] args) {
		SpringApplication.run(CapCooperationApplication.class, args);
	}

	/** The one clock of the application: tests replace it to travel in time. */
	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}
}
