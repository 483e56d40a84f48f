package org.citybridge.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.UUID;

import org.citybridge.platform.test.ApiClient;
import org.citybridge.platform.test.RouteMatrix;
import org.citybridge.platform.test.StackTest;
import org.citybridge.platform.test.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * Every route of events-service with every role, a member without a role, no token, and another city on
 * Almelo's private congress (its sessions, check-in list, tickets' keys and revocations, badges), venue
 * and a registration of its (a registration's routes, its ticket and badge too, are public, but without
 * the registration's token nobody finds it). A new route fails here until it has a declaration and its
 * fixtures.
 */
@StackTest
class RouteAccessIT {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Test
    void everyRouteAnswersAsItsDeclarationSays() {
        EventsClient client = new EventsClient(port);
        ApiClient api = client.api();
        String almelo = TestTokens.organiser("almelo");
        String privateCongress = client.congress("almelo", 5, 5, "\"visibility\": \"PRIVATE\"").get("id").asString();
        String publicCongress = client.congress("almelo", 5, 5, null).get("id").asString();
        String registration = client.registered(publicCongress, EventsClient.email(), null).get("code").asString();
        HttpResponse<String> venue = api.post("/api/venues",
                "{\"name\": \"Matrix venue\", \"rooms\": [{\"name\": \"Zaal\", \"capacity\": 40}], \"visibility\": \"PRIVATE\"}",
                almelo);
        assertThat(venue.statusCode()).as(venue.body()).isEqualTo(201);
        String checkInList = client.checkInList(privateCongress, "almelo", "Matrix ingang", null);
        String scan = """
                {"secretOrCode": "%s", "nonce": "matrix-%s", "deviceId": "matrix"}
                """.formatted(registration, UUID.randomUUID());
        String session = """
                {"title": {"nl": "Matrix sessie"}, "startsAt": "%s", "endsAt": "%s", "capacity": 5}
                """.formatted(EventsClient.START, EventsClient.START.plusSeconds(3600));

        RouteMatrix.of(context, port, new RouteMatrix.Fixtures()
                .path("congressId", privateCongress)
                .path("code", registration)
                .path("listId", checkInList)
                .path("venueId", ApiClient.json(venue).get("id").asString())
                .body("POST /api/congresses", """
                        {"title": {"nl": "Matrix congres"}, "startsAt": "%s", "endsAt": "%s", "capacity": 5,
                         "publicRegistration": true, "visibility": "PRIVATE"}
                        """.formatted(EventsClient.START, EventsClient.START.plusSeconds(7200)))
                .body("POST /api/congresses/{congressId}/sessions", session)
                .body("POST /api/congresses/{congressId}/registrations", EventsClient.registration(EventsClient.email(), null))
                .body("PUT /api/registrations/{code}", "{\"sessions\": []}")
                .body("PATCH /api/registrations/{code}", "{\"sessions\": []}")
                .body("POST /api/venues", "{\"name\": \"Matrix venue 2\"}")
                .body("POST /api/congresses/{congressId}/check-in-lists", "{\"name\": \"Matrix zaal\"}")
                .body("POST /api/congresses/{congressId}/check-in-lists/{listId}/scans", scan)
                .body("POST /api/congresses/{congressId}/check-in-lists/{listId}/scans/offline",
                        "{\"scans\": [%s]}".formatted(scan.replace("}", ", \"scannedAt\": \"" + Instant.now() + "\"}"))))
                .assertAll("almelo", "antwerpen");

        HttpResponse<String> stillPrivate = api.get("/api/congresses/" + privateCongress, almelo);
        assertThat(ApiClient.json(stillPrivate).get("sessions")).as("nobody else added a session").hasSize(3);
        assertThat(ApiClient.json(api.get("/api/congresses/" + privateCongress + "/attendees/counts", almelo))
                .get("confirmed").asInt()).as("nobody registered for the private congress").isZero();
        assertThat(ApiClient.json(api.get("/api/congresses/" + privateCongress + "/check-in-lists", almelo))
                .get("total").asInt()).as("nobody else made a check-in list").isEqualTo(1);
        assertThat(ApiClient.json(api.get("/api/congresses/" + privateCongress + "/check-in-counts", almelo))
                .get("lists").get(0).get("checkedIn").asInt()).as("nobody was checked in").isZero();
    }
}
