package org.citybridge.platform.security;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param municipalityClaim the access-token claim naming the caller's municipality
 * @param rolesClaim        the claim listing the caller's roles
 * @param publicEndpoints   endpoints open to anonymous callers, as {@code "METHOD /path/pattern"}
 */
@ConfigurationProperties("citybridge.security")
public record SecurityProperties(String municipalityClaim, String rolesClaim, List<String> publicEndpoints) {

    public SecurityProperties {
        municipalityClaim = municipalityClaim == null ? "municipality" : municipalityClaim;
        rolesClaim = rolesClaim == null ? "roles" : rolesClaim;
        publicEndpoints = publicEndpoints == null ? List.of() : List.copyOf(publicEndpoints);
    }
}
