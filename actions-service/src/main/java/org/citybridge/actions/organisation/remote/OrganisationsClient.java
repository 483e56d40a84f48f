package org.citybridge.actions.organisation.remote;

import java.util.Optional;

import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * organisations-service, asked for one organisation. A 404 is an answer (empty: no such organisation
 * for this caller), not a failure: {@code dismiss404} in application.yml, so it does not count towards
 * opening the circuit. Every other failure, a time-out and an open circuit end in the fallback.
 */
@FeignClient(name = OrganisationsClient.NAME, url = "${citybridge.organisations.url}",
        fallbackFactory = OrganisationsUnreachable.class)
interface OrganisationsClient {

    /** Also the circuit breaker's and the time limiter's name (application.yml). */
    String NAME = "organisations";

    @GetMapping("/api/organisations/{id}")
    Optional<RemoteOrganisation> find(@PathVariable("id") String id,
            @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization);
}
