package org.citybridge.gateway.requestid;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.web.server.ServerWebExchange;

/** The id that follows one request through the gateway, the services and their logs. */
public final class RequestId {

    public static final String HEADER = "X-Request-Id";

    /** Same key the services use in their MDC, so one search finds the request everywhere. */
    public static final String LOG_KEY = "requestId";

    static final String ATTRIBUTE = RequestId.class.getName();

    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    private RequestId() {
    }

    /** A caller-supplied id is kept only when it is short and plain, so it is safe in logs and headers. */
    public static String acceptOrGenerate(String candidate) {
        return candidate != null && VALID.matcher(candidate).matches() ? candidate : UUID.randomUUID().toString();
    }

    public static Optional<String> of(ServerWebExchange exchange) {
        return Optional.ofNullable(exchange.<String>getAttribute(ATTRIBUTE));
    }
}
