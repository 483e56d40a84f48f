package org.citybridge.knowledge.study;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.citybridge.knowledge.KnowledgeClient;
import org.citybridge.platform.test.StackTest;
import org.citybridge.platform.test.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/** Studies through the API: the commissioning city records and revises them; others read what is shared. */
@StackTest
class StudyApiIT {

    static final String ALMELO = TestTokens.officer("almelo");
    static final String ANTWERPEN = TestTokens.officer("antwerpen");

    @LocalServerPort
    int port;

    @Test
    void aStudyIsRecordedRevisedWithIfMatchAndReadAsShared() {
        KnowledgeClient client = new KnowledgeClient(port);
        HttpResponse<String> created = client.post("/api/studies", """
                {"title": "Externe analyse van het proces van mentaliteitsverandering",
                 "commissionedBy": "Gemeente Almelo", "conductedBy": "Variya", "forWhom": "KleurRijk Almelo",
                 "periodStart": "2010-03-01", "periodEnd": "2011-06-30",
                 "findings": ["Interculturele toegankelijkheid van het stadhuis"],
                 "documentAttachmentId": "attachment-1", "visibility": "PRIVATE"}
                """, ALMELO);
        JsonNode study = KnowledgeClient.created(created);
        String id = study.get("id").asString();
        assertThat(study.get("municipality").asString()).isEqualTo("almelo");
        assertThat(client.get("/api/studies/" + id, ANTWERPEN).statusCode()).isEqualTo(404);

        String etag = created.headers().firstValue("ETag").orElseThrow();
        String shared = """
                {"title": "Externe analyse", "conductedBy": "Variya", "visibility": "NETWORK"}
                """;
        assertThat(client.api().send(client.api().request("/api/studies/" + id, ALMELO)
                .header("Content-Type", "application/json").header("If-Match", "\"99\"")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(shared))).statusCode()).isEqualTo(412);
        assertThat(client.api().send(client.api().request("/api/studies/" + id, ALMELO)
                .header("Content-Type", "application/json").header("If-Match", etag)
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(shared))).statusCode()).isEqualTo(200);
        assertThat(KnowledgeClient.ok(client.get("/api/studies/" + id, ANTWERPEN)).get("conductedBy").asString())
                .isEqualTo("Variya");
        assertThat(client.put("/api/studies/" + id, shared, ANTWERPEN).statusCode())
                .as("another city reads a shared study but does not change it").isEqualTo(403);
    }

    @Test
    void aStudyNeedsSaneDatesAndLinks() {
        KnowledgeClient client = new KnowledgeClient(port);
        assertThat(client.post("/api/studies", """
                {"title": "x", "conductedBy": "y", "periodStart": "2011-01-01", "periodEnd": "2010-01-01"}
                """, ALMELO).statusCode()).isEqualTo(400);
        assertThat(client.post("/api/studies", """
                {"title": "x", "conductedBy": "y", "periodStart": "0001-01-01"}
                """, ALMELO).statusCode()).isEqualTo(400);
        assertThat(client.post("/api/studies", """
                {"title": "x", "conductedBy": "y", "documentUrl": "javascript:alert(1)"}
                """, ALMELO).statusCode()).isEqualTo(400);
    }
}
