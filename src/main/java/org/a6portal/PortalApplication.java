package org.a6portal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The Article 6 country profile portal.
 */
@SpringBootApplication
public class PortalApplication {

	public static void main(String[] args) {
		SpringApplication application = new SpringApplication(PortalApplication.class);
		application.setDefaultProperties(DockerComposeSwitch.defaults(System.getenv(), Path.of("/var/run/docker.sock")));
		application.run(args);
	}

	/**
	 * Boot's Docker Compose support fails start-up when no Docker engine answers, and a {@code docker} client on
	 * the PATH says nothing about an engine. So Compose is switched on only where an engine socket or
	 * {@code DOCKER_HOST} exists and the database was not named explicitly. These are default properties:
	 * {@code spring.docker.compose.enabled} set anywhere else wins.
	 */
	static final class DockerComposeSwitch {

		private DockerComposeSwitch() {
		}

		static Map<String, Object> defaults(Map<String, String> environment, Path dockerSocket) {
			boolean engine = environment.containsKey("DOCKER_HOST") || Files.exists(dockerSocket);
			boolean databaseNamed = environment.containsKey("SPRING_DATASOURCE_URL");
			return Map.of("spring.docker.compose.enabled", String.valueOf(engine && !databaseNamed));
		}

	}

}
