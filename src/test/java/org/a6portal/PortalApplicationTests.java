package org.a6portal;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class PortalApplicationTests {

	@TempDir
	Path directory;

	@Test
	void dockerComposeIsOffWithoutADockerEngine() {
		Map<String, Object> defaults = PortalApplication.DockerComposeSwitch.defaults(Map.of(), this.directory.resolve("none.sock"));
		assertThat(defaults).containsEntry("spring.docker.compose.enabled", "false");
	}

	@Test
	void dockerComposeIsOnWhereAnEngineAnswers() {
		Map<String, Object> defaults = PortalApplication.DockerComposeSwitch.defaults(Map.of("DOCKER_HOST", "tcp://localhost:2375"),
				this.directory.resolve("none.sock"));
		assertThat(defaults).containsEntry("spring.docker.compose.enabled", "true");
	}

	@Test
	void dockerComposeIsOffWhenTheDatabaseIsNamed() {
		Map<String, Object> defaults = PortalApplication.DockerComposeSwitch.defaults(
				Map.of("DOCKER_HOST", "tcp://localhost:2375", "SPRING_DATASOURCE_URL", "jdbc:postgresql://db/portal"),
				this.directory.resolve("none.sock"));
		assertThat(defaults).containsEntry("spring.docker.compose.enabled", "false");
	}

}
