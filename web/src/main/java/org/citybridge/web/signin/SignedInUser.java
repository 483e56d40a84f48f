package org.citybridge.web.signin;

import java.util.List;

import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * The person signed in, as identity's ID token describes them. Only for what a page shows or offers: the
 * services decide what the person may do, from the access token.
 */
public record SignedInUser(String username, String name, String municipality, List<String> roles) {

    public static SignedInUser of(Authentication authentication) {
        if (authentication == null || !(authentication.getPrincipal() instanceof OidcUser user)) {
            return null;
        }
        List<String> roles = user.getClaimAsStringList("roles");
        return new SignedInUser(user.getPreferredUsername(), user.getFullName(), user.getClaimAsString("municipality"),
                roles == null ? List.of() : List.copyOf(roles));
    }

    /** The signed-in person's city, or "" for a visitor or a network-wide account (the admin). */
    public static String cityOf(Authentication authentication) {
        SignedInUser me = of(authentication);
        return me == null || me.municipality() == null ? "" : me.municipality();
    }

    public boolean officer() {
        return roles.contains("OFFICER") || roles.contains("ADMIN");
    }

    public boolean organiser() {
        return roles.contains("ORGANISER") || roles.contains("ADMIN");
    }
}
