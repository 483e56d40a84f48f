package org.citybridge.identity;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * The sign-in page in the person's language. People reach it through the gateway from the CityBridge pages, on the
 * same address, so the pages' language cookie ({@code CITYBRIDGE_LANG}) reaches it too; without it, the first of
 * Dutch, German and English the browser asks for. Spring Security's generated page was English only.
 */
@Controller
@Configuration(proxyBeanMethods = false)
class LoginPage {

	static final List<String> LANGUAGES = List.of("nl", "de", "en");

	@GetMapping("/login")
	String login() {
		return "login";
	}

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver("CITYBRIDGE_LANG");
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setDefaultLocaleFunction(LoginPage::fromBrowser);
		return resolver;
	}

	static Locale fromBrowser(HttpServletRequest request) {
		String header = request.getHeader("Accept-Language");
		if (header != null && !header.isBlank()) {
			try {
				for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
					String language = range.getRange().split("-")[0].toLowerCase(Locale.ROOT);
					if (LANGUAGES.contains(language)) {
						return Locale.forLanguageTag(language);
					}
				}
			}
			catch (IllegalArgumentException malformed) {
				// No browser sends one: English, as without the header.
			}
		}
		return Locale.ENGLISH;
	}

}
