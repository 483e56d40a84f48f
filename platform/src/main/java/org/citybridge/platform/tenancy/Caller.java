package org.citybridge.platform.tenancy;

import java.util.EnumSet;
import java.util.Set;

import org.citybridge.platform.domain.NotAllowedException;

/**
 * Who is calling, as the access token says. The municipality comes from the token only: a service
 * never takes it from a request body or query string.
 *
 * @param subject      the user (token {@code sub}), or {@code null} for an anonymous caller
 * @param municipality the caller's city, or {@code null} for network-wide users (the admin) and anonymous callers
 * @param roles        the roles CityBridge knows among the token's
 */
public record Caller(String subject, String municipality, Set<Role> roles) {

    public Caller {
        roles = roles == null || roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public static Caller anonymous() {
        return new Caller(null, null, Set.of());
    }

    public boolean isAnonymous() {
        return subject == null;
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public boolean hasAnyRole(Set<Role> accepted) {
        return accepted.stream().anyMatch(roles::contains);
    }

    public boolean isAdmin() {
        return hasRole(Role.ADMIN);
    }

    /** The caller's city, for operations that only make sense inside one city. */
    public String requireMunicipality() {
        if (municipality == null || municipality.isBlank()) {
            throw new NotAllowedException("This operation needs a user of a municipality; the token names none.");
        }
        return municipality;
    }

    public boolean belongsTo(String owningMunicipality) {
        return municipality != null && municipality.equals(owningMunicipality);
    }
}
