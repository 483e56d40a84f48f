package org.citybridge.knowledge.practice;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.citybridge.knowledge.PracticeJson;
import org.citybridge.knowledge.attachment.AttachmentContent;
import org.citybridge.platform.test.ApiClient;
import org.citybridge.platform.test.StackTest;
import org.citybridge.platform.test.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@StackTest
class AttachmentApiIT {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H',
            'D', 'R'};

    @LocalServerPort
    int port;

    @Test
    void anOfficerAttachesAPictureThatReadersOfThePracticeDownload() {
        String id = practice("almelo", "PRIVATE");

        HttpResponse<String> uploaded = upload(id, "foto.png", "image/png", PNG, "almelo");
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
        String attachmentId = ApiClient.json(uploaded).get("id").asString();
        assertThat(ApiClient.json(uploaded).get("contentType").asString()).isEqualTo("image/png");

        HttpResponse<byte[]> downloaded = api().getBytes("/api/practices/" + id + "/attachments/" + attachmentId,
                TestTokens.officer("almelo"));
        assertThat(downloaded.statusCode()).isEqualTo(200);
        assertThat(downloaded.body()).isEqualTo(PNG);
        assertThat(downloaded.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(api().get("/api/practices/" + id + "/attachments", TestTokens.officer("almelo")).body())
                .contains(attachmentId, "foto.png");
        assertThat(api().get("/api/practices/" + id, TestTokens.officer("almelo")).body()).contains(attachmentId);

        assertThat(api().getBytes("/api/practices/" + id + "/attachments/" + attachmentId,
                TestTokens.officer("antwerpen")).statusCode()).as("another city, a private practice").isEqualTo(404);
        assertThat(api().getBytes("/api/practices/public/" + id + "/attachments/" + attachmentId, null).statusCode())
                .isEqualTo(404);

        HttpResponse<String> removed = api().send(api().request("/api/practices/" + id + "/attachments/"
                + attachmentId, TestTokens.officer("almelo")).DELETE());
        assertThat(removed.statusCode()).isEqualTo(204);
        assertThat(api().getBytes("/api/practices/" + id + "/attachments/" + attachmentId,
                TestTokens.officer("almelo")).statusCode()).isEqualTo(404);
    }

    @Test
    void aPublicPracticesAttachmentsArePublic() {
        String id = practice("antwerpen", "PUBLIC");
        byte[] pdf = "%PDF-1.4\n1 0 obj\n".getBytes(StandardCharsets.US_ASCII);
        String attachmentId = ApiClient.json(upload(id, "verslag.pdf", "application/pdf", pdf, "antwerpen"))
                .get("id").asString();
        assertThat(api().post("/api/practices/" + id + "/publish", "", TestTokens.officer("antwerpen")).statusCode())
                .isEqualTo(200);

        HttpResponse<byte[]> downloaded = api().getBytes("/api/practices/public/" + id + "/attachments/"
                + attachmentId, null);
        assertThat(downloaded.statusCode()).isEqualTo(200);
        assertThat(downloaded.body()).isEqualTo(pdf);
    }

    @Test
    void aTextFileCalledPdfIsRefusedBy415() {
        String id = practice("almelo", "PRIVATE");

        HttpResponse<String> refused = upload(id, "report.pdf", "application/pdf",
                "Just some text pretending to be a PDF".getBytes(StandardCharsets.UTF_8), "almelo");

        assertThat(refused.statusCode()).isEqualTo(415);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(api().get("/api/practices/" + id + "/attachments", TestTokens.officer("almelo")).body())
                .isEqualTo("[]");
    }

    @Test
    void aFileOverTenMegabytesIsRefusedBy413() {
        String id = practice("almelo", "PRIVATE");
        byte[] large = Arrays.copyOf("%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII),
                (int) AttachmentContent.MAX_BYTES + 1);

        HttpResponse<String> refused = upload(id, "big.pdf", "application/pdf", large, "almelo");

        assertThat(refused.statusCode()).isEqualTo(413);
    }

    @Test
    void onlyTheOwningCityAttaches() {
        String id = practice("almelo", "NETWORK");
        assertThat(api().post("/api/practices/" + id + "/publish", "", TestTokens.officer("almelo")).statusCode())
                .isEqualTo(200);

        assertThat(upload(id, "foto.png", "image/png", PNG, "antwerpen").statusCode()).isEqualTo(404);
    }

    private String practice(String city, String visibility) {
        HttpResponse<String> created = api().post("/api/practices", PracticeJson.practice("Met bijlagen", visibility),
                TestTokens.officer(city));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return ApiClient.json(created).get("id").asString();
    }

    private HttpResponse<String> upload(String id, String fileName, String contentType, byte[] content, String city) {
        String boundary = "b" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: " + contentType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return api().send(api().request("/api/practices/" + id + "/attachments", TestTokens.officer(city))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    private ApiClient api() {
        return ApiClient.onPort(port);
    }
}
