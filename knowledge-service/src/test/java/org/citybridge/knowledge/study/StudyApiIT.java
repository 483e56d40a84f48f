package org.citybridge.knowledge.study;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.citybridge.knowledge.attachment.AttachmentContent;

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
                 "visibility": "PRIVATE"}
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
    void theCommissioningCityUploadsTheReportAndWhoeverReadsTheStudyDownloadsIt() {
        KnowledgeClient client = new KnowledgeClient(port);
        HttpResponse<String> created = client.post("/api/studies",
                "{\"title\": \"Interne analyse\", \"conductedBy\": \"University of Twente\", "
                        + "\"visibility\": \"PRIVATE\"}", ALMELO);
        String id = KnowledgeClient.created(created).get("id").asString();
        assertThat(client.get("/api/studies/" + id + "/document", ALMELO).statusCode()).as("none yet").isEqualTo(404);

        byte[] pdf = "%PDF-1.4\n1 0 obj\n".getBytes(StandardCharsets.US_ASCII);
        assertThat(upload(client, id, "verslag.txt", "Gewoon tekst".getBytes(StandardCharsets.UTF_8), ALMELO)
                .statusCode()).isEqualTo(415);
        assertThat(upload(client, id, "groot.pdf", Arrays.copyOf(pdf, (int) AttachmentContent.MAX_BYTES + 1), ALMELO)
                .statusCode()).isEqualTo(413);
        assertThat(upload(client, id, "verslag.pdf", pdf, ANTWERPEN).statusCode()).as("a private study").isEqualTo(404);
        JsonNode uploaded = KnowledgeClient.created(upload(client, id, "verslag.pdf", pdf, ALMELO));
        assertThat(uploaded.get("document").asString()).isEqualTo("/api/studies/" + id + "/document");
        HttpResponse<byte[]> downloaded = client.api().getBytes("/api/studies/" + id + "/document", ALMELO);
        assertThat(downloaded.statusCode()).isEqualTo(200);
        assertThat(downloaded.body()).isEqualTo(pdf);
        assertThat(downloaded.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(client.get("/api/studies/" + id + "/document", ANTWERPEN).statusCode()).isEqualTo(404);

        String etag = client.get("/api/studies/" + id, ALMELO).headers().firstValue("ETag").orElseThrow();
        JsonNode shared = KnowledgeClient.ok(client.api().send(client.api().request("/api/studies/" + id, ALMELO)
                .header("Content-Type", "application/json").header("If-Match", etag)
                .PUT(HttpRequest.BodyPublishers.ofString("{\"title\": \"Interne analyse\", "
                        + "\"conductedBy\": \"University of Twente\", \"visibility\": \"NETWORK\"}"))));
        assertThat(shared.get("documentAttachmentId").asString()).as("a revision keeps the upload")
                .isEqualTo(uploaded.get("documentAttachmentId").asString());
        assertThat(client.api().getBytes("/api/studies/" + id + "/document", ANTWERPEN).body()).isEqualTo(pdf);
        assertThat(upload(client, id, "verslag.pdf", pdf, ANTWERPEN).statusCode())
                .as("reads it, does not replace it").isEqualTo(403);
    }

    private static HttpResponse<String> upload(KnowledgeClient client, String id, String fileName, byte[] content,
            String token) {
        String boundary = "b" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return client.api().send(client.api().request("/api/studies/" + id + "/document", token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
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
