package org.citybridge.platform.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * What Spring Security's firewall refuses (an unknown method, an encoded slash or dot segment in
 * the path, a header it does not accept) is the client's mistake: 400 problem+json and one WARN
 * line, where the default handler's error dispatch ended in Boot's error JSON.
 */
public class RejectedRequests implements RequestRejectedHandler {

    private static final Logger log = LoggerFactory.getLogger(RejectedRequests.class);

    private final ProblemResponses problems;

    public RejectedRequests(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException e)
            throws IOException {
        log.warn("Refused a malformed request {} {}: {}", MalformedRequests.printable(request.getMethod()),
                MalformedRequests.printable(request.getRequestURI()), MalformedRequests.printable(e.getMessage()));
        problems.write(request, response, HttpStatus.BAD_REQUEST,
                "The request is malformed: its method, path or headers are not accepted here.");
    }
}
