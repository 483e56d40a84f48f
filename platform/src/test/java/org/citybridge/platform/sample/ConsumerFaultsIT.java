package org.citybridge.platform.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.citybridge.platform.event.EventEnvelope;
import org.citybridge.platform.event.EventHeaders;
import org.citybridge.platform.event.EventJson;
import org.citybridge.platform.test.ApiClient;
import org.citybridge.platform.test.StackTest;
import org.citybridge.platform.test.TestTokens;
import org.citybridge.platform.test.TopicProbe;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/** Consumers under faults: a transient one is ridden out; a bug sends the event to the DLT, to be replayed once fixed. */
@StackTest
class ConsumerFaultsIT {

    @Autowired
    WidgetListener listener;

    @LocalServerPort
    int port;

    @Test
    void aTransientFailureIsRetriedWithBackOffAndTheEventIsHandledOnceWithoutADeadLetter() {
        String id = send("flaky-" + UUID.randomUUID());

        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> handled(id) == 1);
        assertThat(listener.attempts(id)).isEqualTo(3);
        assertThat(TopicProbe.readAll(EventHeaders.deadLetter(WidgetListener.TOPIC)))
                .noneMatch(record -> record.value().contains(id));
    }

    /** The bug fails at once (no retries), the fix arrives, the replay applies the event once, and only once. */
    @Test
    void aBugSendsTheEventToTheDeadLettersAtOnceAndAReplayAfterTheFixAppliesItOnce() {
        String id = send("bug-" + UUID.randomUUID());
        TopicProbe.awaitRecords(EventHeaders.deadLetter(WidgetListener.TOPIC), record -> record.value().contains(id));
        assertThat(listener.attempts(id)).as("not retried: it would fail the same way").isEqualTo(1);
        ApiClient api = ApiClient.onPort(port);

        JsonNode letters = ApiClient.json(api.get("/admin/dead-letters", TestTokens.admin()));
        JsonNode letter = letters.valueStream().filter(l -> id.equals(l.path("eventId").asString(null))).findFirst()
                .orElseThrow();
        assertThat(letter.get("consumerGroup").asString()).isEqualTo("sample-listener");
        assertThat(letter.get("failure").asString()).contains("IllegalStateException").contains("a bug in the handler");
        assertThat(letter.get("replayed").asBoolean()).isFalse();
        assertThat(api.get("/admin/dead-letters", TestTokens.officer("almelo")).statusCode()).isEqualTo(403);

        HttpResponse<String> beforeTheFix = api.post("/admin/dead-letters/" + id + "/replay", "", TestTokens.admin());
        assertThat(ApiClient.json(beforeTheFix).get("failed").toString()).contains(id);
        listener.fix();
        HttpResponse<String> replayed = api.post("/admin/dead-letters/" + id + "/replay", "", TestTokens.admin());
        HttpResponse<String> again = api.post("/admin/dead-letters/replay", "", TestTokens.admin());

        assertThat(ApiClient.json(replayed).get("replayed").asInt()).as(replayed.body()).isEqualTo(1);
        assertThat(ApiClient.json(again).toString()).doesNotContain(id);
        assertThat(handled(id)).isEqualTo(1);
        assertThat(ApiClient.json(api.get("/admin/dead-letters", TestTokens.admin())).valueStream()
                .filter(l -> id.equals(l.path("eventId").asString(null))).findFirst().orElseThrow()
                .get("replayed").asBoolean()).isTrue();
    }

    private long handled(String id) {
        return listener.handled().stream().filter(event -> event.id().equals(id)).count();
    }

    private static String send(String name) {
        String id = UUID.randomUUID().toString();
        TopicProbe.send(WidgetListener.TOPIC, "w-" + id, EventJson.write(new EventEnvelope(id, "widget.created.v1", 1,
                "almelo", "w-" + id, Instant.now(), "req-" + id,
                EventJson.mapper().valueToTree(new Widget.Created("w-" + id, name)))));
        return id;
    }
}
