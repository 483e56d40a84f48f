package org.citybridge.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.citybridge.platform.event.EventEnvelope;
import org.citybridge.platform.event.EventJson;
import org.citybridge.platform.test.ApiClient;
import org.citybridge.platform.test.EventExamples;
import org.citybridge.platform.test.TopicProbe;

import tools.jackson.databind.JsonNode;

/** Calls knowledge-service as the gateway would, for the tests of this service. */
public final class KnowledgeClient {

    public static final String TOPIC = "citybridge.knowledge";

    private final ApiClient api;

    public KnowledgeClient(int port) {
        this.api = ApiClient.onPort(port);
    }

    public ApiClient api() {
        return api;
    }

    public HttpResponse<String> get(String path, String token) {
        return api.get(path, token);
    }

    public HttpResponse<String> post(String path, String json, String token) {
        return api.post(path, json, token);
    }

    public HttpResponse<String> put(String path, String json, String token) {
        return api.send(api.request(path, token).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    public HttpResponse<String> delete(String path, String token) {
        return api.send(api.request(path, token).DELETE());
    }

    /** The body of a 201, as JSON. */
    public static JsonNode created(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return ApiClient.json(response);
    }

    public static JsonNode ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return ApiClient.json(response);
    }

    public static String id(HttpResponse<String> response) {
        return created(response).get("id").asString();
    }

    /** The one event of this type for this aggregate, checked against its documented example's shape. */
    public static EventEnvelope onlyEvent(String key, String type) {
        List<ConsumerRecord<String, String>> found = TopicProbe.awaitRecords(TOPIC,
                record -> key.equals(record.key()) && type.equals(EventJson.read(record.value()).type()));
        assertThat(found).as("%s of %s", type, key).hasSize(1);
        EventExamples.assertSameShape(type, found.get(0).value());
        return EventJson.read(found.get(0).value());
    }
}
