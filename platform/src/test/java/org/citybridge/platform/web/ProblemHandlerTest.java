package org.citybridge.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.citybridge.platform.domain.ConflictException;
import org.citybridge.platform.domain.InvalidValueException;
import org.citybridge.platform.domain.NotAllowedException;
import org.citybridge.platform.domain.NotFoundException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RequestNotPermitted;

/** Each kind of refusal, as the problem+json a client reads: status, title, detail, where and which request. */
class ProblemHandlerTest {

    private final ProblemHandler handler = new ProblemHandler();
    private final MockHttpServletRequest request = new MockHttpServletRequest("POST", "/widgets/w1");

    @BeforeEach
    void inARequest() {
        MDC.put(RequestId.MDC_KEY, "req-1");
    }

    @AfterEach
    void afterIt() {
        MDC.remove(RequestId.MDC_KEY);
    }

    @Test
    void aNamedProblemKeepsItsStatusAndMessage() {
        ProblemDetail problem = handler.named(new PreconditionFailedException("changed since"), request);

        assertProblem(problem, 412, "Precondition Failed", "changed since");
    }

    @Test
    void aDuplicateAndALostRaceAreConflictsThatSayWhich() {
        assertProblem(handler.conflict(new DuplicateKeyException("dup"), request), 409, "Conflict",
                "This already exists.");
        assertThat(handler.conflict(new OptimisticLockingFailureException("stale"), request).getDetail())
                .contains("changed this in the meantime");
    }

    @Test
    void anInvalidFieldOrValueNamesTheField() {
        ProblemDetail field = handler.invalidField(new InvalidFieldException("name", "must not be blank"), request);
        ProblemDetail value = handler.invalidValue(new InvalidValueException("kind", "must be given"), request);

        assertProblem(field, 400, "Bad Request", "The request has invalid fields.");
        assertThat(field.getProperties()).containsEntry("errors",
                List.of(new ProblemHandler.FieldProblem("name", "must not be blank")));
        assertThat(value.getProperties()).containsEntry("errors",
                List.of(new ProblemHandler.FieldProblem("kind", "must be given")));
    }

    @Test
    void notFoundAndNotAllowedKeepTheirMessage() {
        assertProblem(handler.notFound(new NotFoundException("No widget w1"), request), 404, "Not Found",
                "No widget w1");
        assertProblem(handler.notAllowed(new NotAllowedException("Not yours"), request), 403, "Forbidden",
                "Not yours");
    }

    @Test
    void aStateConflictMayCarryItsOwnTitleAndMembers() {
        ConflictException plain = new ConflictException("Already published");
        ConflictException pointed = new ConflictException("Already registered", "Already registered",
                Map.of("existing", "/registrations/r1")) {
        };

        assertProblem(handler.stateConflict(plain, request), 409, "Conflict", "Already published");
        ProblemDetail problem = handler.stateConflict(pointed, request);
        assertThat(problem.getTitle()).isEqualTo("Already registered");
        assertThat(problem.getProperties()).containsEntry("existing", "/registrations/r1");
    }

    @Test
    void overloadAndOutagesTellTheClientWhenToTryAgain() {
        ResponseEntity<ProblemDetail> tooMany = handler.tooManyRequests(
                RequestNotPermitted.createRequestNotPermitted(RateLimiter.ofDefaults("api")), request);
        ResponseEntity<ProblemDetail> dependency = handler.unavailable(
                new DependencyUnavailableException("organisations down", null), request);
        ResponseEntity<ProblemDetail> database = handler.databaseUnavailable(
                new DataAccessResourceFailureException("mongo down"), request);

        assertThat(tooMany.getStatusCode().value()).isEqualTo(429);
        assertThat(tooMany.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("1");
        assertProblem(tooMany.getBody(), 429, "Too Many Requests", "Too many requests; slow down.");
        assertThat(dependency.getStatusCode().value()).isEqualTo(503);
        assertThat(dependency.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("10");
        assertThat(dependency.getBody().getDetail()).contains("A service this request needs is unavailable");
        assertThat(database.getStatusCode().value()).isEqualTo(503);
        assertThat(database.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("5");
        assertThat(database.getBody().getDetail()).contains("The database is unavailable");
    }

    @Test
    void anUnexpectedErrorIsA500ThatQuotesTheRequestId() {
        ProblemDetail problem = handler.unexpected(new IllegalStateException("bug"), request);

        assertProblem(problem, 500, "Internal Server Error",
                "Something went wrong on our side. Quote request id req-1 when reporting it.");
    }

    @Test
    void aRouteThatDoesNotExistIsNamedInThe404() throws Exception {
        ResponseEntity<Object> response = handler.handleNoResourceFoundException(
                new NoResourceFoundException(HttpMethod.GET, "/nowhere", "nowhere"), new HttpHeaders(),
                HttpStatus.NOT_FOUND, new ServletWebRequest(request));

        assertThat(response.getStatusCode().value()).isEqualTo(404);
        assertThat(((ProblemDetail) response.getBody()).getDetail()).isEqualTo("There is no route POST /widgets/w1.");
    }

    @Test
    void problemsSpringWritesGetTheSameTitleInstanceAndRequestId() {
        ProblemDetail bare = ProblemDetail.forStatus(HttpStatus.METHOD_NOT_ALLOWED);

        ResponseEntity<Object> response = handler.handleExceptionInternal(new IllegalStateException("x"), bare,
                new HttpHeaders(), HttpStatus.METHOD_NOT_ALLOWED, new ServletWebRequest(request));

        ProblemDetail problem = (ProblemDetail) response.getBody();
        assertThat(problem.getTitle()).isEqualTo("Method Not Allowed");
        assertThat(problem.getInstance()).isEqualTo(URI.create("/widgets/w1"));
        assertThat(problem.getProperties()).containsEntry("requestId", "req-1");
    }

    @Test
    void aTitleOrRequestIdSpringAlreadySetIsKept() {
        ProblemDetail titled = ProblemDetail.forStatus(499);
        titled.setTitle("Own title");
        titled.setInstance(URI.create("/elsewhere"));
        titled.setProperty("requestId", "other");

        handler.handleExceptionInternal(new IllegalStateException("x"), titled, new HttpHeaders(),
                HttpStatus.valueOf(400), new ServletWebRequest(request));
        ProblemDetail unknownStatus = ProblemDetail.forStatus(499);
        handler.handleExceptionInternal(new IllegalStateException("x"), unknownStatus, new HttpHeaders(),
                HttpStatus.valueOf(400), new ServletWebRequest(request));

        assertThat(titled.getTitle()).isEqualTo("Own title");
        assertThat(titled.getInstance()).isEqualTo(URI.create("/elsewhere"));
        assertThat(titled.getProperties()).containsEntry("requestId", "other");
        assertThat(unknownStatus.getTitle()).isEqualTo("Error");
    }

    private static void assertProblem(ProblemDetail problem, int status, String title, String detail) {
        assertThat(problem.getStatus()).isEqualTo(status);
        assertThat(problem.getTitle()).isEqualTo(title);
        assertThat(problem.getDetail()).isEqualTo(detail);
        assertThat(problem.getInstance()).isEqualTo(URI.create("/widgets/w1"));
        assertThat(problem.getProperties()).containsEntry("requestId", "req-1");
    }
}
