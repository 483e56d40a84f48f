package org.citybridge.platform.security;

import java.net.MalformedURLException;
import java.net.URI;
import java.util.stream.Collectors;

import org.citybridge.platform.idempotency.IdempotencyFilter;
import org.citybridge.platform.tenancy.CallerFactory;
import org.citybridge.platform.tenancy.Membership;
import org.citybridge.platform.tenancy.MembershipFilter;
import org.citybridge.platform.web.ProblemResponses;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;

/**
 * Every service is an OAuth2 resource server: it validates the access token itself, even behind the
 * gateway, so a request that bypasses the gateway gets no further. Which roles a route accepts is
 * declared on the route ({@link Allowed}, {@link PublicRoute}) and enforced by {@link RouteAccessInterceptor};
 * this chain only decides whether a token is needed at all.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(JwksProperties.class)
public class ServiceSecurityConfiguration {

    /** Identity's signing keys, kept through an identity outage (see README, "Tokens when identity is down"). */
    @Bean
    @ConditionalOnMissingBean(JwtDecoder.class)
    IdentityKeys identityKeys(@Value("${spring.security.oauth2.resourceserver.jwt.jwk-set-uri}") URI jwkSetUri,
            JwksProperties jwks) throws MalformedURLException {
        return IdentityKeys.publishedAt(jwkSetUri.toURL(), jwks);
    }

    @Bean
    @ConditionalOnMissingBean(JwtDecoder.class)
    JwtDecoder jwtDecoder(IdentityKeys keys,
            @Value("${spring.security.oauth2.resourceserver.jwt.issuer-uri}") String issuer) {
        return AccessTokenDecoder.of(keys, issuer);
    }

    @Bean
    @ConditionalOnMissingBean(SecurityFilterChain.class)
    SecurityFilterChain serviceSecurity(HttpSecurity http, ApplicationContext context, CallerFactory callers,
            ProblemResponses problems, Membership membership, MongoTemplate mongo, JwksProperties jwks)
            throws Exception {
        TokenCheckFailureHandler tokenFailures = new TokenCheckFailureHandler(problems, jwks);
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> {
                    requests.requestMatchers("/actuator/health/**", "/actuator/health", "/actuator/info", "/error").permitAll();
                    // Scrapers carry no token; the service port is not reachable through the gateway.
                    requests.requestMatchers("/actuator/prometheus").permitAll();
                    // The API's description is public, like the gateway's Swagger UI that shows it.
                    requests.requestMatchers("/v3/api-docs", "/v3/api-docs/**").permitAll();
                    // The routes declared @PublicRoute, read from the controllers: no second list to keep.
                    requests.requestMatchers(new PublicRoutes(context)).permitAll();
                    requests.anyRequest().authenticated();
                })
                .oauth2ResourceServer(oauth2 -> oauth2
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(token -> new JwtAuthenticationToken(token,
                                callers.roles(token).stream()
                                        .map(role -> new SimpleGrantedAuthority("ROLE_" + role))
                                        .collect(Collectors.toSet()),
                                token.getSubject())))
                        .authenticationEntryPoint(problems::unauthorized)
                        .accessDeniedHandler(problems::forbidden)
                        // 503 instead of Spring's rethrow (a 500) when a token cannot be checked.
                        .withObjectPostProcessor(new ObjectPostProcessor<BearerTokenAuthenticationFilter>() {
                            @Override
                            public <O extends BearerTokenAuthenticationFilter> O postProcess(O filter) {
                                filter.setAuthenticationFailureHandler(tokenFailures);
                                return filter;
                            }
                        }))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(problems::unauthorized)
                        .accessDeniedHandler(problems::forbidden));
        http.addFilterAfter(new MembershipFilter(membership, callers, problems), BearerTokenAuthenticationFilter.class);
        // After authorisation: only requests that may run are remembered for retries.
        http.addFilterAfter(new IdempotencyFilter(mongo, problems), AuthorizationFilter.class);
        return http.build();
    }
}
