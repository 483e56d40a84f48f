package org.citybridge.web.registration;

import java.time.Duration;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;

/**
 * Where the browser keeps a registration's management token: a cookie limited to that registration's pages
 * ({@code /registrations/{code}}), HttpOnly, SameSite=Lax (a link from a mail still carries it), Secure behind
 * https. Written when the person registers here or opens the first mail's link ({@code ?token=}), which then
 * redirects to the address without it: the token does not stay in the address bar, the history, or a Referer.
 * Several registrations in one browser each have their own cookie, told apart by path.
 */
@Component
class RegistrationTokens {

    static final String COOKIE = "CITYBRIDGE_REGISTRATION";
    /** Long enough to manage a registration until the congress and a little after; Chrome caps at 400 days. */
    static final Duration KEPT = Duration.ofDays(180);

    /** A registration code as events-service hands them out (and nothing that could bend a path or a cookie). */
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9-]{1,64}");
    /** Management tokens are 43 characters of base64url; a little room, nothing else. */
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{16,200}");

    static boolean isCode(String code) {
        return code != null && CODE.matcher(code).matches();
    }

    static boolean isToken(String token) {
        return token != null && TOKEN.matcher(token).matches();
    }

    static String path(String code) {
        return "/registrations/" + code;
    }

    void remember(HttpServletRequest request, HttpServletResponse response, String code, String token) {
        response.addHeader(HttpHeaders.SET_COOKIE, cookie(request, code, token, KEPT).toString());
    }

    void forget(HttpServletRequest request, HttpServletResponse response, String code) {
        response.addHeader(HttpHeaders.SET_COOKIE, cookie(request, code, "", Duration.ZERO).toString());
    }

    /** The token this browser holds for the registration; the browser sends only the one of this path. */
    Optional<String> of(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        for (Cookie cookie : cookies) {
            if (COOKIE.equals(cookie.getName()) && isToken(cookie.getValue())) {
                return Optional.of(cookie.getValue());
            }
        }
        return Optional.empty();
    }

    private static ResponseCookie cookie(HttpServletRequest request, String code, String value, Duration maxAge) {
        return ResponseCookie.from(COOKIE, value)
                .path(path(code))
                .httpOnly(true)
                .secure(request.isSecure())
                .sameSite("Lax")
                .maxAge(maxAge)
                .build();
    }
}
