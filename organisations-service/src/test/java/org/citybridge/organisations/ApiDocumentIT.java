package org.citybridge.organisations;

import static org.assertj.core.api.Assertions.assertThat;

import org.citybridge.platform.test.ApiClient;
import org.citybridge.platform.test.StackTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/** The service's OpenAPI document says what each route needs and may answer, as it really does. */
@StackTest
class ApiDocumentIT {

    @LocalServerPort
    int port;

    @Test
    void theDocumentDescribesConditionsUploadsAdminRoutesAndTheServerToUse() {
        JsonNode document = ApiClient.json(ApiClient.onPort(port).get("/v3/api-docs", null));

        assertThat(document.get("servers").get(0).get("url").asString()).as("requests go through the gateway")
                .isEqualTo("/");
        JsonNode update = document.path("paths").path("/api/organisations/{id}").path("put");
        assertThat(update.path("responses").has("412")).isTrue();
        assertThat(update.path("responses").has("428")).isTrue();
        assertThat(update.path("x-roles").toString()).isEqualTo("[\"OFFICER\"]");
        JsonNode upload = document.path("paths").path("/api/organisations/{id}/logo").path("post");
        assertThat(upload.path("responses").has("413")).isTrue();
        assertThat(upload.path("responses").has("415")).isTrue();
        JsonNode publicLogo = document.path("paths").path("/api/organisations/{id}/logo").path("get");
        assertThat(publicLogo.path("security").isEmpty()).as("no token needed").isTrue();
        assertThat(publicLogo.path("responses").has("401")).isFalse();
        assertThat(document.path("paths").path("/admin/outbox").path("get").path("tags").toString())
                .contains("not routed by the gateway");
        assertThat(document.path("components").path("securitySchemes").path("bearer").path("scheme").asString())
                .isEqualTo("bearer");
    }
}
