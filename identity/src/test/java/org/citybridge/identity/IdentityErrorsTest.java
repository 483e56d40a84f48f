package org.citybridge.identity;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Identity answers errors as problem+json, never with Boot's default error JSON. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "citybridge.identity.signing-key.persist=false")
class IdentityErrorsTest {

	@LocalServerPort
	int port;

	@Test
	void errorIsNotARoute() throws Exception {
		HttpResponse<String> response = get("/error");

		assertThat(response.statusCode()).as(response.body()).isEqualTo(404);
		assertProblem(response);
	}

	@Test
	void anUnknownClientIsAProblemNotBootsErrorJson() throws Exception {
		HttpResponse<String> response = get("/oauth2/authorize?client_id=nope&response_type=code");

		assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
		assertProblem(response);
	}

	private static void assertProblem(HttpResponse<String> response) {
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(response.body()).doesNotContain("timestamp").doesNotContain("999").contains("\"status\"");
	}

	private HttpResponse<String> get(String path) throws Exception {
		return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

}
