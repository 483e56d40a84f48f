package org.citybridge.events.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.citybridge.events.EventsClient;
import org.citybridge.platform.test.ApiClient;
import org.citybridge.platform.test.StackTest;
import org.citybridge.platform.test.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/** Attendee lists for the organisers of every organising city, and the public list of those who consented. */
@StackTest
class AttendeeListIT {

    @LocalServerPort
    int port;

    @Test
    void organisersListExportAndCountAttendeesAndThePublicSeesOnlyThoseWhoConsented() {
        EventsClient client = new EventsClient(port);
        String congress = client.congress("almelo", 3, 3, "\"coOrganisers\": [\"muenster\"]").get("id").asString();
        client.registered(congress, EventsClient.email(), "\"name\": \"Ayşe Yılmaz\", \"organisation\": \"Stichting Samen\", "
                + "\"municipality\": \"Almelo\"");
        client.registered(congress, EventsClient.email(), "\"name\": \"=HYPERLINK(\\\"http://evil\\\")\", "
                + "\"organisation\": \"Stadt Münster\", \"municipality\": \"Münster\"");
        client.registered(congress, EventsClient.email(), "\"name\": \"Jan Peeters\", \"consentToList\": false, "
                + "\"organisation\": \"Stichting Samen\", \"municipality\": \"Antwerpen\"");
        client.registered(congress, EventsClient.email(), "\"name\": \"Wachtende\"");

        HttpResponse<String> page = client.api().get("/api/congresses/" + congress + "/attendees?size=2",
                TestTokens.organiser("muenster"));
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        JsonNode list = ApiClient.json(page);
        assertThat(list.get("items")).hasSize(2);
        assertThat(list.get("total").asInt()).isEqualTo(4);

        JsonNode counts = ApiClient.json(client.api().get("/api/congresses/" + congress + "/attendees/counts",
                TestTokens.organiser("almelo")));
        assertThat(counts.get("confirmed").asInt()).isEqualTo(3);
        assertThat(counts.get("waitlisted").asInt()).isEqualTo(1);
        assertThat(counts.get("confirmedByMunicipality").get("Münster").asInt()).isEqualTo(1);
        assertThat(counts.get("confirmedByOrganisation").get("Stichting Samen").asInt()).isEqualTo(2);

        HttpResponse<String> csv = client.api().get("/api/congresses/" + congress + "/attendees.csv",
                TestTokens.organiser("almelo"));
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("text/csv"));
        assertThat(csv.body()).contains("Ayşe Yılmaz").contains("Stadt Münster")
                .as("a formula is shown as text").contains("'=HYPERLINK").doesNotContain(",=HYPERLINK");
        assertThat(csv.body().lines()).hasSize(5);

        assertThat(client.api().get("/api/congresses/" + congress + "/attendees", TestTokens.organiser("antwerpen"))
                .statusCode()).isEqualTo(404);
        assertThat(client.api().get("/api/congresses/" + congress + "/attendees.csv", TestTokens.organiser("antwerpen"))
                .statusCode()).isEqualTo(404);

        String publicList = client.api().get("/api/congresses/public/" + congress + "/attendees", null).body();
        assertThat(publicList).contains("Ayşe Yılmaz").doesNotContain("Jan Peeters").doesNotContain("Wachtende")
                .doesNotContain("@example.org");
    }
}
