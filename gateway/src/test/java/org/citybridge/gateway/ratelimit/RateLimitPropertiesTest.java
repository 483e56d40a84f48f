package org.citybridge.gateway.ratelimit;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;

import org.citybridge.gateway.problem.ProblemResponses;
import org.citybridge.gateway.ratelimit.RateLimitProperties.Policy;
import org.citybridge.gateway.security.PublicEndpointsProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.validation.BindValidationException;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

class RateLimitPropertiesTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(Binding.class);

    @Test
    void defaultsAreTheDocumentedOnes() {
        runner.run(context -> {
            RateLimitProperties limits = context.getBean(RateLimitProperties.class);
            assertThat(limits.isEnabled()).isTrue();
            assertThat(limits.isTrustForwardedFor()).isFalse();
            assertThat(limits.getTrustedProxies()).isEqualTo(1);
            assertThat(limits.getTrustedForwarders()).containsExactly("127.0.0.0/8", "::1/128");
            assertThat(limits.getMaxClients()).isEqualTo(10_000);
            assertThat(limits.getIdentityPaths()).containsExactly("/login", "/oauth2/token");
            assertPolicy(limits.getAnonymousRead(), 20, Duration.ofSeconds(1), 40);
            assertPolicy(limits.getAnonymousWrite(), 10, Duration.ofMinutes(1), 10);
            assertPolicy(limits.getAuthenticated(), 50, Duration.ofSeconds(1), 100);
            assertPolicy(limits.getIdentity(), 10, Duration.ofSeconds(1), 20);
            assertThat(context).hasSingleBean(RateLimitWebFilter.class);
        });
    }

    @Test
    void settingOneValueKeepsThePolicysOtherDefaults() {
        runner.withPropertyValues(
                        "citybridge.gateway.rate-limits.anonymous-write.burst=3",
                        "citybridge.gateway.rate-limits.authenticated.per=2s",
                        "citybridge.gateway.rate-limits.identity-paths=/login",
                        "citybridge.gateway.rate-limits.trust-forwarded-for=true")
                .run(context -> {
                    RateLimitProperties limits = context.getBean(RateLimitProperties.class);
                    assertPolicy(limits.getAnonymousWrite(), 10, Duration.ofMinutes(1), 3);
                    assertPolicy(limits.getAuthenticated(), 50, Duration.ofSeconds(2), 100);
                    assertPolicy(limits.getAnonymousRead(), 20, Duration.ofSeconds(1), 40);
                    assertThat(limits.getIdentityPaths()).containsExactly("/login");
                    assertThat(limits.isTrustForwardedFor()).isTrue();
                });
    }

    @Test
    void anOperatorCanSetALimitByEnvironmentVariable() {
        runner.withInitializer(context -> context.getEnvironment().getPropertySources().addFirst(
                        new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                                Map.of("CITYBRIDGE_GATEWAY_RATELIMITS_ANONYMOUSREAD_REQUESTS", "100",
                                        "CITYBRIDGE_GATEWAY_RATELIMITS_ANONYMOUSREAD_BURST", "200",
                                        "CITYBRIDGE_GATEWAY_RATELIMITS_TRUSTFORWARDEDFOR", "true",
                                        "CITYBRIDGE_GATEWAY_RATELIMITS_TRUSTEDFORWARDERS", "10.1.2.3,::1/128"))))
                .run(context -> {
                    RateLimitProperties limits = context.getBean(RateLimitProperties.class);
                    assertPolicy(limits.getAnonymousRead(), 100, Duration.ofSeconds(1), 200);
                    assertThat(limits.isTrustForwardedFor()).isTrue();
                    assertThat(limits.getTrustedForwarders()).containsExactly("10.1.2.3", "::1/128");
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "citybridge.gateway.rate-limits.anonymous-read.burst=0",
            "citybridge.gateway.rate-limits.anonymous-write.requests=0",
            "citybridge.gateway.rate-limits.authenticated.per=0s",
            "citybridge.gateway.rate-limits.identity.per=-1s",
            "citybridge.gateway.rate-limits.trusted-proxies=0",
            "citybridge.gateway.rate-limits.max-clients=0",
            "citybridge.gateway.rate-limits.identity-paths="})
    void aNonsensicalLimitStopsTheGatewayFromStarting(String setting) {
        runner.withPropertyValues(setting).run(context -> assertThat(context.getStartupFailure())
                .hasRootCauseInstanceOf(BindValidationException.class));
    }

    @Test
    void aTrustedForwarderThatIsNoAddressBlockStopsTheGatewayFromStarting() {
        // A host name would be looked up; only literals are trusted.
        runner.withPropertyValues("citybridge.gateway.rate-limits.trusted-forwarders=web.internal")
                .run(context -> assertThat(context.getStartupFailure())
                        .hasRootCauseInstanceOf(IllegalArgumentException.class)
                        .rootCause().hasMessageContaining("web.internal"));
    }

    @Test
    void limitsCanBeSwitchedOff() {
        runner.withPropertyValues("citybridge.gateway.rate-limits.enabled=false")
                .run(context -> assertThat(context).doesNotHaveBean(RateLimitWebFilter.class));
    }

    private static void assertPolicy(Policy policy, long requests, Duration per, long burst) {
        assertThat(policy.getRequests()).as("requests").isEqualTo(requests);
        assertThat(policy.getPer()).as("per").isEqualTo(per);
        assertThat(policy.getBurst()).as("burst").isEqualTo(burst);
    }

    /** The binding and the filter's configuration, without the rest of the gateway. */
    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties({RateLimitProperties.class, PublicEndpointsProperties.class})
    @Import(RateLimitConfiguration.class)
    static class Binding {

        @Bean
        ProblemResponses problemResponses() {
            return new ProblemResponses(JsonMapper.builder().build());
        }
    }
}
