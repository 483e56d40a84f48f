package org.citybridge.identity;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Identity's errors as RFC 9457 problems, like the rest of the suite: the authorization server's refusals
 * (an unknown client, a login form without fields) reach clients through the gateway, and Boot's default
 * error JSON ({@code "timestamp"}, {@code "status": 999} for a direct {@code GET /error}) said nothing
 * useful in a shape nobody else uses. Asked for directly, {@code /error} is a path without a route: 404.
 */
@RestController
class ProblemErrorController implements ErrorController {

	@RequestMapping("/error")
	ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		HttpStatus status = code instanceof Integer value && HttpStatus.resolve(value) != null ? HttpStatus.valueOf(value)
				: HttpStatus.NOT_FOUND;
		ProblemDetail problem = ProblemDetail.forStatus(status);
		problem.setTitle(status.getReasonPhrase());
		problem.setDetail(code == null ? "There is no route " + request.getMethod() + " /error."
				: status.is5xxServerError() ? "Identity could not answer this request."
						: "Identity refused this request (" + status.getReasonPhrase() + ").");
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

}
