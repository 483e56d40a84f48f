package org.citybridge.web.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.client.ResourceAccessException;

/**
 * What a person sees when the API said no and the page had nothing better to say: a page in their language, with
 * the status that fits, never a stack trace. An expired sign-in (401) starts the sign-in again.
 */
@ControllerAdvice
@Order(0)
class PageErrors {

    private static final Logger log = LoggerFactory.getLogger(PageErrors.class);

    @ExceptionHandler(ApiProblem.class)
    String problem(ApiProblem problem, HttpServletRequest request, HttpServletResponse response, Model model) {
        if (problem.status() == 401) {
            // The access token expired (identity gives the web no refresh token): sign in again.
            SecurityContextHolder.clearContext();
            request.getSession().invalidate();
            return "redirect:/signin/citybridge";
        }
        int status = switch (problem.status()) {
            case 403, 404, 409, 412, 413, 429 -> problem.status();
            default -> problem.status() >= 500 ? 503 : 400;
        };
        response.setStatus(status);
        model.addAttribute("status", status);
        model.addAttribute("detail", problem.detail());
        return "error";
    }

    @ExceptionHandler(ResourceAccessException.class)
    String unreachable(ResourceAccessException e, HttpServletResponse response, Model model) {
        log.warn("The API could not be reached: {}", e.getMessage());
        response.setStatus(503);
        model.addAttribute("status", 503);
        return "error";
    }
}
