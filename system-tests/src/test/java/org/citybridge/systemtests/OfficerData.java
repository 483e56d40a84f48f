package org.citybridge.systemtests;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Data the officer's browser tests set up for themselves through the gateway's API, with a demo officer's token:
 * each test changes only what it created, so that tests sharing a suite never count on each other's data.
 */
final class OfficerData {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String token;

    OfficerData(String user) {
        this.token = BrowserSuite.token(user);
    }

    /** A private organisation of the officer's city with a name no other test uses. */
    JsonNode organisation(String name) {
        return post("/api/organisations", """
                {"name": "%s", "kind": "CIVIL_SOCIETY", "visibility": "PRIVATE",
                 "address": {"street": "Teststraat 1", "postalCode": "7600 AA", "city": "Almelo", "country": "NL"}}
                """.formatted(name));
    }

    /**
     * A private programme running from half a year ago, with one action and one indicator on it (baseline 0 at the
     * start, target 100 a year from now): the indicator's id.
     */
    JsonNode indicator(String title) {
        LocalDate start = LocalDate.now().minusMonths(6).withDayOfMonth(1);
        LocalDate end = LocalDate.now().plusYears(1);
        JsonNode programme = post("/api/programmes", """
                {"title": "%s", "summary": "Set up by a browser test.", "period": {"start": "%s", "end": "%s"},
                 "goals": [{"number": 1, "title": "Measured"}], "successFactors": [], "weighting": "EQUAL",
                 "visibility": "PRIVATE"}
                """.formatted(title, start, end));
        JsonNode action = post("/api/programmes/" + programme.get("id").asString() + "/actions", """
                {"title": "%s action", "goal": 1, "lineOfWork": 1, "owner": {"name": "Browser test"},
                 "period": {"start": "%s", "end": "%s"}, "visibility": "PRIVATE"}
                """.formatted(title, start, end));
        return post("/api/actions/" + action.get("id").asString() + "/indicators", """
                {"name": "%s indicator", "unit": "participants", "baseline": {"date": "%s", "value": 0},
                 "targets": [{"date": "%s", "value": 100}], "direction": "UP", "updateInterval": "QUARTER",
                 "visibility": "PRIVATE"}
                """.formatted(title, start, end));
    }

    /**
     * Clicks a button or link that loads another page and waits until that page is there: reading right after the click
     * could read the page that is leaving.
     */
    static void submit(Browser browser, org.openqa.selenium.WebElement button) {
        browser.driver().executeScript("window.leaving = true;");
        button.click();
        browser.waitUpTo(Duration.ofSeconds(30)).until(d -> Boolean.TRUE.equals(browser.driver().executeScript(
                "return window.leaving === undefined && document.readyState === 'complete';")));
    }

    static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    private JsonNode post(String path, String body) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(BrowserSuite.api() + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 201) {
                throw new IllegalStateException("POST " + path + " answered " + response.statusCode() + ": "
                        + response.body());
            }
            return JSON.readTree(response.body());
        }
        catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
