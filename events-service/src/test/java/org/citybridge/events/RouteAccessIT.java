package org.citybridge.events;

import java.util.List;

import org.citybridge.events.ticket.TicketHolder;
import org.citybridge.platform.test.RouteMatrix;
import org.citybridge.platform.test.StackTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * Every route of events-service with every role, none and no token, and another city on Almelo's
 * congress, its check-in list and a registration's ticket and badge (the congress and registration come
 * from {@link InMemoryTicketHolders} until registrations are wired to tickets). A new route joins the
 * walk the day it is written; it fails here until it has a declaration and its fixtures.
 */
@StackTest
class RouteAccessIT {

    static final String SCAN = """
            {"secretOrCode": "RNOSUCHONE", "nonce": "matrix-nonce-1", "deviceId": "matrix"}
            """;

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    InMemoryTicketHolders holders;

    @Test
    void everyRouteAnswersAsItsDeclarationSays() {
        TicketingClient client = new TicketingClient(port, holders);
        String congress = holders.congress("almelo");
        TicketHolder holder = holders.confirmed(congress, "Matrix Attendee", null, "Almelo", List.of());
        String list = client.checkInList(congress, "almelo", "Matrix door", null);
        String offline = "{\"scans\": [" + SCAN.replace("}", ", \"scannedAt\": \"" + java.time.Instant.now() + "\"}")
                + "]}";

        RouteMatrix.of(context, port, new RouteMatrix.Fixtures()
                .path("id", congress)
                .path("listId", list)
                .path("code", holder.code())
                .body("POST /api/congresses/{id}/check-in-lists", "{\"name\": \"Matrix\"}")
                .body("POST /api/congresses/{id}/check-in-lists/{listId}/scans", SCAN)
                .body("POST /api/congresses/{id}/check-in-lists/{listId}/scans/offline", offline))
                .assertAll("almelo", "antwerpen");
    }
}
