package org.citybridge.identity;

import java.util.List;

import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.stereotype.Component;

/**
 * Adds the claims that CityBridge services authorise on. This is the contract any replacement
 * OIDC provider has to honour:
 * <ul>
 * <li>{@code municipality}: tenant slug such as {@code "almelo"}; absent for network-wide users
 * (the admin) and for service clients.</li>
 * <li>{@code roles}: JSON array of role names, e.g. {@code ["OFFICER"]}; {@code ["SERVICE"]} for
 * tokens obtained with client credentials.</li>
 * <li>{@code preferred_username}, {@code email} (both the username) and {@code name}.</li>
 * </ul>
 * ID tokens get the same claims so that a web UI can show them without calling userinfo.
 */
@Component
public class TokenClaimsCustomizer implements OAuth2TokenCustomizer<JwtEncodingContext> {

	public static final String MUNICIPALITY = "municipality";

	public static final String ROLES = "roles";

	public static final String SERVICE_ROLE = "SERVICE";

	private final UserDirectory users;

	public TokenClaimsCustomizer(UserDirectory users) {
		this.users = users;
	}

	@Override
	public void customize(JwtEncodingContext context) {
		boolean accessToken = OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType());
		boolean idToken = OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue());
		if (!accessToken && !idToken) {
			return;
		}
		JwtClaimsSet.Builder claims = context.getClaims();
		if (AuthorizationGrantType.CLIENT_CREDENTIALS.equals(context.getAuthorizationGrantType())) {
			claims.claim(ROLES, List.of(SERVICE_ROLE));
			return;
		}
		// Looked up rather than taken from the stored principal so that this keeps working if
		// authorizations are ever persisted in a form that drops our user details.
		this.users.find(context.getPrincipal().getName()).ifPresent((user) -> {
			claims.claim("preferred_username", user.username());
			claims.claim("email", user.username());
			claims.claim("name", user.displayName());
			claims.claim(ROLES, user.roles());
			if (user.hasMunicipality()) {
				claims.claim(MUNICIPALITY, user.municipality());
			}
		});
	}

}
