package org.citybridge.identity;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Without the {@code dev} profile none of the demo accounts or secrets may work. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "citybridge.identity.signing-key.persist=false",
				// Pin it, so a CITYBRIDGE_SERVICE_SECRET in the developer's environment cannot interfere.
				"citybridge.identity.service-client-secret=" })
class ProductionProfileIdentityTest {

	@LocalServerPort
	int port;

	@Test
	void demoUsersCannotLogIn() {
		OAuthTestClient client = new OAuthTestClient(this.port);

		assertThat(client.loginWithCli("officer@almelo", "demo")).isEmpty();
		assertThat(client.loginWithCli("admin@citybridge", "demo")).isEmpty();
	}

	@Test
	void serviceClientIsNotRegisteredWithoutSecret() {
		OAuthTestClient client = new OAuthTestClient(this.port);

		assertThat(client.clientCredentials(AuthorizationServerConfig.SERVICE_CLIENT, "dev-service-secret").statusCode())
			.isEqualTo(401);
	}

	@Test
	void stillServesDiscovery() {
		OAuthTestClient client = new OAuthTestClient(this.port);

		assertThat(client.getJson("http://localhost:" + this.port + "/.well-known/openid-configuration").statusCode())
			.isEqualTo(200);
	}

}
