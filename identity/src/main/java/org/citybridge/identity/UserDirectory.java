package org.citybridge.identity;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * The configured accounts, used both for form login and for the extra token claims. Usernames
 * are matched case-insensitively because they look like e-mail addresses.
 */
@Component
public class UserDirectory implements UserDetailsService {

	private static final Logger log = LoggerFactory.getLogger(UserDirectory.class);

	private static final Pattern ROLE = Pattern.compile("[A-Z][A-Z0-9_]*");

	private final Map<String, IdentityProperties.User> users = new LinkedHashMap<>();

	public UserDirectory(IdentityProperties properties) {
		properties.users().forEach(this::add);
		if (this.users.isEmpty()) {
			log.warn("No users are configured (citybridge.identity.users is empty): nobody can log in. "
					+ "Start with the 'dev' profile for the demo users.");
		}
		else {
			log.info("{} users configured: {}", this.users.size(),
					this.users.values().stream().map(IdentityProperties.User::username).toList());
		}
	}

	private void add(IdentityProperties.User user) {
		// Misconfigured accounts would otherwise only surface as a puzzling login failure.
		String username = user.username();
		require(username != null && !username.isBlank(), "a user has no username");
		require(hasEncoderId(user.password()), "user '" + username
				+ "' needs a password with an encoder prefix such as {bcrypt} or {noop}");
		require(!user.roles().isEmpty(), "user '" + username + "' has no roles");
		user.roles()
			.forEach((role) -> require(ROLE.matcher(role).matches() && !role.startsWith("ROLE_"),
					"user '" + username + "' has an invalid role '" + role + "' (expected e.g. OFFICER)"));
		require(this.users.putIfAbsent(key(username), user) == null, "user '" + username + "' is configured twice");
	}

	public Optional<IdentityProperties.User> find(String username) {
		return Optional.ofNullable((username != null) ? this.users.get(key(username)) : null);
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		IdentityProperties.User user = find(username)
			.orElseThrow(() -> new UsernameNotFoundException("unknown user"));
		return org.springframework.security.core.userdetails.User.withUsername(user.username())
			.password(user.password())
			.roles(user.roles().toArray(String[]::new))
			.build();
	}

	static boolean hasEncoderId(String encoded) {
		return encoded != null && encoded.startsWith("{") && encoded.indexOf('}') > 1;
	}

	private static String key(String username) {
		return username.trim().toLowerCase(Locale.ROOT);
	}

	private static void require(boolean condition, String problem) {
		if (!condition) {
			throw new IllegalStateException("Invalid citybridge.identity.users: " + problem);
		}
	}

}
