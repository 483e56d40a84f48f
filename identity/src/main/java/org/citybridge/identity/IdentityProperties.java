package org.citybridge.identity;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code citybridge.identity}. {@code application.yml} spells out the defaults
 * once more, next to the environment variables that override them, so operators see both.
 *
 * @param issuer the public issuer URL placed in every token; the gateway address by default,
 * because clients and services reach identity through it
 * @param accessTokenTtl lifetime of access tokens of all clients
 * @param cliRedirectUris redirect URIs of the {@code citybridge-cli} client
 * @param webRedirectUris redirect URIs of the {@code citybridge-web} client
 * @param webPostLogoutRedirectUris where identity may send people back after signing them out of the web pages
 * @param serviceClientSecret secret of the {@code citybridge-service} client, plain or with a
 * {@code {id}} prefix of the delegating password encoder; blank leaves that client unregistered
 * @param signingKey where the token signing key is kept
 * @param users the accounts that can log in
 */
@ConfigurationProperties("citybridge.identity")
public record IdentityProperties(
		@DefaultValue("http://localhost:8080") String issuer,
		@DefaultValue("1h") Duration accessTokenTtl,
		List<String> cliRedirectUris,
		List<String> webRedirectUris,
		List<String> webPostLogoutRedirectUris,
		String serviceClientSecret,
		@DefaultValue SigningKey signingKey,
		List<User> users) {

	public IdentityProperties {
		cliRedirectUris = (cliRedirectUris != null) ? List.copyOf(cliRedirectUris) : List.of();
		webRedirectUris = (webRedirectUris != null) ? List.copyOf(webRedirectUris) : List.of();
		webPostLogoutRedirectUris = (webPostLogoutRedirectUris != null) ? List.copyOf(webPostLogoutRedirectUris)
				: List.of();
		users = (users != null) ? List.copyOf(users) : List.of();
	}

	/**
	 * @param persist whether the key survives restarts; off gives a fresh in-memory key, so
	 * tokens issued before a restart stop validating
	 * @param location JSON Web Key file holding the private key
	 */
	public record SigningKey(@DefaultValue("true") boolean persist,
			@DefaultValue("./data/identity/signing-key.json") Path location) {
	}

	/**
	 * @param username login name, also sent as {@code preferred_username} and {@code email}
	 * @param password encoded for the delegating password encoder, e.g. {@code {bcrypt}$2a$...}
	 * @param name display name
	 * @param municipality tenant slug; empty for network-wide accounts such as the admin
	 * @param roles e.g. OFFICER, ORGANISER, ADMIN
	 */
	public record User(String username, String password, String name, String municipality, List<String> roles) {

		public User {
			roles = (roles != null) ? List.copyOf(roles) : List.of();
		}

		public String displayName() {
			return (name != null && !name.isBlank()) ? name : username;
		}

		public boolean hasMunicipality() {
			return municipality != null && !municipality.isBlank();
		}

	}

}
