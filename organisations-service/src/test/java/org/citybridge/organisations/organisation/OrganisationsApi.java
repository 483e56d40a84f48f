package org.citybridge.organisations.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.citybridge.platform.event.EventJson;
import org.citybridge.platform.test.ApiClient;
import org.citybridge.platform.test.TestTokens;
import org.citybridge.platform.test.TopicProbe;

import tools.jackson.databind.JsonNode;

/** The organisation API as the tests call it: over HTTP, with tokens, JSON and multipart. */
public final class OrganisationsApi {

    public static final String ALMELO = TestTokens.officer("almelo");
    public static final String ANTWERPEN = TestTokens.officer("antwerpen");
    public static final String ALMELO_ORGANISER = TestTokens.organiser("almelo");
    public static final String ADMIN = TestTokens.admin();
    /** Where this service publishes (its citybridge.outbox.topic). */
    public static final String TOPIC = "citybridge.organisations";

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ApiClient api;

    private OrganisationsApi(int port) {
        this.api = ApiClient.onPort(port);
    }

    public static OrganisationsApi onPort(int port) {
        return new OrganisationsApi(port);
    }

    /** Registers an organisation in Almelo and returns its id. */
    public String register(String name, String kind, String visibility, String... communities) {
        return registerAs(ALMELO, name, kind, visibility, communities);
    }

    public String registerAs(String token, String name, String kind, String visibility, String... communities) {
        String json = "{\"name\":" + quote(name) + ",\"kind\":\"" + kind + "\",\"visibility\":\"" + visibility
                + "\",\"communities\":[" + String.join(",", List.of(communities).stream().map(OrganisationsApi::quote)
                        .toList()) + "]}";
        HttpResponse<String> response = api.post("/api/organisations", json, token);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return json(response).get("id").asString();
    }

    public HttpResponse<String> get(String path, String token) {
        return api.get(path, token);
    }

    public HttpResponse<String> post(String path, String json, String token) {
        return api.post(path, json, token);
    }

    public HttpResponse<String> put(String path, String json, String token, String ifMatch) {
        HttpRequest.Builder request = api.request(path, token).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return api.send(request);
    }

    /** A POST without body, such as deactivate. */
    public HttpResponse<String> action(String path, String token, String ifMatch) {
        HttpRequest.Builder request = api.request(path, token).POST(HttpRequest.BodyPublishers.noBody());
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return api.send(request);
    }

    public String etag(String id) {
        HttpResponse<String> response = get("/api/organisations/" + id, ALMELO);
        assertThat(response.statusCode()).isEqualTo(200);
        return response.headers().firstValue("ETag").orElseThrow();
    }

    /** Uploads a logo as the multipart field {@code file}, with whatever name and type the client claims. */
    public HttpResponse<String> upload(String id, String token, String filename, String declaredType, byte[] content) {
        String boundary = "----citybridge" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        try {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
                    + "\"\r\nContent-Type: " + declaredType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.write(content);
            body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return api.send(api.request("/api/organisations/" + id + "/logo", token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    public HttpResponse<byte[]> logo(String id, String token, String ifNoneMatch) {
        HttpRequest.Builder request = api.request("/api/organisations/" + id + "/logo", token).GET()
                .timeout(Duration.ofSeconds(30));
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static JsonNode json(HttpResponse<String> response) {
        return ApiClient.json(response);
    }

    public static List<String> ids(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json(response).get("items").valueStream().map(item -> item.get("id").asString()).toList();
    }

    public static List<String> names(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json(response).get("items").valueStream().map(item -> item.get("name").asString()).toList();
    }

    /** Asserts an RFC 9457 problem with this status and returns the fields it names as invalid. */
    public static List<String> problem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode body = json(response);
        assertThat(body.get("status").asInt()).isEqualTo(status);
        assertThat(body.get("requestId").asString()).isNotBlank();
        return body.has("errors")
                ? body.get("errors").valueStream().map(error -> error.get("field").asString()).toList()
                : List.of();
    }

    /** The records on the organisations topic for this organisation and event type, once at least one is there. */
    public static List<ConsumerRecord<String, String>> awaitEvents(String id, String type) {
        return TopicProbe.awaitRecords(TOPIC,
                record -> id.equals(record.key()) && type.equals(EventJson.read(record.value()).type()));
    }

    /** All records on the topic for this organisation, in order, as event types. */
    public static List<String> eventTypes(String id) {
        return TopicProbe.readAll(TOPIC).stream()
                .filter(record -> id.equals(record.key()))
                .map(record -> EventJson.read(record.value()).type())
                .toList();
    }

    public static String quote(String text) {
        return EventJson.write(text);
    }
}
