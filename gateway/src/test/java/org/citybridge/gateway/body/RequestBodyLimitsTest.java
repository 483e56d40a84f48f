package org.citybridge.gateway.body;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

class RequestBodyLimitsTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner().withUserConfiguration(Binding.class);

    @Test
    void defaultsAreOneMegabyteAndTwelveForUploads() {
        runner.run(context -> assertThat(context.getBean(RequestBodyLimits.class))
                .isEqualTo(new RequestBodyLimits(DataSize.ofMegabytes(1), DataSize.ofMegabytes(12))));
    }

    @Test
    void anOperatorSetsThemWithEnvironmentVariables() {
        runner.withInitializer(context -> context.getEnvironment().getPropertySources().addFirst(
                        new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                                Map.of("CITYBRIDGE_GATEWAY_REQUESTBODY_MAXSIZE", "256KB",
                                        "CITYBRIDGE_GATEWAY_REQUESTBODY_UPLOADMAXSIZE", "20MB"))))
                .run(context -> assertThat(context.getBean(RequestBodyLimits.class))
                        .isEqualTo(new RequestBodyLimits(DataSize.ofKilobytes(256), DataSize.ofMegabytes(20))));
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(RequestBodyLimits.class)
    static class Binding {
    }
}
