package org.citybridge.actions.organisation;

import java.util.List;
import java.util.Map;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Points every test context of this module at {@link StubOrganisationsService} (registered in
 * META-INF/spring.factories). The same for every test class, so it adds no context configuration:
 * a {@code @DynamicPropertySource} in one class would start a second context, whose Kafka listeners
 * would then share this consumer group's partitions with the first.
 */
public class StubOrganisationsServiceUrl implements ContextCustomizerFactory {

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass,
            List<ContextConfigurationAttributes> configAttributes) {
        return new Customizer();
    }

    private static final class Customizer implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("stub-organisations-service",
                    Map.of("citybridge.organisations.url", StubOrganisationsService.get().url())));
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Customizer;
        }

        @Override
        public int hashCode() {
            return Customizer.class.hashCode();
        }
    }
}
