package org.citybridge.platform.web;

import java.io.IOException;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;

/**
 * Answers the servlet container's error dispatches (an exception that escaped every handler, a
 * {@code sendError} from a filter) with problem+json instead of Boot's default error JSON, which
 * named no request id and showed a bare 500. Being an {@link ErrorController}, it makes Boot's own
 * error controller step aside, so {@code /error} is not a route: asked for directly it is 404 like
 * any other path without a route (not 400: nothing about the request is malformed).
 */
public class ErrorPages extends HttpFilter implements ErrorController {

    private static final Logger log = LoggerFactory.getLogger(ErrorPages.class);

    private final ProblemResponses problems;

    public ErrorPages(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getDispatcherType() != DispatcherType.ERROR) {
            problems.write(request, response, HttpStatus.NOT_FOUND,
                    "There is no route " + request.getMethod() + " " + request.getRequestURI() + ".");
            return;
        }
        String requestId = response.getHeader(RequestId.HEADER);
        MDC.put(RequestId.MDC_KEY, RequestId.acceptOrGenerate(requestId));
        try {
            answerError(request, response);
        } finally {
            MDC.remove(RequestId.MDC_KEY);
        }
    }

    private void answerError(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String instance = path == null ? null : path.toString();
        Throwable failure = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        if (failure != null && BodyTooLargeException.in(failure) != null) {
            problems.write(response, HttpStatus.CONTENT_TOO_LARGE, "The request body is larger than this service accepts.",
                    instance);
        } else if (failure != null && MalformedRequests.isMalformedInput(failure)) {
            log.warn("Refused a malformed request {} {}: {}", request.getMethod(), MalformedRequests.printable(
                    String.valueOf(instance)), MalformedRequests.printable(String.valueOf(failure.getMessage())));
            problems.write(response, HttpStatus.BAD_REQUEST, "The request is malformed.", instance);
        } else {
            HttpStatus status = status(request, failure);
            // The container has logged an escaped exception already, with its stack trace.
            problems.write(response, status, detail(status), instance);
        }
    }

    private static HttpStatus status(HttpServletRequest request, Throwable failure) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
        if (status == null || (failure != null && !status.isError())) {
            return HttpStatus.INTERNAL_SERVER_ERROR;
        }
        return status;
    }

    private static String detail(HttpStatus status) {
        if (status.is5xxServerError()) {
            return "Something went wrong on our side. Quote request id " + RequestId.current() + " when reporting it.";
        }
        return switch (status) {
            case BAD_REQUEST -> "The request is malformed.";
            case NOT_FOUND -> "There is no such resource.";
            case METHOD_NOT_ALLOWED -> "This method is not allowed here.";
            default -> status.getReasonPhrase() + ".";
        };
    }
}
