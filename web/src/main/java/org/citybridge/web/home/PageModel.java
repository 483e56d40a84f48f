package org.citybridge.web.home;

import org.citybridge.web.WebProperties;
import org.citybridge.web.language.Texts;
import org.citybridge.web.signin.SignedInUser;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What the layout needs on every page: who is signed in, and in which language the page is. */
@ControllerAdvice
class PageModel {

    private final Texts texts;
    private final WebProperties properties;

    PageModel(Texts texts, WebProperties properties) {
        this.texts = texts;
        this.properties = properties;
    }

    @ModelAttribute("me")
    SignedInUser me(Authentication authentication) {
        return SignedInUser.of(authentication);
    }

    @ModelAttribute("lang")
    String language() {
        return texts.reader();
    }

    @ModelAttribute("publicUrl")
    String publicUrl() {
        return properties.publicUrl().toString();
    }
}
