package fr.capcooperation;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@EnableScheduling
public class CapCooperationApplication {

	public static void main(String[] args) {
		SpringApplication.run(CapCooperationApplication.class, args);
	}
}
