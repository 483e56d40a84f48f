package org.citybridge.platform.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.citybridge.platform.event.EventJson;
import org.citybridge.platform.test.ApiClient;
import org.citybridge.platform.test.StackTest;
import org.citybridge.platform.test.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/** Every error path answers RFC 9457 problem+json with a request id, never a stack trace. */
@StackTest
class ProblemResponsesIT {

    @LocalServerPort
    int port;

    @Test
    void invalidFieldsGet400WithFieldErrors() {
        HttpResponse<String> response = post("/widgets", "{\"name\":\"\"}", TestTokens.officer("almelo"));

        assertProblem(response, 400);
        JsonNode body = EventJson.mapper().readTree(response.body());
        assertThat(body.get("errors").get(0).get("field").asString()).isEqualTo("name");
    }

    @Test
    void anUnknownEnumValueNamesTheFieldAndTheAllowedValues() {
        HttpResponse<String> response = post("/widgets", "{\"name\":\"x\",\"colour\":\"BLUE\"}",
                TestTokens.officer("almelo"));

        assertProblem(response, 400);
        assertThat(response.body()).contains("colour").contains("RED").contains("invalid fields");
    }

    @Test
    void aRouteThatDoesNotExistIs404SayingSoWithoutSpringsWords() {
        HttpResponse<String> response = get("/nowhere", TestTokens.officer("almelo"));

        assertProblem(response, 404);
        assertThat(response.body()).contains("no route GET /nowhere").doesNotContain("static resource");
    }

    /** A refusal by the route's declaration has the same shape as every other problem. */
    @Test
    void aRoleRefusalIsAProblemLikeAnyOther() {
        HttpResponse<String> response = post("/widgets", "{\"name\":\"x\"}", TestTokens.organiser("almelo"));

        assertProblem(response, 403);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json;charset=UTF-8");
        assertThat(response.body()).doesNotContain("about:blank");
    }

    @Test
    void malformedJsonGets400() {
        assertProblem(post("/widgets", "{\"name\":", TestTokens.officer("almelo")), 400);
    }

    @Test
    void noTokenGets401AndAForgedOneToo() {
        assertProblem(post("/widgets", "{\"name\":\"x\"}", null), 401);
        assertProblem(post("/widgets", "{\"name\":\"x\"}", TestTokens.forgedBearer("almelo")), 401);
    }

    @Test
    void anotherCitysWidgetIs404() {
        HttpResponse<String> created = post("/widgets", "{\"name\":\"mine\"}", TestTokens.officer("almelo"));
        assertThat(created.statusCode()).isEqualTo(201);
        String id = EventJson.mapper().readTree(created.body()).get("id").asString();

        assertThat(get("/widgets/" + id, TestTokens.officer("almelo")).statusCode()).isEqualTo(200);
        assertProblem(get("/widgets/" + id, TestTokens.officer("antwerpen")), 404);
    }

    @Test
    void anUnexpectedErrorIs500WithoutInternalsEvenAnIllegalArgument() {
        HttpResponse<String> response = get("/public/boom", null);

        assertProblem(response, 500);
        assertThat(response.body()).doesNotContain("internal detail").doesNotContain("IllegalArgumentException")
                .doesNotContain("at org.");
    }

    @Test
    void tooLargeUnsupportedTypeAndMissingPreconditionAreProblemsToo() {
        for (int status : new int[] {413, 415, 428}) {
            HttpResponse<String> response = get("/public/refuse/" + status, null);
            assertProblem(response, status);
        }
    }

    @Test
    void healthIsUpWithoutATokenAndChecksMongo() {
        HttpResponse<String> response = get("/actuator/health", null);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.body()).contains("\"status\":\"UP\"");
    }

    @Test
    void theCallersRequestIdComesBack() {
        ApiClient api = ApiClient.onPort(port);
        HttpResponse<String> response = api.send(api.request("/widgets/none", TestTokens.officer("almelo"))
                .header("X-Request-Id", "abc-123"));

        assertThat(response.headers().firstValue("X-Request-Id")).hasValue("abc-123");
        assertThat(EventJson.mapper().readTree(response.body()).get("requestId").asString()).isEqualTo("abc-123");
    }

    private void assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode body = EventJson.mapper().readTree(response.body());
        assertThat(body.has("title") && body.has("requestId")).as(response.body()).isTrue();
        assertThat(body.get("status").asInt()).isEqualTo(status);
        assertThat(body.get("title").asString()).isNotBlank();
        assertThat(body.get("requestId").asString()).isNotBlank();
        assertThat(response.body()).doesNotContain("trace");
    }

    private HttpResponse<String> post(String path, String json, String authorization) {
        return ApiClient.onPort(port).post(path, json, authorization);
    }

    private HttpResponse<String> get(String path, String authorization) {
        return ApiClient.onPort(port).get(path, authorization);
    }
}
