package org.citybridge.organisations;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.UUID;

import org.citybridge.organisations.vision.Consultations;
import org.citybridge.organisations.vision.VisionService;
import org.citybridge.platform.tenancy.Visibility;
import org.citybridge.platform.test.ApiClient;
import org.citybridge.platform.test.RouteMatrix;
import org.citybridge.platform.test.StackTest;
import org.citybridge.platform.test.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * Every route of organisations-service, read from its handler mappings, called with every role,
 * without a role, without a token, and by another city on Almelo's private organisation and draft
 * pact. A new route joins the walk the day it is written; it fails here until it has a declaration
 * and its fixtures.
 */
@StackTest
class RouteAccessIT {

    private static final String PACT = """
            {"title": "Matrix pact %s", "visionTitle": "Thuis en Actief in KleurRijk Almelo",
             "period": {"fromYear": 2011, "toYear": 2014},
             "linesOfWork": [{"number": 1, "title": "Gemengde participatie"}]}
            """;

    private static final String VISION = """
            {"title": "Matrix vision", "visibility": "PRIVATE", "questions": [{"number": 1, "text": "Wat verwacht u?"}]}
            """;
    private static final String CONVERSATION = "{\"date\":\"2010-02-11\",\"district\":\"Kerkelanden\"}";
    private static final String CONTRIBUTION = "{\"group\":\"RESIDENT\",\"question\":1,\"text\":\"Matrix\"}";

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    VisionService visions;

    @Test
    void everyRouteAnswersAsItsDeclarationSays() {
        ApiClient api = ApiClient.onPort(port);
        String almelo = TestTokens.officer("almelo");
        String organisation = id(api.post("/api/organisations",
                "{\"name\":\"Matrix private " + UUID.randomUUID() + "\",\"kind\":\"SCHOOL\",\"visibility\":\"PRIVATE\"}",
                almelo));
        String draft = id(api.post("/api/pacts", PACT.formatted(UUID.randomUUID()), almelo));
        String vision = Consultations.consulting(visions, "almelo", Visibility.PRIVATE).id();
        String conversation = id(api.post("/api/visions/" + vision + "/conversations", CONVERSATION, almelo));
        String contribution = id(api.post("/api/visions/" + vision + "/contributions", CONTRIBUTION, almelo));

        RouteMatrix.of(context, port, new RouteMatrix.Fixtures()
                .path("id", organisation)
                .path("pactId", draft)
                .path("signatureId", UUID.randomUUID().toString())
                .path("visionId", vision)
                .path("question", "1")
                .body("POST /api/visions", VISION)
                .body("PUT /api/visions/{visionId}", VISION.replace("Matrix vision", "Taken over"))
                .body("PUT /api/visions/{visionId}/syntheses/{question}", "{\"text\":\"Taken over\"}")
                .body("POST /api/visions/{visionId}/adopt", """
                        {"objectives": [{"id": "taken-over", "title": "Taken over"}], "adoptedOn": "2010-08-31"}""")
                .path("contributionId", contribution)
                .path("conversationId", conversation)
                .body("POST /api/visions/{visionId}/contributions", CONTRIBUTION)
                .body("POST /api/visions/{visionId}/conversations", CONVERSATION)
                .body("POST /api/visions/{visionId}/public/contributions",
                        "{\"group\":\"RESIDENT\",\"text\":\"Matrix\",\"consent\":true}")
                .body("POST /api/organisations", "{\"name\":\"Matrix\",\"kind\":\"SCHOOL\"}")
                .body("PUT /api/organisations/{id}", "{\"name\":\"Taken over\",\"kind\":\"SCHOOL\",\"visibility\":\"PUBLIC\"}")
                .body("POST /api/pacts", PACT.formatted("new"))
                .body("PUT /api/pacts/{id}", PACT.formatted("taken over"))
                .body("POST /api/pacts/{pactId}/signatures", "{\"organisationId\":\"" + organisation + "\","
                        + "\"responsibleName\":\"A. Jansen\",\"responsibleRole\":\"Voorzitter\",\"date\":\"2011-03-15\","
                        + "\"consent\":true}")
                .body("POST /api/pacts/{pactId}/signatures/{signatureId}/withdraw", "{\"date\":\"2012-01-01\"}")
                .body("POST /api/municipalities", "{\"id\":\"matrix-" + UUID.randomUUID().toString().substring(0, 8)
                        + "\",\"name\":\"Matrix\",\"country\":\"NL\"}")
                .networkWide("GET /api/municipalities/{id}", "members are the whole network's to read"))
                .assertAll("almelo", "antwerpen");

        HttpResponse<String> stillTheirs = api.get("/api/organisations/" + organisation, almelo);
        assertThat(stillTheirs.body()).as("nothing another city sent changed it").contains("Matrix private")
                .contains("\"visibility\":\"PRIVATE\"");
        assertThat(api.get("/api/pacts/" + draft, almelo).body()).contains("\"status\":\"DRAFT\"");
        assertThat(api.get("/api/visions/" + vision, almelo).body()).doesNotContain("Taken over");
        assertThat(api.get("/api/visions/" + vision + "/contributions", almelo).body())
                .as("nothing another city or an anonymous sender sent reached Almelo's private vision")
                .contains("\"total\":1").contains("\"moderation\":\"APPROVED\"");
    }

    private static String id(HttpResponse<String> created) {
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return ApiClient.json(created).get("id").asString();
    }
}
