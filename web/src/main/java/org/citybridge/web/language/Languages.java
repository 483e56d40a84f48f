package org.citybridge.web.language;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Dutch, German or English: chosen with {@code ?lang=}, remembered in a cookie for a year, else the first of the
 * three the browser asks for, else English.
 */
@Configuration(proxyBeanMethods = false)
public class Languages implements WebMvcConfigurer {

    public static final List<String> SUPPORTED = List.of("nl", "de", "en");
    static final String COOKIE = "CITYBRIDGE_LANG";

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver(COOKIE);
        resolver.setCookieMaxAge(java.time.Duration.ofDays(365));
        resolver.setDefaultLocaleFunction(Languages::fromBrowser);
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor change = new LocaleChangeInterceptor();
        change.setParamName("lang");
        // An unknown ?lang= is ignored rather than a 500.
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(new OnlySupported(change));
    }

    static Locale fromBrowser(HttpServletRequest request) {
        String header = request.getHeader("Accept-Language");
        if (header == null || header.isBlank()) {
            return Locale.ENGLISH;
        }
        try {
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
                String language = range.getRange().split("-")[0].toLowerCase(Locale.ROOT);
                if (SUPPORTED.contains(language)) {
                    return Locale.forLanguageTag(language);
                }
            }
        }
        catch (IllegalArgumentException malformed) {
            // A header no browser sends: English, like no header.
        }
        return Locale.ENGLISH;
    }
}
