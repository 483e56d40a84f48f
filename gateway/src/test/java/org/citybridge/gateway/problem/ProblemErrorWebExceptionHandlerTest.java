package org.citybridge.gateway.problem;

import ch.qos.logback.classic.Level;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.citybridge.gateway.test.LogCapture;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.web.server.MethodNotAllowedException;
import org.springframework.web.server.ResponseStatusException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProblemErrorWebExceptionHandlerTest {

    private final ProblemErrorWebExceptionHandler handler =
            new ProblemErrorWebExceptionHandler(new ProblemResponses(JsonMapper.builder().build()));

    @Test
    void anUnexpectedFailureIsA500ProblemThatTellsNoInternalsAndIsLoggedWithItsStackTrace() {
        MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/api/themes"));
        try (LogCapture log = LogCapture.start()) {
            handler.handle(exchange, new IllegalStateException("secret host db-7.internal")).block();

            assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
            assertThat(exchange.getResponse().getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
            assertThat(exchange.getResponse().getBodyAsString().block())
                    .contains("\"status\":500", "\"instance\":\"/api/themes\"", "quote the request id")
                    .doesNotContain("db-7");
            assertThat(log.events(LogCapture.from(ProblemErrorWebExceptionHandler.class.getName())))
                    .singleElement()
                    .satisfies(event -> {
                        assertThat(event.getLevel()).isEqualTo(Level.ERROR);
                        assertThat(event.getThrowableProxy()).isNotNull();
                    });
        }
    }

    @Test
    void aStatusSomeoneChoseIsItsOwnProblemWithItsHeadersAndOneWarnLine() {
        MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.delete("/actuator/health"));
        try (LogCapture log = LogCapture.start()) {
            handler.handle(exchange, new MethodNotAllowedException(HttpMethod.DELETE, java.util.Set.of(HttpMethod.GET))).block();

            assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.METHOD_NOT_ALLOWED);
            assertThat(exchange.getResponse().getHeaders().getAllow()).containsExactly(HttpMethod.GET);
            assertThat(exchange.getResponse().getBodyAsString().block())
                    .contains("\"title\":\"Method Not Allowed\"", "\"status\":405");
            assertThat(log.events(LogCapture.from(ProblemErrorWebExceptionHandler.class.getName())))
                    .singleElement()
                    .satisfies(event -> {
                        assertThat(event.getLevel()).isEqualTo(Level.WARN);
                        assertThat(event.getThrowableProxy()).isNull();
                    });
        }
    }

    @Test
    void aGatewayTimeoutIsAProblemWithoutAStackTrace() {
        MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/api/practices"));
        try (LogCapture log = LogCapture.start()) {
            handler.handle(exchange, new ResponseStatusException(HttpStatus.GATEWAY_TIMEOUT, "Response took longer than timeout"))
                    .block();

            assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.GATEWAY_TIMEOUT);
            assertThat(log.atLeast(Level.ERROR)).isEmpty();
        }
    }

    @Test
    void anAnswerAlreadyOnItsWayIsLeftToFail() {
        MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/api/themes"));
        exchange.getResponse().setComplete().block();
        IllegalStateException failure = new IllegalStateException("late");

        assertThatThrownBy(() -> handler.handle(exchange, failure).block()).isSameAs(failure);
    }
}
