package org.citybridge.events.registration.web;

import java.net.URI;

import jakarta.validation.Valid;

import org.citybridge.events.organisation.OrganisationNames;
import org.citybridge.events.registration.NewRegistration;
import org.citybridge.events.registration.Registration;
import org.citybridge.events.registration.RegistrationService;
import org.citybridge.platform.security.PublicRoute;
import org.citybridge.platform.web.InvalidFieldException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Registration without an account. Anyone may register; the holder of the management token (header
 * {@value #TOKEN}) may look, change sessions, accept an offered place and cancel. A wrong token is a 404,
 * like an unknown code. A retried POST with the same {@code Idempotency-Key} gets the first answer
 * (the platform's filter); the same email twice gets 409 naming the existing registration.
 */
@RestController
class RegistrationController {

    static final String TOKEN = "X-Registration-Token";

    private final RegistrationService registrations;
    private final OrganisationNames organisations;

    RegistrationController(RegistrationService registrations, OrganisationNames organisations) {
        this.registrations = registrations;
        this.organisations = organisations;
    }

    @PostMapping("/api/congresses/{congressId}/registrations")
    @PublicRoute
    ResponseEntity<RegistrationResponse> register(@PathVariable String congressId,
            @Valid @RequestBody RegistrationRequest request) {
        String organisation = request.organisation();
        if (request.organisationId() != null && !request.organisationId().isBlank()) {
            organisation = organisations.activeName(request.organisationId()).orElseThrow(() ->
                    new InvalidFieldException("organisationId", "names no active organisation of the directory"));
        }
        NewRegistration made = registrations.register(congressId, request.toForm(organisation));
        Registration registration = made.registration();
        return ResponseEntity.created(URI.create("/api/registrations/" + registration.code()))
                .body(RegistrationResponse.of(registration, made.placeInLine(), made.managementToken()));
    }

    @GetMapping("/api/registrations/{code}")
    @PublicRoute
    RegistrationResponse get(@PathVariable String code, @RequestHeader(name = TOKEN, required = false) String token) {
        Registration registration = registrations.view(code, token);
        return RegistrationResponse.of(registration, registrations.placeInLine(registration), null);
    }

    @PutMapping("/api/registrations/{code}")
    @PublicRoute
    RegistrationResponse replaceSessions(@PathVariable String code,
            @RequestHeader(name = TOKEN, required = false) String token, @Valid @RequestBody SessionsRequest request) {
        return changeSessions(code, token, request);
    }

    @PatchMapping("/api/registrations/{code}")
    @PublicRoute
    RegistrationResponse changeSessions(@PathVariable String code,
            @RequestHeader(name = TOKEN, required = false) String token, @Valid @RequestBody SessionsRequest request) {
        Registration registration = registrations.changeSessions(code, token, request.sessions());
        return RegistrationResponse.of(registration, registrations.placeInLine(registration), null);
    }

    @PostMapping("/api/registrations/{code}/accept")
    @PublicRoute
    RegistrationResponse acceptOffer(@PathVariable String code,
            @RequestHeader(name = TOKEN, required = false) String token) {
        return RegistrationResponse.of(registrations.acceptOffer(code, token), 0, null);
    }

    @DeleteMapping("/api/registrations/{code}")
    @PublicRoute
    ResponseEntity<Void> cancel(@PathVariable String code,
            @RequestHeader(name = TOKEN, required = false) String token) {
        registrations.cancel(code, token);
        return ResponseEntity.noContent().build();
    }
}
