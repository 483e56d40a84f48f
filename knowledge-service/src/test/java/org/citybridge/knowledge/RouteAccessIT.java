package org.citybridge.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.citybridge.platform.test.ApiClient;
import org.citybridge.platform.test.RouteMatrix;
import org.citybridge.platform.test.StackTest;
import org.citybridge.platform.test.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import tools.jackson.databind.JsonNode;

/**
 * Every route of knowledge-service with every role, none, no token, and Antwerpen on Almelo's private
 * things: a practice, a question to Münster with Münster's answer, the Almelo–Münster bridge group with
 * a member, a meeting and a shared practice, a study with its document, a handbook and its first edition. A new route joins
 * the walk the day it is written; it fails here until it has a declaration and its fixtures.
 */
@StackTest
class RouteAccessIT {

    static final String QUESTION = """
            {"title": "Matrix question", "body": "Wie weet het?", "language": "nl", "themes": ["participatie"],
             "audience": "MUNICIPALITIES", "municipalities": ["muenster"]}
            """;
    static final String GROUP = """
            {"name": "Matrix group", "purpose": "Kennisoverdracht", "memberCities": ["almelo", "muenster"]}
            """;
    static final String STUDY = """
            {"title": "Matrix study", "conductedBy": "University of Twente", "visibility": "PRIVATE"}
            """;
    static final String HANDBOOK = """
            {"title": "Matrix handbook", "visibility": "PRIVATE"}
            """;

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Test
    void everyRouteAnswersAsItsDeclarationSays() {
        ApiClient api = ApiClient.onPort(port);
        HttpResponse<String> created = api.post("/api/practices", PracticeJson.practice("Matrix", "PRIVATE"),
                TestTokens.officer("almelo"));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = ApiClient.json(created).get("id").asString();
        assertThat(api.post("/api/practices/" + id + "/publish", "", TestTokens.officer("almelo")).statusCode())
                .isEqualTo(200);
        String boundary = "matrixpng";
        HttpResponse<String> attached = api.send(api.request("/api/practices/" + id + "/attachments",
                TestTokens.officer("almelo"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString("--" + boundary
                        + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\n"
                        + "Content-Type: application/pdf\r\n\r\n%PDF-1.4 matrix\r\n--" + boundary + "--\r\n")));
        assertThat(attached.statusCode()).as(attached.body()).isEqualTo(201);

        String almelo = TestTokens.officer("almelo");
        String practice = id;
        String question = KnowledgeClient.id(api.post("/api/questions", QUESTION, almelo));
        JsonNode answered = KnowledgeClient.created(api.post("/api/questions/" + question + "/answers",
                "{\"body\": \"So.\"}", TestTokens.officer("muenster")));
        String answer = answered.get("answers").get(0).get("id").asString();
        String group = KnowledgeClient.id(api.post("/api/bridge-groups", GROUP, TestTokens.admin()));
        KnowledgeClient.ok(api.post("/api/bridge-groups/" + group + "/members",
                "{\"kind\": \"OFFICER\", \"id\": \"officer@almelo\", \"municipality\": \"almelo\"}", almelo));
        JsonNode withMeeting = KnowledgeClient.ok(api.post("/api/bridge-groups/" + group + "/meetings",
                "{\"title\": \"Eerste congres\", \"date\": \"2010-11-18\"}", almelo));
        String meeting = withMeeting.get("meetings").get(0).get("id").asString();
        KnowledgeClient.ok(api.post("/api/bridge-groups/" + group + "/practices",
                "{\"practiceId\": \"" + practice + "\"}", almelo));
        String study = KnowledgeClient.id(api.post("/api/studies", STUDY, almelo));
        HttpResponse<String> document = api.send(api.request("/api/studies/" + study + "/document", almelo)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString("--" + boundary
                        + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"study.pdf\"\r\n"
                        + "Content-Type: application/pdf\r\n\r\n%PDF-1.4 matrix study\r\n--" + boundary + "--\r\n")));
        assertThat(document.statusCode()).as(document.body()).isEqualTo(201);
        String handbook = KnowledgeClient.id(api.post("/api/handbooks", HANDBOOK, almelo));
        String chapters = "{\"chapters\": [{\"source\": \"STUDY\", \"refId\": \"" + study + "\"}]}";

        RouteMatrix.of(context, port, new RouteMatrix.Fixtures()
                .path("id", practice)
                .path("attachmentId", ApiClient.json(attached).get("id").asString())
                .path("questionId", question)
                .path("answerId", answer)
                .path("groupId", group)
                .path("memberId", "officer@almelo")
                .path("meetingId", meeting)
                .path("practiceId", practice)
                .path("studyId", study)
                .path("handbookId", handbook)
                .path("number", "1")
                .body("POST /api/practices", PracticeJson.practice("Matrix", "PRIVATE"))
                .body("PUT /api/practices/{id}", PracticeJson.practice("Matrix", "PRIVATE"))
                .body("POST /api/questions", QUESTION)
                .body("POST /api/questions/{questionId}/answers", "{\"body\": \"Taken over\"}")
                .body("POST /api/bridge-groups", GROUP.replace("[\"almelo\", ", "["))
                .body("PUT /api/bridge-groups/{groupId}", "{\"name\": \"Taken over\"}")
                .body("POST /api/bridge-groups/{groupId}/invitations", "{\"municipality\": \"gent\"}")
                .body("POST /api/bridge-groups/{groupId}/members",
                        "{\"kind\": \"ORGANISATION\", \"id\": \"org-1\", \"municipality\": \"almelo\"}")
                .body("POST /api/bridge-groups/{groupId}/meetings", "{\"title\": \"Taken over\", \"date\": \"2011-11-24\"}")
                .body("POST /api/bridge-groups/{groupId}/practices", "{\"practiceId\": \"taken-over\"}")
                .body("POST /api/studies", STUDY)
                .body("PUT /api/studies/{studyId}", STUDY.replace("Matrix study", "Taken over"))
                .body("POST /api/handbooks", HANDBOOK)
                .body("PUT /api/handbooks/{handbookId}", HANDBOOK.replace("Matrix handbook", "Taken over"))
                .body("PUT /api/handbooks/{handbookId}/editions/{number}", chapters))
                .assertAll("almelo", "antwerpen");

        JsonNode stillTheirs = KnowledgeClient.ok(api.get("/api/questions/" + question, almelo));
        assertThat(stillTheirs.get("answers")).as("nothing another city sent was added").hasSize(1);
        assertThat(stillTheirs.get("status").asString()).isEqualTo("OPEN");
        String groupNow = api.get("/api/bridge-groups/" + group, almelo).body();
        assertThat(groupNow).contains("Matrix group", "Eerste congres", practice).doesNotContain("Taken over", "gent");
        assertThat(api.get("/api/studies/" + study, almelo).body()).contains("Matrix study").doesNotContain("Taken over");
        assertThat(api.getBytes("/api/studies/" + study + "/document", almelo).body())
                .as("the other city's upload replaced nothing").startsWith("%PDF-1.4 matrix study".getBytes());
        assertThat(api.get("/api/handbooks/" + handbook, almelo).body()).contains("Matrix handbook", "DRAFT")
                .doesNotContain("Taken over", "PUBLISHED");
    }
}
