package org.citybridge.platform.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers 400 to malformed query strings and headers ({@link MalformedRequests}) before Tomcat's
 * parameter parsing or Spring Security's firewall meets them deep inside a handler, where they
 * surfaced as 500s with a stack trace each.
 */
public class MalformedRequestFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(MalformedRequestFilter.class);

    private final ProblemResponses problems;

    public MalformedRequestFilter(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String problem = MalformedRequests.problemIn(request);
        if (problem == null) {
            chain.doFilter(request, response);
            return;
        }
        log.warn("Refused a malformed request {} {}: {}", request.getMethod(),
                MalformedRequests.printable(request.getRequestURI()), problem);
        problems.write(request, response, HttpStatus.BAD_REQUEST, "The request is malformed: " + problem + ".");
    }
}
