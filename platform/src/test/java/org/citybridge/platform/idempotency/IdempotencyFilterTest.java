package org.citybridge.platform.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.spy;
import static org.mockito.Mockito.verify;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.citybridge.platform.memory.MemoryMongo;
import org.citybridge.platform.web.ProblemResponses;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/** What a client retrying with an {@code Idempotency-Key} gets back, with the work done only once. */
class IdempotencyFilterTest {

    private static final String KEY = "key-0001-abcd";

    private final MemoryMongo memory = new MemoryMongo();
    private final MongoTemplate mongo = memory.template();
    private final IdempotencyFilter filter = new IdempotencyFilter(mongo, new ProblemResponses(JsonMapper.builder().build()));
    private final AtomicInteger runs = new AtomicInteger();

    @AfterEach
    void close() {
        SecurityContextHolder.clearContext();
        memory.close();
    }

    @Test
    void aRetryGetsTheFirstAnswerBackWithItsHeadersAndTheWorkRunsOnce() throws Exception {
        FilterChain created = answering(201, "{\"id\":\"w1\"}");

        MockHttpServletResponse first = send(post("{\"name\":\"a\"}"), created);
        MockHttpServletResponse retry = send(post("{\"name\":\"a\"}"), created);

        assertThat(runs).hasValue(1);
        assertThat(first.getStatus()).isEqualTo(201);
        assertThat(first.getContentAsString()).isEqualTo("{\"id\":\"w1\"}");
        assertThat(first.getHeader(IdempotencyFilter.REPLAYED_HEADER)).isNull();
        assertThat(retry.getStatus()).isEqualTo(201);
        assertThat(retry.getContentAsString()).isEqualTo("{\"id\":\"w1\"}");
        assertThat(retry.getHeader(HttpHeaders.LOCATION)).isEqualTo("/widgets/w1");
        assertThat(retry.getHeader(HttpHeaders.CONTENT_TYPE)).startsWith("application/json");
        assertThat(retry.getHeader(HttpHeaders.ETAG)).isEqualTo("\"0\"");
        assertThat(retry.getHeader("X-Other")).as("only the headers that describe the result").isNull();
        assertThat(retry.getHeader(IdempotencyFilter.REPLAYED_HEADER)).isEqualTo("true");
    }

    @Test
    void aFirstRequestWritesItsRecordWithoutReadingTheStoreFirst() throws Exception {
        MongoTemplate watched = spy(mongo);
        IdempotencyFilter watchedFilter = new IdempotencyFilter(watched,
                new ProblemResponses(JsonMapper.builder().build()));

        watchedFilter.doFilter(post("{}"), new MockHttpServletResponse(), answering(201, "{}"));

        assertThat(runs).hasValue(1);
        verify(watched, never()).findById(any(), eq(IdempotencyRecord.class));
        assertThat(mongo.findAll(IdempotencyRecord.class)).singleElement()
                .satisfies(record -> assertThat(record.status()).isEqualTo(201));
    }

