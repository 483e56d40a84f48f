package org.citybridge.gateway.security;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.ConfigurationPropertiesBinding;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.http.HttpMethod;

import static org.assertj.core.api.Assertions.assertThat;

class PublicEndpointsPropertiesTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(Binding.class);

    @Test
    void anOperatorCanReplaceTheListWithOneEnvironmentVariable() {
        runner.withInitializer(context -> context.getEnvironment().getPropertySources().addFirst(
                        new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                                Map.of("CITYBRIDGE_GATEWAY_PUBLIC_ENDPOINTS", "GET /api/pacts/*/pdf,POST /api/congresses/*/registrations"))))
                .run(context -> assertThat(context.getBean(PublicEndpointsProperties.class).publicEndpoints())
                        .containsExactly(new PublicEndpoint(HttpMethod.GET, "/api/pacts/*/pdf"),
                                new PublicEndpoint(HttpMethod.POST, "/api/congresses/*/registrations")));
    }

    @Test
    void aMalformedEntryStopsTheGatewayFromStarting() {
        runner.withPropertyValues("citybridge.gateway.public-endpoints[0]=/api/pacts/*/pdf")
                .run(context -> assertThat(context).hasFailed());
    }

    @Test
    void withoutConfigurationNothingIsPublic() {
        runner.run(context -> assertThat(context.getBean(PublicEndpointsProperties.class).publicEndpoints()).isEmpty());
    }

    /** Just the binding, as SecurityConfiguration sets it up, without the rest of the gateway. */
    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(PublicEndpointsProperties.class)
    static class Binding {

        @Bean
        @ConfigurationPropertiesBinding
        static PublicEndpointConverter publicEndpointConverter() {
            return new PublicEndpointConverter();
        }
    }
}
