package org.citybridge.gateway.security;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * API operations that need no token: public pact pages, congress registration and badges, the public
 * practice library and logos. Everything else under /api needs a valid token.
 *
 * @param publicEndpoints entries "METHOD /path/pattern"; setting the property replaces the whole list
 */
@ConfigurationProperties("citybridge.gateway")
public record PublicEndpointsProperties(@DefaultValue List<PublicEndpoint> publicEndpoints) {
}
