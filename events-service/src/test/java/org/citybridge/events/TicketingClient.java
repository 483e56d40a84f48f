package org.citybridge.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.citybridge.events.ticket.TicketHolder;
import org.citybridge.platform.test.ApiClient;
import org.citybridge.platform.test.TestTokens;

import tools.jackson.databind.JsonNode;

/** The calls the ticket, check-in and badge tests make, over real HTTP. */
public final class TicketingClient {

    public static final String TOPIC = "citybridge.events";
    public static final String TOKEN = "X-Registration-Token";

    private final ApiClient api;
    private final InMemoryTicketHolders holders;

    public TicketingClient(int port, InMemoryTicketHolders holders) {
        this.api = ApiClient.onPort(port);
        this.holders = holders;
    }

    public ApiClient api() {
        return api;
    }

    /** The holder's own request, with its management token. */
    public HttpResponse<String> asHolder(String path, TicketHolder holder) {
        return api.send(api.request(path, null).header(TOKEN, holders.tokenOf(holder)).GET());
    }

    public HttpResponse<byte[]> bytesAsHolder(String path, TicketHolder holder) {
        try {
            return java.net.http.HttpClient.newHttpClient().send(api.request(path, null).header(TOKEN,
                    holders.tokenOf(holder)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public String secretOf(TicketHolder holder) {
        HttpResponse<String> response = asHolder("/api/registrations/" + holder.code() + "/ticket", holder);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return ApiClient.json(response).get("secret").asString();
    }

    public String publicKeyOf(String congressId, String municipality) {
        HttpResponse<String> response = api.get("/api/congresses/" + congressId + "/ticket-keys",
                TestTokens.organiser(municipality));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return ApiClient.json(response).get("keys").get(0).get("publicKey").asString();
    }

    public String checkInList(String congressId, String municipality, String name, String sessionId) {
        String body = sessionId == null ? "{\"name\": \"%s\"}".formatted(name)
                : "{\"name\": \"%s\", \"sessionId\": \"%s\"}".formatted(name, sessionId);
        HttpResponse<String> response = api.post("/api/congresses/" + congressId + "/check-in-lists", body,
                TestTokens.organiser(municipality));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return ApiClient.json(response).get("id").asString();
    }

    public HttpResponse<String> scan(String congressId, String listId, String municipality, String secretOrCode,
            String nonce, String device) {
        return api.post("/api/congresses/" + congressId + "/check-in-lists/" + listId + "/scans",
                "{\"secretOrCode\": \"%s\", \"nonce\": \"%s\", \"deviceId\": \"%s\"}".formatted(secretOrCode, nonce,
                        device), TestTokens.organiser(municipality));
    }

    public JsonNode scanned(String congressId, String listId, String municipality, String secretOrCode, String nonce,
            String device) {
        HttpResponse<String> response = scan(congressId, listId, municipality, secretOrCode, nonce, device);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return ApiClient.json(response);
    }

    public static HttpRequest.BodyPublisher json(String body) {
        return HttpRequest.BodyPublishers.ofString(body);
    }
}
