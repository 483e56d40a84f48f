package org.citybridge.knowledge.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.citybridge.platform.event.EventJson;
import org.citybridge.platform.test.ApiClient;
import org.citybridge.platform.test.EventExamples;
import org.citybridge.platform.test.StackTest;
import org.citybridge.platform.test.TestTokens;
import org.citybridge.platform.test.TopicProbe;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/** What a practice's life puts on {@code citybridge.knowledge} has the documented examples' shape. */
@StackTest
class PracticeEventsIT {

    private static final String BODY = """
            {"title":"Weekendschool Antwerpen","summary":"Weekendaanbod voor jongeren van 10-14 jaar.",
             "language":"nl","themes":["education","youth"],"linesOfWork":[1],
             "targetGroups":["jongeren van 10-14 jaar"],"linkedActions":["demo-action-antwerpen-weekendschool"],
             "translations":{"de":{"title":"Wochenendschule","summary":"Für Jugendliche."}},
             "visibility":"PUBLIC","sharedWithGroups":["%s"]}""";

    @LocalServerPort
    int port;

    @Test
    void draftedRevisedPublishedAndWithdrawnAsDocumented() {
        ApiClient api = ApiClient.onPort(port);
        HttpResponse<String> group = api.post("/api/bridge-groups",
                "{\"name\": \"Antwerpen - Almelo\", \"memberCities\": [\"antwerpen\", \"almelo\"]}", TestTokens.admin());
        assertThat(group.statusCode()).as(group.body()).isEqualTo(201);
        String body = BODY.formatted(ApiClient.json(group).get("id").asString());
        HttpResponse<String> created = api.post("/api/practices", body, TestTokens.officer("antwerpen"));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = ApiClient.json(created).get("id").asString();
        String etag = created.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> revised = api.send(api.request("/api/practices/" + id, TestTokens.officer("antwerpen"))
                .header("Content-Type", "application/json").header("If-Match", etag)
                .PUT(HttpRequest.BodyPublishers.ofString(body)));
        assertThat(revised.statusCode()).as(revised.body()).isEqualTo(200);
        assertThat(api.post("/api/practices/" + id + "/publish", "", TestTokens.officer("antwerpen")).statusCode())
                .isEqualTo(200);
        assertThat(api.post("/api/practices/" + id + "/withdraw", "", TestTokens.officer("antwerpen")).statusCode())
                .isEqualTo(200);

        List<ConsumerRecord<String, String>> records = TopicProbe.awaitRecords("citybridge.knowledge",
                record -> id.equals(record.key()) && record.value().contains("practice.withdrawn.v1"));
        List<JsonNode> events = TopicProbe.readAll("citybridge.knowledge").stream()
                .filter(record -> id.equals(record.key())).map(record -> EventJson.mapper().readTree(record.value()))
                .toList();
        assertThat(records).isNotEmpty();
        assertThat(events).extracting(event -> event.get("type").asString()).containsExactly("practice.drafted.v1",
                "practice.revised.v1", "practice.published.v1", "practice.withdrawn.v1");
        for (JsonNode event : events) {
            EventExamples.assertSameShape(event.get("type").asString(), event.toString());
            assertThat(event.get("municipality").asString()).isEqualTo("antwerpen");
        }
        JsonNode published = events.get(2).get("payload");
        assertThat(published.get("status").asString()).isEqualTo("PUBLISHED");
        assertThat(published.get("revision").asInt()).isEqualTo(3);
        assertThat(published.get("translations").get(0).get("language").asString()).isEqualTo("de");
    }
}
