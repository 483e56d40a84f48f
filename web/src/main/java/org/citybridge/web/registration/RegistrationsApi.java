package org.citybridge.web.registration;

import java.util.List;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/** events-service's registration routes, anonymous but for the holder's management token. */
@Component
class RegistrationsApi {

    static final String TOKEN = "X-Registration-Token";

    private final RestClient api;

    RegistrationsApi(RestClient gatewayApi) {
        this.api = gatewayApi;
    }

    Registration register(String congressId, RegistrationForm form) {
        return api.post().uri("/api/congresses/{id}/registrations", congressId)
                .header("Idempotency-Key", form.getIdempotencyKey())
                .contentType(MediaType.APPLICATION_JSON)
                .body(form.toApi())
                .retrieve()
                .body(Registration.class);
    }

    Registration get(String code, String token) {
        return api.get().uri("/api/registrations/{code}", code).header(TOKEN, token).retrieve()
                .body(Registration.class);
    }

    Registration changeSessions(String code, String token, List<String> sessions) {
        return api.put().uri("/api/registrations/{code}", code).header(TOKEN, token)
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("sessions", sessions))
                .retrieve()
                .body(Registration.class);
    }

    Registration accept(String code, String token) {
        return api.post().uri("/api/registrations/{code}/accept", code).header(TOKEN, token).retrieve()
                .body(Registration.class);
    }

    void cancel(String code, String token) {
        api.delete().uri("/api/registrations/{code}", code).header(TOKEN, token).retrieve().toBodilessEntity();
    }

    byte[] ticketImage(String code, String token) {
        return api.get().uri("/api/registrations/{code}/ticket.png", code).header(TOKEN, token)
                .accept(MediaType.IMAGE_PNG).retrieve().body(byte[].class);
    }

    byte[] badge(String code, String token) {
        return api.get().uri("/api/registrations/{code}/badge", code).header(TOKEN, token)
                .accept(MediaType.APPLICATION_PDF).retrieve().body(byte[].class);
    }
}
