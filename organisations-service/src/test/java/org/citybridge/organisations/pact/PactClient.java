package org.citybridge.organisations.pact;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

import org.citybridge.platform.test.ApiClient;
import org.citybridge.platform.test.TestTokens;

import tools.jackson.databind.JsonNode;

/** The pact API as the tests call it, over real HTTP with real tokens. */
final class PactClient {

    static final String ALMELO = TestTokens.officer("almelo");
    static final String ANTWERPEN = TestTokens.officer("antwerpen");
    static final String ALMELO_ORGANISER = TestTokens.organiser("almelo");

    private final ApiClient api;

    PactClient(int port) {
        this.api = ApiClient.onPort(port);
    }

    static String pactJson(String title) {
        return """
                {"title": "%s", "visionTitle": "Thuis en Actief in KleurRijk Almelo",
                 "period": {"fromYear": 2011, "toYear": 2014}, "signedOn": "2011-03-01",
                 "introduction": "In onze kleurrijke samenleving raakt integratie ons allemaal.",
                 "considerations": ["dat Almelo een zeer kleurrijke bevolking heeft",
                                    "dat integratie een zaak is die ons allen aangaat"],
                 "endorsement": "Onderschrijven de Visie en willen werken aan integratie langs de volgende lijnen:",
                 "linesOfWork": [
                   {"number": 1, "title": "Gemengde participatie"},
                   {"number": 2, "title": "Interculturalisatie van voorzieningen"},
                   {"number": 3, "title": "Afspiegeling in scholen, bedrijven en organisaties"},
                   {"number": 4, "title": "Samenwerking en kennisuitwisseling"}],
                 "closing": "Samen stellen wij een actieprogramma op."}
                """.formatted(title);
    }

    static String signJson(String organisationId, String responsibleName, String date, boolean consent,
            String commitments) {
        return """
                {"organisationId": "%s", "responsibleName": "%s", "responsibleRole": "Voorzitter",
                 "date": "%s", "consent": %s, "commitments": %s}
                """.formatted(organisationId, responsibleName, date, consent, commitments);
    }

    /** A new draft of Almelo's, with a unique title. */
    String draft() {
        HttpResponse<String> created = post("/api/pacts", pactJson("Integratiepact " + UUID.randomUUID()), ALMELO);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return ApiClient.json(created).get("id").asString();
    }

    String published() {
        String id = draft();
        HttpResponse<String> published = post("/api/pacts/" + id + "/publish", "", ALMELO);
        assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
        return id;
    }

    String organisation(String officerToken, String name) {
        HttpResponse<String> created = post("/api/organisations",
                "{\"name\":\"" + name + "\",\"kind\":\"SELF_ORGANISATION\",\"visibility\":\"PRIVATE\"}", officerToken);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return ApiClient.json(created).get("id").asString();
    }

    HttpResponse<String> sign(String pactId, String organisationId, String responsibleName) {
        return post("/api/pacts/" + pactId + "/signatures",
                signJson(organisationId, responsibleName, "2011-03-15", true, "[]"), ALMELO);
    }

    String signed(String pactId, String organisationId, String responsibleName) {
        HttpResponse<String> signed = sign(pactId, organisationId, responsibleName);
        assertThat(signed.statusCode()).as(signed.body()).isEqualTo(201);
        return ApiClient.json(signed).get("id").asString();
    }

    HttpResponse<String> withdraw(String pactId, String signatureId, String date, String token) {
        return post("/api/pacts/" + pactId + "/signatures/" + signatureId + "/withdraw",
                "{\"date\": \"" + date + "\"}", token);
    }

    HttpResponse<String> get(String path, String token) {
        return api.get(path, token);
    }

    HttpResponse<byte[]> getBytes(String path, String token) {
        return send(request(path, token));
    }

    java.net.http.HttpRequest.Builder request(String path, String token) {
        return api.request(path, token).GET();
    }

    HttpResponse<byte[]> send(java.net.http.HttpRequest.Builder request) {
        try {
            return java.net.http.HttpClient.newHttpClient().send(request.build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    HttpResponse<String> post(String path, String json, String token) {
        return api.post(path, json, token);
    }

    HttpResponse<String> put(String path, String json, String token) {
        return api.send(api.request(path, token).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    static JsonNode json(HttpResponse<String> response) {
        return ApiClient.json(response);
    }

    static List<String> ids(HttpResponse<String> page) {
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        return json(page).get("items").valueStream().map(item -> item.get("id").asString()).toList();
    }

    static List<String> errorFields(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        return json(response).get("errors").valueStream().map(error -> error.get("field").asString()).toList();
    }
}
