package org.citybridge.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import static org.springframework.security.config.Customizer.withDefaults;

/**
 * Spring Authorization Server set-up: the three CityBridge clients, the issuer, the signing key
 * and the two filter chains (protocol endpoints, then form login for everything else).
 */
@Configuration(proxyBeanMethods = false)
public class AuthorizationServerConfig {

	public static final String CLI_CLIENT = "citybridge-cli";

	public static final String WEB_CLIENT = "citybridge-web";

	public static final String SERVICE_CLIENT = "citybridge-service";

	private static final Logger log = LoggerFactory.getLogger(AuthorizationServerConfig.class);

	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE)
	SecurityFilterChain authorizationServerFilterChain(HttpSecurity http,
			AuthorizationServerSettings settings) {
		http.oauth2AuthorizationServer((server) -> {
			http.securityMatcher(server.getEndpointsMatcher());
			server.oidc(withDefaults());
		});
		http.authorizeHttpRequests((authorize) -> authorize.anyRequest().authenticated());
		// Bearer tokens are what the OIDC userinfo endpoint is called with.
		http.oauth2ResourceServer((resourceServer) -> resourceServer.jwt(withDefaults()));
		http.exceptionHandling((exceptions) -> exceptions.defaultAuthenticationEntryPointFor(
				new LoginUrlAuthenticationEntryPoint("/login"), loginRedirectedRequests(settings)));
		return http.build();
	}

	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE + 1)
	SecurityFilterChain defaultFilterChain(HttpSecurity http) {
		http.authorizeHttpRequests((authorize) -> authorize
			.requestMatchers("/actuator/health", "/actuator/health/**", "/error")
			.permitAll()
			.anyRequest()
			.authenticated());
		http.formLogin((form) -> form.loginPage("/login").permitAll());
		return http.build();
	}

	/**
	 * Browsers, and also any client on the authorize endpoint: only a user agent is ever sent
	 * there, and scripts using curl (which accepts any media type) must get the login page too
	 * rather than the bearer-token 401.
	 */
	private static RequestMatcher loginRedirectedRequests(AuthorizationServerSettings settings) {
		MediaTypeRequestMatcher html = new MediaTypeRequestMatcher(MediaType.TEXT_HTML);
		html.setIgnoredMediaTypes(Set.of(MediaType.ALL));
		return new OrRequestMatcher(html,
				PathPatternRequestMatcher.withDefaults().matcher(settings.getAuthorizationEndpoint()));
	}

	@Bean
	AuthorizationServerSettings authorizationServerSettings(IdentityProperties properties) {
		return AuthorizationServerSettings.builder().issuer(properties.issuer()).build();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	RegisteredClientRepository registeredClientRepository(IdentityProperties properties,
			PasswordEncoder passwordEncoder) {
		TokenSettings tokens = TokenSettings.builder().accessTokenTimeToLive(properties.accessTokenTtl()).build();
		List<RegisteredClient> clients = new ArrayList<>();
		clients.add(publicClient(CLI_CLIENT, properties.cliRedirectUris(), List.of(), tokens));
		clients.add(publicClient(WEB_CLIENT, properties.webRedirectUris(), properties.webPostLogoutRedirectUris(),
				tokens));
		String secret = properties.serviceClientSecret();
		if (secret != null && !secret.isBlank()) {
			clients.add(RegisteredClient.withId(SERVICE_CLIENT)
				.clientId(SERVICE_CLIENT)
				.clientSecret(UserDirectory.hasEncoderId(secret) ? secret : passwordEncoder.encode(secret))
				.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
				.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
				.authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
				.tokenSettings(tokens)
				.build());
		}
		else {
			log.warn("No secret for client '{}' (CITYBRIDGE_SERVICE_SECRET): it is not registered", SERVICE_CLIENT);
		}
		return new InMemoryRegisteredClientRepository(clients);
	}

	private static RegisteredClient publicClient(String clientId, List<String> redirectUris,
			List<String> postLogoutRedirectUris, TokenSettings tokens) {
		if (redirectUris.isEmpty()) {
			throw new IllegalStateException("Client '" + clientId + "' needs at least one redirect URI");
		}
		return RegisteredClient.withId(clientId)
			.clientId(clientId)
			.clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
			.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
			.redirectUris((uris) -> uris.addAll(redirectUris))
			.postLogoutRedirectUris((uris) -> uris.addAll(postLogoutRedirectUris))
			.scope(OidcScopes.OPENID)
			.scope(OidcScopes.PROFILE)
			.clientSettings(ClientSettings.builder().requireProofKey(true).requireAuthorizationConsent(false).build())
			.tokenSettings(tokens)
			.build();
	}

	@Bean
	JWKSource<SecurityContext> jwkSource(IdentityProperties properties) {
		IdentityProperties.SigningKey signingKey = properties.signingKey();
		RSAKey key;
		if (signingKey.persist()) {
			key = SigningKeyStore.loadOrCreate(signingKey.location());
		}
		else {
			key = SigningKeyStore.generate();
			log.info("Using in-memory signing key {}: tokens will not survive a restart", key.getKeyID());
		}
		return new ImmutableJWKSet<>(new JWKSet(key));
	}

}
