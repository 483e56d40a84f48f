package org.citybridge.platform.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import org.citybridge.platform.test.ApiClient;
import org.citybridge.platform.test.StackTest;
import org.citybridge.platform.test.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

@StackTest
class IdempotencyIT {

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    private HttpResponse<String> create(String name, String key, String token) {
        ApiClient api = ApiClient.onPort(port);
        return api.send(api.request("/widgets", token).header("Content-Type", "application/json")
                .header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"" + name + "\"}")));
    }

    @Test
    void aRetryWithTheSameKeyGetsTheFirstAnswerAndCreatesNothingNew() {
        String key = UUID.randomUUID().toString();
        String name = "once-" + key.substring(0, 8);
        String token = TestTokens.officer("almelo");

        HttpResponse<String> first = create(name, key, token);
        HttpResponse<String> retry = create(name, key, token);

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(retry.statusCode()).isEqualTo(201);
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(retry.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(mongo.count(Query.query(Criteria.where("name").is(name)), Widget.class)).isEqualTo(1);
    }

    @Test
    void theSameKeyForAnotherBodyIs422AndKeysAreScopedToTheCaller() {
        String key = UUID.randomUUID().toString();
        assertThat(create("a-" + key.substring(0, 8), key, TestTokens.officer("almelo")).statusCode()).isEqualTo(201);

        assertThat(create("b-" + key.substring(0, 8), key, TestTokens.officer("almelo")).statusCode()).isEqualTo(422);
        HttpResponse<String> otherCaller = create("a-" + key.substring(0, 8), key, TestTokens.officer("antwerpen"));
        assertThat(otherCaller.statusCode()).isEqualTo(201);
        assertThat(otherCaller.headers().firstValue("Idempotent-Replayed")).isEmpty();
    }

    @Test
    void racingRetriesRunTheWorkOnce() {
        String key = UUID.randomUUID().toString();
        String name = "race-" + key.substring(0, 8);
        String token = TestTokens.officer("almelo");
        List<CompletableFuture<HttpResponse<String>>> attempts = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            attempts.add(CompletableFuture.supplyAsync(() -> create(name, key, token)));
        }

        List<Integer> statuses = attempts.stream().map(CompletableFuture::join).map(HttpResponse::statusCode).toList();

        assertThat(statuses).allMatch(status -> status == 201 || status == 409);
        assertThat(mongo.count(Query.query(Criteria.where("name").is(name)), Widget.class)).isEqualTo(1);
    }

    @Test
    void aBadKeyIs400AndAFailedRequestIsNotRemembered() {
        assertThat(create("x", "short", TestTokens.officer("almelo")).statusCode()).isEqualTo(400);

        String key = UUID.randomUUID().toString();
        assertThat(create("", key, TestTokens.officer("almelo")).statusCode()).isEqualTo(400);
        assertThat(create("", key, TestTokens.officer("almelo")).headers().firstValue("Idempotent-Replayed"))
                .as("a 4xx is an answer too: the retry gets it replayed").hasValue("true");
    }
}
