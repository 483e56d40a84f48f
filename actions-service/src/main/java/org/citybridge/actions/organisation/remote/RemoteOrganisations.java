package org.citybridge.actions.organisation.remote;

import java.util.Optional;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Asks organisations-service about one organisation, as the current caller: their token goes along,
 * so organisations-service applies its own tenancy (another city's private organisation is a 404).
 */
@Component
public class RemoteOrganisations {

    private final OrganisationsClient client;

    RemoteOrganisations(OrganisationsClient client) {
        this.client = client;
    }

    /**
     * The organisation as the caller may see it, or empty when organisations-service says there is
     * none; throws {@link OrganisationsUnavailableException} when it does not answer.
     */
    public Optional<RemoteOrganisation> find(String organisationId) {
        // Read here, on the request's thread: the call itself runs on the time limiter's thread, which
        // does not see the request, so a RequestInterceptor there would forward nothing.
        return client.find(organisationId, currentAuthorization());
    }

    private static String currentAuthorization() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return attributes.getRequest().getHeader(HttpHeaders.AUTHORIZATION);
        }
        return null;
    }
}
