package org.citybridge.platform.idempotency;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.citybridge.platform.web.ProblemResponses;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Makes a POST, PUT or PATCH that carries an {@code Idempotency-Key} header safe to retry: the first
 * request runs, a retry with the same key and the same body gets the first response again (with
 * {@code Idempotent-Replayed: true}) instead of doing the work twice; the same key with another body
 * is refused (422), and a retry while the first is still running gets 409. Keys are scoped to the
 * caller (token subject, or anonymous) and the path, and kept for a day. A 5xx answer is not kept,
 * so the client may retry the work. The first request's record is written with a unique id before
 * it runs, so two racing retries cannot both run.
 */
public class IdempotencyFilter extends OncePerRequestFilter {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";
    private static final Pattern VALID_KEY = Pattern.compile("[A-Za-z0-9._:-]{8,128}");
    private static final Set<String> METHODS = Set.of("POST", "PUT", "PATCH");
    private static final Set<String> REPLAYED_HEADERS = Set.of(HttpHeaders.LOCATION, HttpHeaders.CONTENT_TYPE,
            HttpHeaders.ETAG);
    private static final Duration RETENTION = Duration.ofHours(24);
    /** Longer than any request runs (every client and the gateway have given up by then). */
    private static final Duration INTERRUPTED_AFTER = Duration.ofMinutes(5);
    private static final int MAX_BODY = 1024 * 1024;

    private final MongoTemplate mongo;
    private final ProblemResponses problems;

    public IdempotencyFilter(MongoTemplate mongo, ProblemResponses problems) {
        this.mongo = mongo;
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String contentType = request.getContentType();
        // Multipart bodies are parsed by the container from the original stream; uploads stay non-idempotent.
        return request.getHeader(HEADER) == null || !METHODS.contains(request.getMethod())
                || (contentType != null && contentType.startsWith("multipart/"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(HEADER);
        if (!VALID_KEY.matcher(key).matches()) {
            problems.write(request, response, HttpStatus.BAD_REQUEST,
                    "Idempotency-Key must be 8 to 128 characters of letters, digits and . _ : -");
            return;
        }
        // Reading the body here, before the controller does, gives the hash to compare retries with.
        byte[] body = request.getInputStream().readNBytes(MAX_BODY + 1);
        if (body.length > MAX_BODY) {
            problems.write(request, response, HttpStatus.PAYLOAD_TOO_LARGE, "The request body is too large.");
            return;
        }
        String id = scope(request) + "|" + key;
        String hash = hash(request.getMethod(), request.getRequestURI(), body);

        IdempotencyRecord existing = claim(id, hash);
        if (existing != null) {
            answerRetry(request, response, existing, hash);
            return;
        }

        ContentCachingResponseWrapper cachedResponse = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(new ReplayableRequest(request, body), cachedResponse);
        } catch (IOException | ServletException | RuntimeException e) {
            mongo.remove(Query.query(Criteria.where("_id").is(id)), IdempotencyRecord.class);
            throw e;
        }
        if (cachedResponse.getStatus() >= 500) {
            mongo.remove(Query.query(Criteria.where("_id").is(id)), IdempotencyRecord.class);
        } else {
            Map<String, String> headers = new LinkedHashMap<>();
            REPLAYED_HEADERS.forEach(name -> {
                String value = cachedResponse.getHeader(name);
                if (value != null) {
                    headers.put(name, value);
                }
            });
            mongo.save(new IdempotencyRecord(id, hash, cachedResponse.getStatus(), headers,
                    cachedResponse.getContentAsByteArray(), Instant.now()));
        }
        cachedResponse.copyBodyToResponse();
    }

    private void answerRetry(HttpServletRequest request, HttpServletResponse response, IdempotencyRecord existing,
            String hash) throws IOException {
        if (!existing.requestHash().equals(hash)) {
            problems.write(request, response, HttpStatus.UNPROCESSABLE_CONTENT,
                    "This Idempotency-Key was already used for a different request.");
        } else if (!existing.completed() && existing.createdAt().isBefore(Instant.now().minus(INTERRUPTED_AFTER))) {
            // The instance that ran it stopped before it answered. Running it again could store it twice,
            // so the client is told what is known instead of being asked to wait for ever.
            problems.write(request, response, HttpStatus.CONFLICT, "The first request with this Idempotency-Key "
                    + "was interrupted before it answered; whether it took effect is not known. Check, and if it "
                    + "did not, send it again with a new key.");
        } else if (!existing.completed()) {
            problems.write(request, response, HttpStatus.CONFLICT,
                    "A request with this Idempotency-Key is still being processed; retry shortly.");
        } else {
            response.setStatus(existing.status());
            existing.headers().forEach(response::setHeader);
            response.setHeader(REPLAYED_HEADER, "true");
            response.getOutputStream().write(existing.body());
        }
    }

    /**
     * Writes this request's record, which makes it the one that runs; or returns the record that is there
     * already. Inserting first and reading only when the key is taken costs a first request (nearly every
     * request) one write and no read.
     */
    private IdempotencyRecord claim(String id, String hash) {
        for (int attempt = 0; attempt < 3; attempt++) {
            try {
                mongo.insert(new IdempotencyRecord(id, hash, null, null, null, Instant.now()));
                return null;
            } catch (DuplicateKeyException taken) {
                IdempotencyRecord existing = find(id);
                if (existing == null) {
                    continue; // removed after a 5xx or an expiry since the insert failed: the key is free again
                }
                if (!existing.createdAt().isBefore(Instant.now().minus(RETENTION))) {
                    return existing;
                }
                // Only the expired record goes: one a racing request wrote meanwhile is a fresh use of the key.
                mongo.remove(Query.query(Criteria.where("_id").is(id).and("createdAt").is(existing.createdAt())),
                        IdempotencyRecord.class);
            }
        }
        throw new IllegalStateException("Idempotency-Key " + id + " is taken and freed again and again");
    }

    private IdempotencyRecord find(String id) {
        return mongo.findById(id, IdempotencyRecord.class);
    }

    private static String scope(HttpServletRequest request) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        String caller = authentication == null || !authentication.isAuthenticated()
                || "anonymousUser".equals(authentication.getPrincipal()) ? "anonymous" : authentication.getName();
        return caller + "|" + request.getMethod() + " " + request.getRequestURI();
    }

    private static String hash(String method, String path, byte[] body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((method + " " + path + "\n").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