    @Test
    void theControllerReadsTheBodyTheFilterAlreadyRead() throws Exception {
        StringBuilder seen = new StringBuilder();
        send(post("{\"name\":\"a\"}"), (request, response) -> {
            seen.append(new String(request.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
            assertThat(request.getContentLength()).isEqualTo(12);
            ((HttpServletResponse) response).setStatus(200);
        });

        assertThat(seen).hasToString("{\"name\":\"a\"}");
    }

    @Test
    void aServerErrorIsNotRememberedSoTheRetryRunsTheWorkAgain() throws Exception {
        send(post("{}"), answering(500, "{\"title\":\"Internal Server Error\"}"));
        MockHttpServletResponse retry = send(post("{}"), answering(201, "{\"id\":\"w1\"}"));

        assertThat(runs).hasValue(2);
        assertThat(retry.getStatus()).isEqualTo(201);
        assertThat(retry.getHeader(IdempotencyFilter.REPLAYED_HEADER)).isNull();
    }

    @Test
    void aServiceUnavailableIsNotRememberedEither() throws Exception {
        send(post("{}"), answering(503, "{}"));
        send(post("{}"), answering(201, "{}"));

        assertThat(runs).hasValue(2);
    }

    @Test
    void aClientErrorIsRememberedLikeASuccess() throws Exception {
        send(post("{}"), answering(499, "{\"title\":\"x\"}"));
        MockHttpServletResponse retry = send(post("{}"), answering(201, "{}"));

        assertThat(runs).hasValue(1);
        assertThat(retry.getStatus()).isEqualTo(499);
        assertThat(retry.getHeader(IdempotencyFilter.REPLAYED_HEADER)).isEqualTo("true");
    }

    @Test
    void workThatThrowsIsForgottenSoTheRetryRunsIt() throws Exception {
        assertThatThrownBy(() -> send(post("{}"), (request, response) -> {
            runs.incrementAndGet();
            throw new IllegalStateException("boom");
        })).isInstanceOf(IllegalStateException.class);

        send(post("{}"), answering(201, "{}"));

        assertThat(runs).hasValue(2);
    }

    @Test
    void theSameKeyWithAnotherBodyIsRefused() throws Exception {
        send(post("{\"name\":\"a\"}"), answering(201, "{}"));
        MockHttpServletResponse other = send(post("{\"name\":\"b\"}"), answering(201, "{}"));

        assertThat(runs).hasValue(1);
        assertThat(other.getStatus()).isEqualTo(422);
        assertThat(other.getContentType()).startsWith("application/problem+json");
    }

    @Test
    void theSameKeyOnAnotherPathIsAnotherRequest() throws Exception {
        send(post("{}"), answering(201, "{}"));
        MockHttpServletRequest elsewhere = post("{}");
        elsewhere.setRequestURI("/gadgets");
        send(elsewhere, answering(201, "{}"));

        assertThat(runs).hasValue(2);
    }

    @Test
    void aRetryWhileTheFirstStillRunsGetsConflict() throws Exception {
        MockHttpServletResponse[] retry = new MockHttpServletResponse[1];
        FilterChain slowWork = (request, response) -> {
            runs.incrementAndGet();
            retry[0] = send(post("{}"), answering(201, "{}"));
            ((HttpServletResponse) response).setStatus(201);
        };

        send(post("{}"), slowWork);

        assertThat(runs).as("the retry did not run the work").hasValue(1);
        assertThat(retry[0].getStatus()).isEqualTo(409);
    }

    /** A crash between storing the work and answering leaves the key unfinished; the retry learns that. */
    @Test
    void aRetryAfterTheFirstWasInterruptedSaysSoAndDoesNotRunTheWorkAgain() throws Exception {
        FilterChain crash = (request, response) -> {
            runs.incrementAndGet();
            throw new IllegalStateException("the instance stops here");
        };
        send(post("{}"), (request, response) -> ((HttpServletResponse) response).setStatus(201));
        IdempotencyRecord done = mongo.findAll(IdempotencyRecord.class).get(0);
        mongo.save(new IdempotencyRecord(done.id(), done.requestHash(), null, null, null,
                Instant.now().minus(10, ChronoUnit.MINUTES)));

        MockHttpServletResponse retry = send(post("{}"), crash);

        assertThat(runs).as("the work is not run a second time").hasValue(0);
        assertThat(retry.getStatus()).isEqualTo(409);
        assertThat(retry.getContentAsString()).contains("interrupted");
    }

    @Test
    void aKeyOlderThanADayIsForgotten() throws Exception {
        send(post("{}"), answering(201, "{}"));
        IdempotencyRecord kept = mongo.findAll(IdempotencyRecord.class).get(0);
        mongo.save(new IdempotencyRecord(kept.id(), kept.requestHash(), kept.status(), kept.headers(), kept.body(),
                Instant.now().minus(25, ChronoUnit.HOURS)));

        send(post("{}"), answering(201, "{}"));

        assertThat(runs).hasValue(2);
    }

    @Test
    void aKeyFromADayAgoLessAnHourStillReplays() throws Exception {
        send(post("{}"), answering(201, "{}"));
        IdempotencyRecord kept = mongo.findAll(IdempotencyRecord.class).get(0);
        mongo.save(new IdempotencyRecord(kept.id(), kept.requestHash(), kept.status(), kept.headers(), kept.body(),
                Instant.now().minus(23, ChronoUnit.HOURS)));

        send(post("{}"), answering(201, "{}"));

        assertThat(runs).hasValue(1);
    }

    @Test
    void keysAreScopedToTheCaller() throws Exception {
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("anna", null, "OFFICER"));
        send(post("{}"), answering(201, "{}"));
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("bert", null, "OFFICER"));
        send(post("{}"), answering(201, "{}"));

        assertThat(runs).hasValue(2);
        assertThat(mongo.findAll(IdempotencyRecord.class)).extracting(IdempotencyRecord::id)
                .containsExactlyInAnyOrder("anna|POST /widgets|" + KEY, "bert|POST /widgets|" + KEY);
    }

