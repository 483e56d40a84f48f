package org.citybridge.web.api;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.citybridge.web.signin.SignInConfiguration;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpRequest;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Says on every API call who is asking: the person's access token (from their session; nothing for visitors),
 * the language they read, and the address their browser has (the gateway's limits for anonymous writes count per
 * address, and without it every visitor would share the web's own).
 */
final class CallerHeaders implements ClientHttpRequestInterceptor {

    static final String FORWARDED_FOR = "X-Forwarded-For";

    private final OAuth2AuthorizedClientRepository authorizedClients;

    CallerHeaders(OAuth2AuthorizedClientRepository authorizedClients) {
        this.authorizedClients = authorizedClients;
    }

    @Override
    public ClientHttpResponse intercept(HttpRequest request, byte[] body, ClientHttpRequestExecution execution)
            throws IOException {
        HttpHeaders headers = request.getHeaders();
        headers.setAcceptLanguageAsLocales(List.of(LocaleContextHolder.getLocale()));
        HttpServletRequest page = currentPage();
        if (page != null) {
            headers.set(FORWARDED_FOR, page.getRemoteAddr());
            Authentication person = SecurityContextHolder.getContext().getAuthentication();
            if (person instanceof OAuth2AuthenticationToken) {
                OAuth2AuthorizedClient client = authorizedClients.loadAuthorizedClient(SignInConfiguration.REGISTRATION,
                        person, page);
                if (client != null && !headers.containsHeader(HttpHeaders.AUTHORIZATION)) {
                    headers.setBearerAuth(client.getAccessToken().getTokenValue());
                }
            }
        }
        return execution.execute(request, body);
    }

    private static HttpServletRequest currentPage() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest() : null;
    }
}
