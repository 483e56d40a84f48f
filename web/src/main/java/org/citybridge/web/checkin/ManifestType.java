package org.citybridge.web.checkin;

import org.springframework.boot.web.server.MimeMappings;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.server.servlet.ConfigurableServletWebServerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The check-in app's manifest with its registered type (the server knows no ".webmanifest" by itself). */
@Configuration(proxyBeanMethods = false)
class ManifestType {

    @Bean
    WebServerFactoryCustomizer<ConfigurableServletWebServerFactory> webManifestType() {
        return factory -> {
            MimeMappings mappings = new MimeMappings(MimeMappings.DEFAULT);
            mappings.add("webmanifest", "application/manifest+json");
            factory.setMimeMappings(mappings);
        };
    }
}
