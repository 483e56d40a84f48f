package org.citybridge.web.signin;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.citybridge.web.WebProperties;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * After the pages forgot the person, identity must forget them too, or the next "sign in" would pass straight
 * through without a password. OIDC RP-initiated logout at identity's {@code /connect/logout}, then back home.
 * (Spring's OidcClientInitiatedLogoutSuccessHandler would need identity's discovery document at start-up.)
 */
final class IdentitySignOut implements LogoutSuccessHandler {

    private final WebProperties properties;

    IdentitySignOut(WebProperties properties) {
        this.properties = properties;
    }

    @Override
    public void onLogoutSuccess(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException {
        String home = UriComponentsBuilder.fromUri(properties.publicUrl()).path("/").build().toUriString();
        if (!(authentication != null && authentication.getPrincipal() instanceof OidcUser user)) {
            response.sendRedirect(home);
            return;
        }
        String logout = UriComponentsBuilder.fromUri(properties.publicUrl())
                .path("/connect/logout")
                .queryParam("id_token_hint", user.getIdToken().getTokenValue())
                .queryParam("post_logout_redirect_uri", home)
                .build()
                .encode()
                .toUriString();
        response.sendRedirect(logout);
    }
}
