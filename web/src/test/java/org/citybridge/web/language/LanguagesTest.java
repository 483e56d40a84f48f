package org.citybridge.web.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class LanguagesTest {

    @Test
    void theFirstOfTheThreeLanguagesTheBrowserAcceptsIsChosen() {
        assertThat(Languages.fromBrowser(accepting("fr-FR, de-AT;q=0.8, nl;q=0.5"))).isEqualTo(Locale.GERMAN);
        assertThat(Languages.fromBrowser(accepting("nl-BE"))).isEqualTo(Locale.forLanguageTag("nl"));
    }

    @Test
    void noneOfThemNoHeaderOrAMalformedOneIsEnglish() {
        assertThat(Languages.fromBrowser(accepting("fr, es"))).isEqualTo(Locale.ENGLISH);
        assertThat(Languages.fromBrowser(new MockHttpServletRequest())).isEqualTo(Locale.ENGLISH);
        assertThat(Languages.fromBrowser(accepting(";;q=x,,"))).isEqualTo(Locale.ENGLISH);
    }

    private static MockHttpServletRequest accepting(String header) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.addHeader("Accept-Language", header);
        return request;
    }
}
