package org.citybridge.web.language;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/** Lets {@code ?lang=} change the language only to one of the three the pages are written in. */
final class OnlySupported implements HandlerInterceptor {

    private final LocaleChangeInterceptor change;

    OnlySupported(LocaleChangeInterceptor change) {
        this.change = change;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws jakarta.servlet.ServletException {
        String wanted = request.getParameter(change.getParamName());
        if (wanted != null && Languages.SUPPORTED.contains(wanted.toLowerCase(Locale.ROOT))) {
            return change.preHandle(request, response, handler);
        }
        return true;
    }
}
