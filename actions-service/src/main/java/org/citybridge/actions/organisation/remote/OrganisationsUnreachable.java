package org.citybridge.actions.organisation.remote;

import org.springframework.cloud.openfeign.FallbackFactory;
import org.springframework.stereotype.Component;

/**
 * The circuit breaker's fallback: there is no answer to make up, so it says that organisations-service
 * could not answer, and the caller decides what it can do without it.
 */
@Component
class OrganisationsUnreachable implements FallbackFactory<OrganisationsClient> {

    @Override
    public OrganisationsClient create(Throwable cause) {
        return (id, authorization) -> {
            throw new OrganisationsUnavailableException(cause);
        };
    }
}
