package org.citybridge.identity;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/** End-to-end over HTTP against identity as the launcher starts it (profile {@code dev}). */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "citybridge.identity.signing-key.persist=false")
@ActiveProfiles("dev")
class DevProfileIdentityTest {

	@LocalServerPort
	int port;

	@Value("${citybridge.identity.issuer}")
	String issuer;

	OAuthTestClient client;

	@BeforeEach
	void setUp() {
		this.client = new OAuthTestClient(this.port);
	}

	@Test
	void officerGetsTokenWithMunicipalityAndRoles() {
		Jwt jwt = decode(this.client.loginWithCli("officer@almelo", "demo").orElseThrow());

		assertThat(jwt.getClaimAsString("iss")).isEqualTo(this.issuer);
		assertThat(jwt.getSubject()).isEqualTo("officer@almelo");
		assertThat(jwt.getClaimAsString("municipality")).isEqualTo("almelo");
		assertThat(jwt.getClaimAsStringList("roles")).containsExactly("OFFICER");
		assertThat(jwt.getClaimAsString("preferred_username")).isEqualTo("officer@almelo");
		assertThat(jwt.getClaimAsString("email")).isEqualTo("officer@almelo");
		assertThat(jwt.getClaimAsString("name")).isEqualTo("Almelo Officer");
		assertThat(jwt.getExpiresAt()).isEqualTo(jwt.getIssuedAt().plusSeconds(3600));
	}

	@Test
	void adminTokenHasNoMunicipality() {
		Jwt jwt = decode(this.client.loginWithCli("admin@citybridge", "demo").orElseThrow());

		assertThat(jwt.hasClaim("municipality")).isFalse();
		assertThat(jwt.getClaimAsStringList("roles")).containsExactly("ADMIN");
	}

	@Test
	void usernameIsCaseInsensitive() {
		Jwt jwt = decode(this.client.loginWithCli("Organiser@Muenster", "demo").orElseThrow());

		assertThat(jwt.getSubject()).isEqualTo("organiser@muenster");
		assertThat(jwt.getClaimAsStringList("roles")).containsExactly("ORGANISER");
	}

	@Test
	void wrongPasswordIsRejected() {
		assertThat(this.client.loginWithCli("officer@almelo", "not-demo")).isEmpty();
	}

	@Test
	void unknownUserIsRejected() {
		assertThat(this.client.loginWithCli("nobody@almelo", "demo")).isEmpty();
	}

	@Test
	void serviceClientGetsServiceRole() {
		HttpResponse<String> response = this.client.clientCredentials(AuthorizationServerConfig.SERVICE_CLIENT,
				"dev-service-secret");

		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		Jwt jwt = decode(OAuthTestClient.json(response.body()).get("access_token").toString());
		assertThat(jwt.getSubject()).isEqualTo("citybridge-service");
		assertThat(jwt.getClaimAsStringList("roles")).containsExactly("SERVICE");
		assertThat(jwt.hasClaim("municipality")).isFalse();
	}

	@Test
	void serviceClientWithWrongSecretIsRejected() {
		assertThat(this.client.clientCredentials(AuthorizationServerConfig.SERVICE_CLIENT, "guess").statusCode())
			.isEqualTo(401);
	}

	@Test
	void servesDiscoveryDocumentAndKeys() {
		HttpResponse<String> discovery = this.client.getJson(url("/.well-known/openid-configuration"));
		assertThat(discovery.statusCode()).isEqualTo(200);
		Map<String, Object> metadata = OAuthTestClient.json(discovery.body());
		assertThat(metadata).containsEntry("issuer", this.issuer)
			.containsEntry("jwks_uri", this.issuer + "/oauth2/jwks")
			.containsEntry("authorization_endpoint", this.issuer + "/oauth2/authorize");

		HttpResponse<String> jwks = this.client.getJson(url("/oauth2/jwks"));
		assertThat(jwks.statusCode()).isEqualTo(200);
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> keys = (List<Map<String, Object>>) OAuthTestClient.json(jwks.body()).get("keys");
		assertThat(keys).singleElement().satisfies((key) -> {
			assertThat(key).containsEntry("kty", "RSA").containsEntry("use", "sig").containsKey("kid");
			assertThat(key).doesNotContainKey("d");
		});
	}

	@Test
	void loginRedirectFollowsForwardedHeadersOfTheGateway() {
		HttpResponse<String> response = this.client.browse(url("/oauth2/authorize?response_type=code&client_id="
				+ AuthorizationServerConfig.CLI_CLIENT + "&redirect_uri=http://127.0.0.1/callback&scope=openid&code_challenge_method=S256"
				+ "&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"),
				"X-Forwarded-Proto", "http", "X-Forwarded-Host", "gateway.example", "X-Forwarded-Port", "8080");

		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location")).hasValue("http://gateway.example:8080/login");
	}

	@Test
	void theWebPagesMaySignPeopleInAtTheirRegisteredLocalhostAddress() {
		// The pages live at http://localhost:8080 on a workstation (OAuth 2.1 advises native apps against localhost;
		// Spring Authorization Server once refused it outright).
		HttpResponse<String> registered = this.client.browse(webAuthorize(this.issuer + "/login/callback"));
		HttpResponse<String> unregistered = this.client.browse(webAuthorize("http://localhost:9999/login/callback"));
		HttpResponse<String> anyLoopbackPort = this.client.browse(webAuthorize("http://127.0.0.1:18185/login/callback"));

		assertThat(registered.statusCode()).isEqualTo(302);
		assertThat(registered.headers().firstValue("Location")).hasValueSatisfying((l) -> assertThat(l).endsWith("/login"));
		assertThat(unregistered.statusCode()).isEqualTo(400);
		assertThat(anyLoopbackPort.statusCode()).isEqualTo(302);
	}

	private String webAuthorize(String redirectUri) {
		return url("/oauth2/authorize?response_type=code&client_id=" + AuthorizationServerConfig.WEB_CLIENT
				+ "&redirect_uri=" + redirectUri + "&scope=openid&code_challenge_method=S256"
				+ "&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM");
	}

	@Test
	void theSignInPageSpeaksThePagesLanguageElseTheBrowsers() {
		HttpResponse<String> german = this.client.browse(url("/login"), "Accept-Language", "fr, de;q=0.8");
		HttpResponse<String> chosenOnThePages = this.client.browse(url("/login"), "Accept-Language", "de",
				"Cookie", "CITYBRIDGE_LANG=nl");

		assertThat(german.body()).contains("<html lang=\"de\">").contains("Bei CityBridge anmelden")
			.contains("<label for=\"password\">Passwort</label>");
		assertThat(chosenOnThePages.body()).contains("Inloggen bij CityBridge");
	}

	@Test
	void healthIsUp() {
		HttpResponse<String> health = this.client.getJson(url("/actuator/health"));

		assertThat(health.statusCode()).isEqualTo(200);
		assertThat(OAuthTestClient.json(health.body())).containsEntry("status", "UP");
	}

	private Jwt decode(String token) {
		// Verified against the published key set, as a resource server would.
		NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(url("/oauth2/jwks")).build();
		decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(this.issuer));
		return decoder.decode(token);
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
