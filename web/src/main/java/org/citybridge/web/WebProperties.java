package org.citybridge.web;

import java.net.URI;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Where the pages find the rest of CityBridge.
 *
 * @param publicUrl the gateway as people's browsers reach it (links, identity's logout redirect)
 * @param apiUrl the gateway as this process reaches it (usually the same address)
 */
@Validated
@ConfigurationProperties("citybridge.web")
public record WebProperties(@NotNull URI publicUrl, @NotNull URI apiUrl) {
}
