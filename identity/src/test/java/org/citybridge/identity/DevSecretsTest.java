package org.citybridge.identity;

import java.util.Properties;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dev client secret and the demo accounts live in {@code application-dev.yml} only: without the
 * {@code dev} profile identity has no secret unless CITYBRIDGE_SERVICE_SECRET gives one.
 */
class DevSecretsTest {

	private static final String SECRET = "citybridge.identity.service-client-secret";

	@Test
	void theDevSecretAndDemoUsersExistOnlyInTheDevProfile() {
		Properties always = yaml("application.yml");
		Properties dev = yaml("application-dev.yml");

		assertThat(always.getProperty(SECRET)).isEqualTo("${CITYBRIDGE_SERVICE_SECRET:}");
		assertThat(always.stringPropertyNames()).noneMatch(name -> name.startsWith("citybridge.identity.users["));
		assertThat(dev.getProperty(SECRET)).isEqualTo("${CITYBRIDGE_SERVICE_SECRET:dev-service-secret}");
		assertThat(dev.stringPropertyNames()).anyMatch(name -> name.startsWith("citybridge.identity.users["));
	}

	private static Properties yaml(String file) {
		YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
		yaml.setResources(new ClassPathResource(file));
		return yaml.getObject();
	}

}
