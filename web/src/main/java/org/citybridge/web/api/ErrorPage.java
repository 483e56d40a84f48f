package org.citybridge.web.api;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Every error that reaches the servlet container (an unknown address, a page whose template failed) as the error
 * page in the reader's language, whatever the request accepted. Boot's own controller answered such requests from
 * htmx and scripts with its JSON, and when a failed page had already set text/html, with an empty 500.
 */
@Controller
class ErrorPage implements ErrorController {

    @RequestMapping("/error")
    String error(HttpServletRequest request, HttpServletResponse response, Model model) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer value && value >= 400 ? value : 404;
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        model.addAttribute("status", status);
        return "error";
    }
}
