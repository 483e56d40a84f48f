package org.citybridge.gateway.security;

import java.net.URI;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How access tokens are checked.
 *
 * @param issuer the exact {@code iss} every token must carry: identity's public address, which is the gateway's
 * @param jwkSetUri where identity publishes its signing keys; reached directly, not through the gateway
 */
@Validated
@ConfigurationProperties("citybridge.security")
public record GatewaySecurityProperties(@NotBlank String issuer, @NotNull URI jwkSetUri) {
}
