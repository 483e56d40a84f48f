package org.citybridge.platform.tenancy;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

import org.citybridge.platform.security.SecurityProperties;
import org.springframework.security.oauth2.jwt.Jwt;

/** Reads the tenant and role claims, whose names are configurable for other OIDC providers. */
public class CallerFactory {

    private final SecurityProperties properties;

    public CallerFactory(SecurityProperties properties) {
        this.properties = properties;
    }

    public Caller fromJwt(Jwt jwt) {
        String municipality = jwt.getClaimAsString(properties.municipalityClaim());
        return new Caller(jwt.getSubject(), municipality == null ? null : municipality.toLowerCase(Locale.ROOT), roles(jwt));
    }

    public Set<String> roles(Jwt jwt) {
        Object claim = jwt.getClaims().get(properties.rolesClaim());
        Set<String> roles = new LinkedHashSet<>();
        if (claim instanceof Collection<?> values) {
            values.forEach(value -> roles.add(String.valueOf(value).toUpperCase(Locale.ROOT)));
        } else if (claim instanceof String value) {
            for (String role : value.split("[ ,]+")) {
                if (!role.isBlank()) {
                    roles.add(role.toUpperCase(Locale.ROOT));
                }
            }
        }
        return roles;
    }
}
