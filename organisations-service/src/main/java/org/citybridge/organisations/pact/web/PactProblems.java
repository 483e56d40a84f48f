package org.citybridge.organisations.pact.web;

import java.net.URI;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.citybridge.organisations.pact.InvalidFieldException;
import org.citybridge.platform.web.ProblemHandler.FieldProblem;
import org.citybridge.platform.web.RequestId;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Rules only the pact can check (a line of work it lacks, an organisation of another city) answer like
 * validation errors: 400 with the field to fix. Ahead of the platform's handler, which would give a 400
 * without the field.
 */
@RestControllerAdvice(basePackageClasses = PactProblems.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PactProblems {

    @ExceptionHandler(InvalidFieldException.class)
    ProblemDetail invalidField(InvalidFieldException e, HttpServletRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The request has invalid fields.");
        problem.setTitle(HttpStatus.BAD_REQUEST.getReasonPhrase());
        problem.setInstance(URI.create(request.getRequestURI()));
        problem.setProperty("requestId", RequestId.current());
        problem.setProperty("errors", List.of(new FieldProblem(e.field(), e.reason())));
        return problem;
    }
}
