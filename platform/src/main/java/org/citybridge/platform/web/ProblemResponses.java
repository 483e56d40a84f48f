package org.citybridge.platform.web;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;

import tools.jackson.databind.json.JsonMapper;

/**
 * Writes RFC 9457 problems where Spring MVC's exception handling does not reach: the security
 * filters answer 401 and 403 before any controller runs.
 */
public class ProblemResponses {

    private final JsonMapper json;

    public ProblemResponses(JsonMapper json) {
        this.json = json;
    }

    public void unauthorized(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        write(request, response, HttpStatus.UNAUTHORIZED, "A valid access token is required.");
    }

    public void forbidden(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        write(request, response, HttpStatus.FORBIDDEN, "Your role does not allow this operation.");
    }

    public void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detail)
            throws IOException {
        write(response, status, detail, request.getRequestURI());
    }

    /** @param instance the path the problem is about, when it is not the request's own (an error dispatch's) */
    public void write(HttpServletResponse response, HttpStatus status, String detail, String instance)
            throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        // The same shape and charset as the problems ProblemHandler writes, wherever a refusal comes from.
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(json(status, detail, instance));
    }

    /** The problem as JSON, for writers that are not servlet responses (Tomcat's error report valve). */
    public String json(HttpStatus status, String detail, String instance) {
        return json.writeValueAsString(body(status, detail, instance));
    }

    static Map<String, Object> body(HttpStatus status, String detail, String instance) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", status.getReasonPhrase());
        body.put("status", status.value());
        body.put("detail", detail);
        String uri = instanceUri(instance);
        if (uri != null) {
            body.put("instance", uri);
        }
        body.put("requestId", RequestId.currentOrNew());
        return body;
    }

    /** A request that Tomcat could not parse may have no path, or one that is no URI. */
    private static String instanceUri(String instance) {
        if (instance == null || instance.isEmpty()) {
            return null;
        }
        try {
            return URI.create(instance).toString();
        } catch (IllegalArgumentException notAUri) {
            return null;
        }
    }
}
