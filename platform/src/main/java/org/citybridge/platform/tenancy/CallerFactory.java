package org.citybridge.platform.tenancy;

import java.util.Collection;
import java.util.EnumSet;
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
        return new Caller(jwt.getSubject(), municipality == null ? null : municipality.toLowerCase(Locale.ROOT),
                roles(jwt));
    }

    /** The claim may be a JSON array or a space- or comma-separated string; roles CityBridge does not know are left out. */
    public Set<Role> roles(Jwt jwt) {
        Object claim = jwt.getClaims().get(properties.rolesClaim());
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (claim instanceof Collection<?> values) {
            values.forEach(value -> Role.named(String.valueOf(value)).ifPresent(roles::add));
        } else if (claim instanceof String value) {
            for (String role : value.split("[ ,]+")) {
                if (!role.isBlank()) {
                    Role.named(role).ifPresent(roles::add);
                }
            }
        }
        return roles;
    }
}
