package org.citybridge.platform.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How to read another OIDC provider's tokens. Which routes are public is declared on the routes
 * ({@link PublicRoute}), not configured.
 *
 * @param municipalityClaim the access-token claim naming the caller's municipality
 * @param rolesClaim        the claim listing the caller's roles
 */
@ConfigurationProperties("citybridge.security")
public record SecurityProperties(String municipalityClaim, String rolesClaim) {

    public SecurityProperties {
        municipalityClaim = municipalityClaim == null ? "municipality" : municipalityClaim;
        rolesClaim = rolesClaim == null ? "roles" : rolesClaim;
    }
}
