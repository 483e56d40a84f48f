package org.citybridge.platform.tenancy;

import java.util.Set;

import org.citybridge.platform.web.ForbiddenException;

/**
 * Who is calling, as the access token says. The municipality comes from the token only: a service
 * never takes it from a request body or query string.
 *
 * @param subject      the user (token {@code sub})
 * @param municipality the caller's city, or {@code null} for network-wide users (the admin) and anonymous callers
 * @param roles        {@code OFFICER}, {@code ORGANISER}, {@code ADMIN}, {@code SERVICE}
 */
public record Caller(String subject, String municipality, Set<String> roles) {

    public static final String OFFICER = "OFFICER";
    public static final String ORGANISER = "ORGANISER";
    public static final String ADMIN = "ADMIN";
    public static final String SERVICE = "SERVICE";

    public Caller {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }

    public static Caller anonymous() {
        return new Caller(null, null, Set.of());
    }

    public boolean isAnonymous() {
        return subject == null;
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    public boolean isAdmin() {
        return hasRole(ADMIN);
    }

    /** The caller's city, for operations that only make sense inside one city. */
    public String requireMunicipality() {
        if (municipality == null || municipality.isBlank()) {
            throw new ForbiddenException("This operation needs a user of a municipality; the token names none.");
        }
        return municipality;
    }

    public boolean belongsTo(String owningMunicipality) {
        return municipality != null && municipality.equals(owningMunicipality);
    }
}
