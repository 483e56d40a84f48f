package org.citybridge.actions.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;

import org.citybridge.platform.test.ApiClient;
import org.citybridge.platform.test.TestTokens;

import tools.jackson.databind.JsonNode;

/** Sets up programmes, actions and indicators through the API, as a city's officer would. */
final class IndicatorClient {

    final ApiClient api;

    IndicatorClient(int port) {
        this.api = ApiClient.onPort(port);
    }

    static String officer(String city) {
        return TestTokens.officer(city);
    }

    String programme(String city, String visibility) {
        return created(api.post("/api/programmes", """
                {"title": "Diversiteitsbeleid %s", "period": {"start": "2011-01-01", "end": "2012-12-31"},
                 "goals": [{"number": 1, "title": "Iedereen doet mee"}], "visibility": "%s"}
                """.formatted(UUID.randomUUID(), visibility), officer(city))).get("id").asString();
    }

    String action(String city, String programme, String visibility) {
        return created(api.post("/api/programmes/" + programme + "/actions", """
                {"title": "Sociale adviseurs %s", "goal": 1, "visibility": "%s"}
                """.formatted(UUID.randomUUID(), visibility), officer(city))).get("id").asString();
    }

    /** Antwerp's social advisers: from 0 on 1 Jan 2012 to 360 home parties by 31 Dec 2012. */
    static String homeParties(String sharedCode, String visibility) {
        return """
                {"name": "Huiskamergesprekken", "unit": "gesprekken",
                 "baseline": {"date": "2012-01-01", "value": 0},
                 "targets": [{"date": "2012-12-31", "value": 360}],
                 "direction": "UP", "updateInterval": "QUARTER"%s%s}
                """.formatted(sharedCode == null ? "" : ", \"sharedCode\": \"" + sharedCode + "\"",
                visibility == null ? "" : ", \"visibility\": \"" + visibility + "\"");
    }

    JsonNode indicator(String city, String action, String json) {
        return created(api.post("/api/actions/" + action + "/indicators", json, officer(city)));
    }

    static String measurement(String date, Object value) {
        return "{\"date\": \"" + date + "\", \"value\": " + value + ", \"source\": \"Jaarverslag\"}";
    }

    JsonNode measure(String city, String indicator, String date, Object value) {
        return created(api.post("/api/indicators/" + indicator + "/measurements", measurement(date, value),
                officer(city)));
    }

    HttpResponse<String> put(String path, String json, String authorization, String ifMatch) {
        HttpRequest.Builder request = api.request(path, authorization).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return api.send(request);
    }

    String actionStatus(String city, String action) {
        return ApiClient.json(api.get("/api/actions/" + action, officer(city))).get("status").asString();
    }

    static JsonNode created(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return ApiClient.json(response);
    }
}
