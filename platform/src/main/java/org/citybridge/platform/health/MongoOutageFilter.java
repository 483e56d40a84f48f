package org.citybridge.platform.health;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.citybridge.platform.web.ProblemResponses;
import org.citybridge.platform.web.RequestId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers 503 problem+json with Retry-After when MongoDB is away and a filter that runs before any
 * controller needed it (the idempotency and membership filters): their exceptions never reach
 * ProblemHandler and would otherwise end as the servlet container's 500. Runs around the security
 * filters for that reason.
 */
public class MongoOutageFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(MongoOutageFilter.class);

    private final ProblemResponses problems;

    public MongoOutageFilter(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException e) {
            if (!MongoOutage.causedBy(e) || response.isCommitted()) {
                throw e;
            }
            log.warn("Database unavailable on {} {} (request {}): {}", request.getMethod(), request.getRequestURI(),
                    RequestId.current(), e.getMessage());
            response.resetBuffer();
            response.setHeader(HttpHeaders.RETRY_AFTER, MongoOutage.RETRY_AFTER_SECONDS);
            problems.write(request, response, HttpStatus.SERVICE_UNAVAILABLE, MongoOutage.DETAIL);
        }
    }
}
