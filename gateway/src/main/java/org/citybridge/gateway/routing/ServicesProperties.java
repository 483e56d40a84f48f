package org.citybridge.gateway.routing;

import java.net.URI;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/** Base URLs of the services; request paths are appended unchanged. */
@Validated
@ConfigurationProperties("citybridge.services")
public record ServicesProperties(
        @NotNull URI organisations,
        @NotNull URI actions,
        @NotNull URI knowledge,
        @NotNull URI events,
        @NotNull URI identity,
        @NotNull URI web) {

    public URI baseUrl(Downstream downstream) {
        return switch (downstream) {
            case ORGANISATIONS -> organisations;
            case ACTIONS -> actions;
            case KNOWLEDGE -> knowledge;
            case EVENTS -> events;
            case IDENTITY -> identity;
            case WEB -> web;
        };
    }
}
