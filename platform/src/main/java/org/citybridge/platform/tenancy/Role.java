package org.citybridge.platform.tenancy;

import java.util.Locale;
import java.util.Optional;

/** What a caller may do, as the access token's roles claim says. Routes declare which they accept. */
public enum Role {
    /** An integration officer of a city: runs its network, pact, programmes and exchange. */
    OFFICER,
    /** An event organiser of a city: runs its congresses and meetings. */
    ORGANISER,
    /** The network administrator: adds member cities; belongs to no city. */
    ADMIN,
    /** Another CityBridge service calling with its own client credentials. */
    SERVICE;

    /** The role a claim value names, ignoring case; empty for names CityBridge does not know. */
    public static Optional<Role> named(String name) {
        try {
            return Optional.of(valueOf(name.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }
}
