package org.citybridge.identity;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * CityBridge's default OpenID Connect provider. Any other OIDC provider can take its place, as
 * long as its access tokens carry the {@code municipality} and {@code roles} claims described in
 * {@link TokenClaimsCustomizer}.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class IdentityApplication {

	public static void main(String[] args) {
		SpringApplication.run(IdentityApplication.class, args);
	}

}
