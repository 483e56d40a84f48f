package org.citybridge.identity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Drives the authorization code + PKCE flow the way a browser would: a cookie jar, and every
 * redirect followed by hand so that the callback on 127.0.0.1 is never contacted.
 */
final class OAuthTestClient {

	static final String CLI_CALLBACK = "http://127.0.0.1/callback";

	private static final Pattern CSRF = Pattern.compile("<input name=\"_csrf\" type=\"hidden\" value=\"([^\"]+)\"");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final String baseUrl;

	private final HttpClient http = HttpClient.newBuilder()
		.cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	OAuthTestClient(int port) {
		this.baseUrl = "http://localhost:" + port;
	}

	/** The access token for the user, or empty if the login form rejected the credentials. */
	Optional<String> loginWithCli(String username, String password) {
		String verifier = randomUrlSafe(32);
		String state = randomUrlSafe(16);
		HttpResponse<String> authorize = browse(this.baseUrl + "/oauth2/authorize?" + form(Map.of("response_type", "code",
				"client_id", AuthorizationServerConfig.CLI_CLIENT, "redirect_uri", CLI_CALLBACK, "scope", "openid",
				"code_challenge", s256(verifier), "code_challenge_method", "S256", "state", state)));
		String loginUrl = redirectTarget(authorize);
		assertThat(loginUrl).isEqualTo(this.baseUrl + "/login");

		HttpResponse<String> loginPage = browse(loginUrl);
		assertThat(loginPage.statusCode()).isEqualTo(200);
		Matcher csrf = CSRF.matcher(loginPage.body());
		assertThat(csrf.find()).as("CSRF token on the login page").isTrue();

		String location = redirectTarget(post(loginUrl,
				Map.of("username", username, "password", password, "_csrf", csrf.group(1)), null));
		if (location.contains("/login?error")) {
			return Optional.empty();
		}
		for (int hops = 0; !location.startsWith(CLI_CALLBACK); hops++) {
			assertThat(hops).as("redirects before reaching the callback").isLessThan(5);
			location = redirectTarget(browse(location));
		}
		Map<String, String> callback = queryParameters(URI.create(location));
		assertThat(callback).containsEntry("state", state).containsKey("code");

		HttpResponse<String> token = post(this.baseUrl + "/oauth2/token",
				Map.of("grant_type", "authorization_code", "code", callback.get("code"), "redirect_uri", CLI_CALLBACK,
						"client_id", AuthorizationServerConfig.CLI_CLIENT, "code_verifier", verifier),
				null);
		assertThat(token.statusCode()).as(token.body()).isEqualTo(200);
		return Optional.of(json(token.body()).get("access_token").toString());
	}

	HttpResponse<String> clientCredentials(String clientId, String secret) {
		String basic = Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
		return post(this.baseUrl + "/oauth2/token", Map.of("grant_type", "client_credentials"), "Basic " + basic);
	}

	/** A GET as a browser sends it; extra headers are name/value pairs. */
	HttpResponse<String> browse(String url, String... headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/html");
		if (headers.length > 0) {
			request.headers(headers);
		}
		return send(request.GET().build());
	}

	HttpResponse<String> getJson(String url) {
		return send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "application/json").GET().build());
	}

	static Map<String, Object> json(String body) {
		@SuppressWarnings("unchecked")
		Map<String, Object> map = JSON.readValue(body, Map.class);
		return map;
	}

	private HttpResponse<String> post(String url, Map<String, String> form, String authorization) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form(form)));
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		return send(request.build());
	}

	private HttpResponse<String> send(HttpRequest request) {
		try {
			return this.http.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private String redirectTarget(HttpResponse<String> response) {
		assertThat(response.statusCode()).as("redirect from %s", response.uri()).isEqualTo(302);
		String location = response.headers().firstValue("Location").orElseThrow();
		return response.uri().resolve(location).toString();
	}

	private static String form(Map<String, String> parameters) {
		return parameters.entrySet()
			.stream()
			.map((e) -> encode(e.getKey()) + "=" + encode(e.getValue()))
			.collect(Collectors.joining("&"));
	}

	private static Map<String, String> queryParameters(URI uri) {
		Map<String, String> parameters = new LinkedHashMap<>();
		for (String pair : uri.getRawQuery().split("&")) {
			String[] kv = pair.split("=", 2);
			parameters.put(decode(kv[0]), (kv.length > 1) ? decode(kv[1]) : "");
		}
		return parameters;
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private static String decode(String value) {
		return URLDecoder.decode(value, StandardCharsets.UTF_8);
	}

	private static String randomUrlSafe(int bytes) {
		byte[] random = new byte[bytes];
		new SecureRandom().nextBytes(random);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
	}

	private static String s256(String verifier) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