    @Test
    void aMalformedKeyIsABadRequest() throws Exception {
        MockHttpServletRequest request = post("{}");
        request.removeHeader(IdempotencyFilter.HEADER);
        request.addHeader(IdempotencyFilter.HEADER, "short");

        MockHttpServletResponse response = send(request, answering(201, "{}"));

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(runs).hasValue(0);
    }

    @Test
    void aBodyAboveOneMegabyteIsRefused() throws Exception {
        MockHttpServletRequest request = post("x".repeat(1024 * 1024 + 1));

        MockHttpServletResponse response = send(request, answering(201, "{}"));

        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(runs).hasValue(0);
    }

    @Test
    void aBodyOfExactlyOneMegabyteIsAccepted() throws Exception {
        send(post("x".repeat(1024 * 1024)), answering(201, "{}"));

        assertThat(runs).hasValue(1);
    }

    @Test
    void onlyWritesWithAKeyAndWithoutMultipartAreFiltered() {
        MockHttpServletRequest get = post("{}");
        get.setMethod("GET");
        MockHttpServletRequest withoutKey = post("{}");
        withoutKey.removeHeader(IdempotencyFilter.HEADER);
        MockHttpServletRequest upload = post("{}");
        upload.setContentType("multipart/form-data; boundary=x");
        MockHttpServletRequest put = post("{}");
        put.setMethod("PUT");
        MockHttpServletRequest patch = post("{}");
        patch.setMethod("PATCH");
        MockHttpServletRequest noType = post("{}");
        noType.setContentType(null);

        assertThat(filter.shouldNotFilter(get)).isTrue();
        assertThat(filter.shouldNotFilter(withoutKey)).isTrue();
        assertThat(filter.shouldNotFilter(upload)).isTrue();
        assertThat(filter.shouldNotFilter(post("{}"))).isFalse();
        assertThat(filter.shouldNotFilter(put)).isFalse();
        assertThat(filter.shouldNotFilter(patch)).isFalse();
        assertThat(filter.shouldNotFilter(noType)).isFalse();
    }

    private FilterChain answering(int status, String body) {
        return (request, response) -> {
            runs.incrementAndGet();
            HttpServletResponse http = (HttpServletResponse) response;
            http.setStatus(status);
            http.setHeader(HttpHeaders.LOCATION, "/widgets/w1");
            http.setContentType("application/json");
            http.setHeader(HttpHeaders.ETAG, "\"0\"");
            http.setHeader("X-Other", "not replayed");
            http.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
        };
    }

    private static MockHttpServletRequest post(String body) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/widgets");
        request.addHeader(IdempotencyFilter.HEADER, KEY);
        request.setContentType("application/json");
        request.setContent(body.getBytes(StandardCharsets.UTF_8));
        return request;
    }

    private MockHttpServletResponse send(MockHttpServletRequest request, FilterChain chain)
            throws ServletException, IOException {
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, chain);
        return response;
    }
}
