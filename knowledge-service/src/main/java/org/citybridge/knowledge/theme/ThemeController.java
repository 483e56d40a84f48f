package org.citybridge.knowledge.theme;

import java.util.Collection;

import org.citybridge.platform.security.PublicRoute;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The vocabulary, for forms and filters: public, as the public practice search shows themes too. */
@RestController
class ThemeController {

    private final ThemeVocabulary vocabulary;

    ThemeController(ThemeVocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    @GetMapping("/api/themes")
    @PublicRoute
    ResponseEntity<Collection<Theme>> themes() {
        return ResponseEntity.ok().cacheControl(CacheControl.maxAge(java.time.Duration.ofHours(1)).cachePublic())
                .body(vocabulary.all());
    }
}
