package org.citybridge.actions.organisation.remote;

import org.citybridge.platform.web.DependencyUnavailableException;

/**
 * organisations-service did not answer (down, too slow, or the circuit is open). A
 * {@link DependencyUnavailableException}, so the platform answers 503 with Retry-After, and a consumer
 * that meets it waits and retries instead of dead-lettering.
 */
public class OrganisationsUnavailableException extends DependencyUnavailableException {

    public OrganisationsUnavailableException(Throwable cause) {
        super("organisations-service did not answer: " + cause, cause);
    }
}
