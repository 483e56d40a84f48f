package org.citybridge.web.signin;

import org.citybridge.web.WebProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;

/**
 * People sign in at identity (authorization code with PKCE: the web is a public client, it holds no secret) and
 * the pages keep their tokens in the session. Public pages (congresses, registration, signatories, public
 * practices) need no sign-in.
 * <p>
 * Paths avoid identity's own, which the gateway routes to identity: {@code /signin/citybridge} starts the flow
 * (not {@code /oauth2/authorization/...}), {@code /login/callback} ends it, {@code /signout} signs out (not
 * {@code /logout}).
 */
@Configuration(proxyBeanMethods = false)
public class SignInConfiguration {

    public static final String REGISTRATION = "citybridge";
    static final String START = "/signin/" + REGISTRATION;

    /** Open to everyone; everything else asks to sign in first. */
    static final String[] PUBLIC_PATHS = { "/", "/congresses/**", "/registrations/**", "/signatories/**",
            "/public/**", "/signin/**", "/login/callback", "/error", "/actuator/health", "/actuator/health/**",
            "/webjars/**", "/css/**", "/js/**", "/images/**", "/favicon.ico", "/manifest.webmanifest",
            // The check-in app's service worker: the browser re-fetches it without asking, also after the session ended.
            "/check-in/sw.js" };

    @Bean
    SecurityFilterChain pages(HttpSecurity http, WebProperties properties) {
        http.authorizeHttpRequests(authorize -> authorize
                .requestMatchers(PUBLIC_PATHS).permitAll()
                .anyRequest().authenticated());
        http.oauth2Login(login -> login
                .loginPage(START)
                .authorizationEndpoint(endpoint -> endpoint.baseUri("/signin"))
                .redirectionEndpoint(endpoint -> endpoint.baseUri("/login/callback")));
        http.exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint(START)));
        http.logout(logout -> logout
                .logoutUrl("/signout")
                .logoutSuccessHandler(new IdentitySignOut(properties)));
        return http.build();
    }
}
