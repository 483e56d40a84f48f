package org.citybridge.platform.web;

import java.net.URI;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;

import org.citybridge.platform.domain.ConflictException;
import org.citybridge.platform.domain.InvalidValueException;
import org.citybridge.platform.domain.NotAllowedException;
import org.citybridge.platform.domain.NotFoundException;
import org.citybridge.platform.health.MongoOutage;
import org.citybridge.platform.health.MongoOutageFilter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.ratelimiter.RequestNotPermitted;

import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.InvalidFormatException;

/**
 * Every error a service returns is an RFC 9457 problem with the request id in it. Client mistakes
 * get a 4xx that says what to fix; anything unexpected is logged with the request id and answered
 * with a 500 that shows no internals. This is where the domain's exceptions, which know nothing of
 * HTTP, get their status: not found 404, not allowed 403, conflict 409, invalid value 400. An
 * {@link IllegalArgumentException} is NOT a client error here: it is a broken assumption in our code.
 */
@RestControllerAdvice
public class ProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

    public record FieldProblem(String field, String message) {
    }

    @ExceptionHandler(ProblemException.class)
    ProblemDetail named(ProblemException e, HttpServletRequest request) {
        return problem(e.status(), e.getMessage(), request);
    }

    @ExceptionHandler({DuplicateKeyException.class, OptimisticLockingFailureException.class})
    ProblemDetail conflict(RuntimeException e, HttpServletRequest request) {
        String detail = e instanceof DuplicateKeyException ? "This already exists."
                : "Someone changed this in the meantime; reload and try again.";
        return problem(HttpStatus.CONFLICT, detail, request);
    }

    @ExceptionHandler(InvalidFieldException.class)
    ProblemDetail invalidField(InvalidFieldException e, HttpServletRequest request) {
        return invalidField(e.field(), e.reason(), request);
    }

    @ExceptionHandler(InvalidValueException.class)
    ProblemDetail invalidValue(InvalidValueException e, HttpServletRequest request) {
        return invalidField(e.property(), e.reason(), request);
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e, HttpServletRequest request) {
        return problem(HttpStatus.NOT_FOUND, e.getMessage(), request);
    }

    @ExceptionHandler(NotAllowedException.class)
    ProblemDetail notAllowed(NotAllowedException e, HttpServletRequest request) {
        return problem(HttpStatus.FORBIDDEN, e.getMessage(), request);
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail stateConflict(ConflictException e, HttpServletRequest request) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, e.getMessage(), request);
        if (e.title() != null) {
            problem.setTitle(e.title());
        }
        e.details().forEach(problem::setProperty);
        return problem;
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ProblemDetail constraintViolation(ConstraintViolationException e, HttpServletRequest request) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "The request has invalid parameters.", request);
        problem.setProperty("errors", e.getConstraintViolations().stream()
                .map(violation -> new FieldProblem(String.valueOf(violation.getPropertyPath()), violation.getMessage()))
                .toList());
        return problem;
    }

    @ExceptionHandler(RequestNotPermitted.class)
    ResponseEntity<ProblemDetail> tooManyRequests(RequestNotPermitted e, HttpServletRequest request) {
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).header(HttpHeaders.RETRY_AFTER, "1")
                .body(problem(HttpStatus.TOO_MANY_REQUESTS, "Too many requests; slow down.", request));
    }

    @ExceptionHandler({CallNotPermittedException.class, DependencyUnavailableException.class})
    ResponseEntity<ProblemDetail> unavailable(RuntimeException e, HttpServletRequest request) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "10")
                .body(problem(HttpStatus.SERVICE_UNAVAILABLE,
                        "A service this request needs is unavailable; try again shortly.", request));
    }

    /**
     * MongoDB is away (failing over, restarting): the request may well work in a few seconds. The same
     * answer as {@link MongoOutageFilter} gives for the filters that run before any controller.
     */
    @ExceptionHandler({DataAccessResourceFailureException.class, MongoSocketException.class, MongoTimeoutException.class})
    ResponseEntity<ProblemDetail> databaseUnavailable(RuntimeException e, HttpServletRequest request) {
        log.warn("Database unavailable on {} {} (request {}): {}", request.getMethod(), request.getRequestURI(),
                RequestId.current(), e.getMessage());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, MongoOutage.RETRY_AFTER_SECONDS)
                .body(problem(HttpStatus.SERVICE_UNAVAILABLE, MongoOutage.DETAIL, request));
    }

    /** A body cut off at the size limit by {@link RequestBodyLimitFilter}'s stream, read by a handler. */
    @ExceptionHandler(BodyTooLargeException.class)
    ProblemDetail bodyTooLarge(BodyTooLargeException e, HttpServletRequest request) {
        return tooLarge(e, request);
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e, HttpServletRequest request) {
        BodyTooLargeException tooLarge = BodyTooLargeException.in(e);
        if (tooLarge != null) {
            return tooLarge(tooLarge, request);
        }
        // Met late (a form body read as parameters, a header read by the firewall): still the client's mistake.
        if (MalformedRequests.isMalformedInput(e)) {
            log.warn("Refused a malformed request {} {}: {}", request.getMethod(),
                    MalformedRequests.printable(request.getRequestURI()),
                    MalformedRequests.printable(String.valueOf(e.getMessage())));
            return problem(HttpStatus.BAD_REQUEST, "The request is malformed.", request);
        }
        log.error("Unexpected error on {} {} (request {})", request.getMethod(), request.getRequestURI(),
                RequestId.current(), e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR,
                "Something went wrong on our side. Quote request id " + RequestId.current() + " when reporting it.",
                request);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = e.getBindingResult().getFieldErrors().stream()
                .map(error -> new FieldProblem(error.getField(), message(error)))
                .toList();
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "The request has invalid fields.", request);
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = e.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream()
                        .map(error -> new FieldProblem(result.getMethodParameter().getParameterName(),
                                error.getDefaultMessage())))
                .toList();
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "The request has invalid parameters.", request);
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        BodyTooLargeException tooLarge = BodyTooLargeException.in(e);
        if (tooLarge != null) {
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
                    .body(tooLarge(tooLarge, ((ServletWebRequest) request).getRequest()));
        }
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "The request body is not valid JSON for this endpoint.",
                request);
        if (e.getCause() instanceof DatabindException databind && !databind.getPath().isEmpty()) {
            problem.setDetail("The request has invalid fields.");
            String field = databind.getPath().stream()
                    .map(reference -> reference.getPropertyName() != null ? reference.getPropertyName()
                            : String.valueOf(reference.getIndex()))
                    .reduce((a, b) -> a + "." + b).orElse("");
            String message = databind instanceof InvalidFormatException invalid && invalid.getTargetType().isEnum()
                    ? "must be one of " + List.of(invalid.getTargetType().getEnumConstants())
                    : "has the wrong type";
            problem.setProperty("errors", List.of(new FieldProblem(field, message)));
        }
        return ResponseEntity.badRequest().body(problem);
    }

    /** Spring would say "No static resource ..."; a client asked for a route that does not exist. */
    @Override
    protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        HttpServletRequest servlet = ((ServletWebRequest) request).getRequest();
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem(HttpStatus.NOT_FOUND,
                "There is no route " + servlet.getMethod() + " " + servlet.getRequestURI() + ".", servlet));
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        ResponseEntity<Object> response = super.handleExceptionInternal(e, body, headers, statusCode, request);
        if (response != null && response.getBody() instanceof ProblemDetail problem) {
            decorate(problem, request);
        }
        return response;
    }

    private static String message(FieldError error) {
        // A query parameter that does not convert (?kind=PUB) must say what is allowed, not name Java types.
        if (error.contains(TypeMismatchException.class)) {
            Class<?> type = error.unwrap(TypeMismatchException.class).getRequiredType();
            return type != null && type.isEnum() ? "must be one of " + List.of(type.getEnumConstants())
                    : "has the wrong type";
        }
        return error.getDefaultMessage() == null ? "is invalid" : error.getDefaultMessage();
    }

    private static ProblemDetail tooLarge(BodyTooLargeException e, HttpServletRequest request) {
        return problem(HttpStatus.CONTENT_TOO_LARGE,
                "The request body is larger than the " + e.limit() + " bytes this service accepts.", request);
    }

    private static ProblemDetail invalidField(String field, String reason, HttpServletRequest request) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "The request has invalid fields.", request);
        problem.setProperty("errors", List.of(new FieldProblem(field, reason)));
        return problem;
    }

    private static ProblemDetail problem(HttpStatus status, String detail, HttpServletRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(status.getReasonPhrase());
        problem.setInstance(URI.create(request.getRequestURI()));
        problem.setProperty("requestId", RequestId.current());
        return problem;
    }

    private static ProblemDetail problem(HttpStatus status, String detail, WebRequest request) {
        return problem(status, detail, ((ServletWebRequest) request).getRequest());
    }

    private static void decorate(ProblemDetail problem, WebRequest request) {
        if (problem.getTitle() == null) {
            HttpStatus status = HttpStatus.resolve(problem.getStatus());
            problem.setTitle(status == null ? "Error" : status.getReasonPhrase());
        }
        if (problem.getInstance() == null && request instanceof ServletWebRequest servlet) {
            problem.setInstance(URI.create(servlet.getRequest().getRequestURI()));
        }
        Map<String, Object> properties = problem.getProperties();
        if (properties == null || !properties.containsKey("requestId")) {
            problem.setProperty("requestId", RequestId.current());
        }
    }
}
