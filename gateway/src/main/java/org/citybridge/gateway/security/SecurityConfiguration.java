package org.citybridge.gateway.security;

import java.net.InetSocketAddress;
import java.net.MalformedURLException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

import com.github.benmanes.caffeine.cache.Ticker;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKMatcher;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jwt.SignedJWT;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.citybridge.gateway.problem.ProblemResponses;
import org.citybridge.gateway.routing.Downstream;
import org.citybridge.gateway.routing.RoutesConfiguration;
import org.springframework.boot.context.properties.ConfigurationPropertiesBinding;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTypeValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.server.resource.web.server.authentication.ServerBearerTokenAuthenticationConverter;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.authentication.ServerAuthenticationConverter;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import org.springframework.security.web.server.util.matcher.AndServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.NegatedServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.web.server.ServerWebExchange;

/**
 * Stateless bearer-token checks in front of the API. The services check the token again (it is forwarded
 * untouched); the gateway's check keeps anonymous traffic away from them and answers it uniformly.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
class SecurityConfiguration {

    /** Distinct tokens in use at once, with room to spare; a few kilobytes each. */
    private static final long CHECKED_TOKENS = 4096;

    @Bean
    @ConfigurationPropertiesBinding
    static PublicEndpointConverter publicEndpointConverter() {
        return new PublicEndpointConverter();
    }

    @Bean
    SecurityWebFilterChain securityWebFilterChain(ServerHttpSecurity http, ReactiveJwtDecoder jwtDecoder,
            PublicEndpointsProperties publicEndpoints, ProblemResponses problems, JwksProperties jwks) {
        ProblemAuthenticationEntryPoint entryPoint = new ProblemAuthenticationEntryPoint(problems);
        TokenCheckFailureHandler tokenFailures = new TokenCheckFailureHandler(problems, entryPoint, jwks);
        ProblemAccessDeniedHandler accessDenied = new ProblemAccessDeniedHandler(problems);
        return http
                // API callers send bearer tokens, never cookies, so there is nothing for CSRF to forge and no session
                // to keep; identity's own forms carry identity's own CSRF tokens through the gateway.
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                // /login and /logout are identity's pages; the gateway must pass them through, not answer them.
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
                // One PathPatterns per rule rather than pathMatchers(...): every rule before /api/** is asked on
                // every API request (see PathPatterns for what that cost).
                .authorizeExchange(exchanges -> {
                    exchanges.matchers(PathPatterns.of(identityPaths())).permitAll();
                    exchanges.matchers(PathPatterns.of("/actuator/health", "/actuator/health/**", "/actuator/info"))
                            .permitAll();
                    exchanges.matchers(PathPatterns.of("/fallback/**")).permitAll();
                    // The whole API described, for people exploring it: public, like the documents themselves.
                    exchanges.matchers(PathPatterns.of("/swagger-ui", "/swagger-ui/**", "/swagger-ui.html",
                            "/webjars/swagger-ui/**", "/v3/api-docs/swagger-config", RoutesConfiguration.API_DOCS + "*"))
                            .permitAll();
                    // Metrics are for whoever runs the suite on this machine, not for the internet.
                    exchanges.matchers(new AndServerWebExchangeMatcher(
                            PathPatterns.of("/actuator/prometheus"), SecurityConfiguration::fromLoopback))
                            .permitAll();
                    if (!publicEndpoints.publicEndpoints().isEmpty()) {
                        exchanges.matchers(PathPatterns.of(publicEndpoints.publicEndpoints())).permitAll();
                    }
                    exchanges.matchers(PathPatterns.of("/api/**")).authenticated();
                    // The pages sign people in themselves (their own session, identity's login); the gateway only
                    // routes them. Its own paths that no rule above names stay closed.
                    exchanges.matchers(new NegatedServerWebExchangeMatcher(PathPatterns.of(Downstream.GATEWAY_OWN.toArray(String[]::new))))
                            .permitAll();
                    exchanges.anyExchange().denyAll();
                })
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(jwt -> jwt.jwtDecoder(jwtDecoder))
                        .bearerTokenConverter(bearerTokensOutsideIdentity())
                        .authenticationEntryPoint(entryPoint)
                        // 503 instead of Spring's rethrow (a 500) when a token cannot be checked.
                        .authenticationFailureHandler(tokenFailures)
                        .accessDeniedHandler(accessDenied))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(entryPoint)
                        .accessDeniedHandler(accessDenied))
                .build();
    }

    /**
     * Spring Security observes each of its filters, every authentication and every authorization when tracing is
     * on: a dozen spans and timers per request inside the one the request already has (about 4% of the gateway's
     * CPU in the profile under load). The request's own span, its metrics and the trace context sent on stay.
     */
    @Bean
    static SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    /** Identity's signing keys, kept through an identity outage (see README, "Tokens when identity is down"). */
    @Bean
    IdentityKeys identityKeys(GatewaySecurityProperties security, JwksProperties jwks) throws MalformedURLException {
        return IdentityKeys.publishedAt(security.jwkSetUri().toURL(), jwks);
    }

    @Bean
    ReactiveJwtDecoder jwtDecoder(GatewaySecurityProperties security, IdentityKeys keys, JwksProperties jwks) {
        // A token stays trusted here no longer than the key set it was checked against (CheckedTokens).
        return new CheckedTokens(checks(security, keys), CHECKED_TOKENS, jwks.cacheLifetime(), Ticker.systemTicker());
    }

    private static ReactiveJwtDecoder checks(GatewaySecurityProperties security, IdentityKeys keys) {
        NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withJwkSource(jwt -> keysFor(keys, jwt))
                // Type checking is left to the validator below, which also accepts RFC 9068 "at+jwt".
                .validateType(false)
                .build();
        JwtTypeValidator type = new JwtTypeValidator("JWT", "at+jwt");
        type.setAllowEmpty(true);
        // The timestamp check passes a token without exp; such a token would be valid for ever.
        JwtClaimValidator<Instant> expires = new JwtClaimValidator<>(JwtClaimNames.EXP, Objects::nonNull);
        decoder.setJwtValidator(JwtValidators.createDefaultWithValidators(
                List.of(new JwtIssuerValidator(security.issuer()), type, expires)));
        // The decoder wraps a failing key source in an IllegalStateException, which would end as a 500; as a
        // JwtException it becomes the AuthenticationServiceException that TokenCheckFailureHandler answers with 503.
        return token -> decoder.decode(token).onErrorMap(
                e -> e instanceof IllegalStateException && e.getCause() instanceof KeysUnavailableException,
                e -> new JwtException(e.getCause().getMessage(), e.getCause()));
    }

    // On the calling thread, deliberately. Mostly a cache hit; a fetch from identity happens inline only
    // when a key id is unknown (at most once per min-refresh-interval) or the cache ran out while the
    // background refresh could not reach identity (and then not again for retry-after), within the
    // connect and read timeouts. Hopping to boundedElastic for it left about one in six requests that
    // followed an anonymous 401 on the same kept-alive connection unanswered until the client gave up
    // (KeptAliveConnectionTest; AbuseIT and GatewayEdgeIT on the launched suite); the cause inside
    // Reactor Netty or Spring Security was not found.
    private static Flux<JWK> keysFor(IdentityKeys keys, SignedJWT jwt) {
        JWKSelector selector = new JWKSelector(JWKMatcher.forJWSHeader(jwt.getHeader()));
        return Mono.fromCallable(() -> keys.get(selector, null))
                .flatMapMany(Flux::fromIterable);
    }

    static Mono<ServerWebExchangeMatcher.MatchResult> fromLoopback(ServerWebExchange exchange) {
        InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
        return remote != null && remote.getAddress() != null && remote.getAddress().isLoopbackAddress()
                ? ServerWebExchangeMatcher.MatchResult.match() : ServerWebExchangeMatcher.MatchResult.notMatch();
    }

    // Identity's endpoints (e.g. /userinfo) judge their own tokens and answer in their own OAuth format,
    // so the gateway does not read tokens sent there.
    private static ServerAuthenticationConverter bearerTokensOutsideIdentity() {
        ServerBearerTokenAuthenticationConverter bearer = new ServerBearerTokenAuthenticationConverter();
        PathPatterns identity = PathPatterns.of(identityPaths());
        return exchange -> identity.matches(exchange.getRequest()) ? Mono.empty() : bearer.convert(exchange);
    }

    private static String[] identityPaths() {
        return Downstream.IDENTITY.pathPatterns().toArray(String[]::new);
    }
}
