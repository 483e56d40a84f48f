package org.citybridge.platform.web;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * Tomcat refuses some requests before any filter or Spring sees them (a request line with
 * characters that must be encoded, {@code %ff} or {@code %00} in the path, an illegal header) and
 * wrote its own HTML page for them. This valve, in place of Tomcat's error report valve, writes
 * the same problem+json as the rest of the service, and one WARN line without a stack trace.
 */
public class ProblemReportValve extends ErrorReportValve {

    private static final Logger log = LoggerFactory.getLogger(ProblemReportValve.class);

    private final ProblemResponses problems;

    public ProblemReportValve(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int code = response.getStatus();
        // As Tomcat's valve: only an error nobody has answered yet, on a connection that can still take it.
        if (code < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean writable = new AtomicBoolean(false);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, writable);
        if (!writable.get()) {
            return;
        }
        HttpStatus status = HttpStatus.resolve(code);
        if (status == null) {
            status = code >= 500 ? HttpStatus.INTERNAL_SERVER_ERROR : HttpStatus.BAD_REQUEST;
        }
        String path = request.getDecodedRequestURI();
        String requestId = RequestId.acceptOrGenerate(response.getHeader(RequestId.HEADER));
        MDC.put(RequestId.MDC_KEY, requestId);
        try {
            if (status.is4xxClientError()) {
                log.warn("Refused a malformed request ({}): {}", code,
                        throwable == null ? status.getReasonPhrase() : MalformedRequests.printable(
                                String.valueOf(throwable.getMessage())));
            }
            String body = problems.json(status, detail(status), path);
            response.setHeader(RequestId.HEADER, requestId);
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(body);
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // The client has gone or the response was taken over meanwhile: nothing left to tell anyone.
            log.debug("Could not write the problem for a {}: {}", code, e.getMessage());
        } finally {
            MDC.remove(RequestId.MDC_KEY);
        }
    }

    private static String detail(HttpStatus status) {
        if (status.is5xxServerError()) {
            return "Something went wrong on our side. Quote request id " + RequestId.current() + " when reporting it.";
        }
        return status == HttpStatus.BAD_REQUEST
                ? "The request is malformed: its request line or headers are not valid HTTP, or its path is not percent-encoded UTF-8."
                : status.getReasonPhrase() + ".";
    }
}
