package org.citybridge.gateway.problem;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.function.Consumer;

import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.citybridge.gateway.requestid.RequestId;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

/**
 * Writes RFC 9457 problems for the answers the gateway gives itself (401, 403, 503), in the same
 * shape the services use, so clients handle one error format whoever answered.
 * <p>
 * Written straight to the response rather than through content negotiation: a client asking for a PDF
 * must still learn why it got none instead of receiving a 406.
 */
@Component
public class ProblemResponses {

    /** RFC 9457's "no further semantics than the status code"; ProblemDetail leaves it null. */
    private static final String ABOUT_BLANK = "about:blank";

    private final JsonMapper json;

    public ProblemResponses(JsonMapper json) {
        this.json = json;
    }

    public ProblemDetail problem(ServerWebExchange exchange, HttpStatusCode status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setInstance(URI.create(originalPath(exchange)));
        RequestId.of(exchange).ifPresent(id -> problem.setProperty(RequestId.LOG_KEY, id));
        return problem;
    }

    /**
     * Writes the gateway's own answer and closes the connection after it. A request the gateway refuses is
     * answered before anything of it is routed (and maybe before its body is read), and on the connection kept
     * alive after such an answer the next request was at times never read until the client gave up (AbuseIT:
     * a 400 for bracketed query names, then a plain GET unanswered for 30 s; the cause inside Reactor Netty
     * was not found). Closing also leaves nothing of a malformed request to be read as the next one.
     */
    public Mono<Void> write(ServerWebExchange exchange, ProblemDetail problem, Consumer<HttpHeaders> headers) {
        ServerHttpResponse response = exchange.getResponse();
        response.setStatusCode(HttpStatusCode.valueOf(problem.getStatus()));
        response.getHeaders().set(HttpHeaders.CONNECTION, "close");
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        headers.accept(response.getHeaders());
        byte[] body = toJson(problem);
        return response.writeWith(Mono.fromSupplier(() -> response.bufferFactory().wrap(body)));
    }

    /** The problem as the bytes {@link #write} sends, for answers given below Spring's web layer. */
    public byte[] toJson(ProblemDetail problem) {
        return json.writeValueAsBytes(body(problem));
    }

    // Spelled out rather than serialising ProblemDetail, which leaves out the default type; clients
    // and the services' problems always carry all five members.
    private static Map<String, Object> body(ProblemDetail problem) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", problem.getType() == null ? ABOUT_BLANK : problem.getType().toString());
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        body.put("detail", problem.getDetail());
        body.put("instance", problem.getInstance() == null ? null : problem.getInstance().toString());
        if (problem.getProperties() != null) {
            body.putAll(problem.getProperties());
        }
        return body;
    }

    // After a circuit breaker forwards to the fallback the request path is /fallback/..., but the
    // caller asked for something else and that is what the problem is about.
    private static String originalPath(ServerWebExchange exchange) {
        LinkedHashSet<URI> originals = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ORIGINAL_REQUEST_URL_ATTR);
        if (originals != null && !originals.isEmpty()) {
            return originals.iterator().next().getRawPath();
        }
        return exchange.getRequest().getURI().getRawPath();
    }
}
