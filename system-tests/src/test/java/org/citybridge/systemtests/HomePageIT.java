package org.citybridge.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The front page in each language, signing in at identity and out again: what every other page stands on.
 * Screenshots of each language land in target/screenshots.
 */
@ExtendWith({ BrowserSuite.class, LaunchedSuite.class })
class HomePageIT {

    @Test
    void frontPageSpeaksEachLanguageAndRemembersTheChoice() {
        try (Browser browser = new Browser(BrowserSuite.url(), "de")) {
            browser.open("/");
            // The browser asked for German: the page is German without anyone choosing.
            assertThat(browser.find(By.tagName("html")).getAttribute("lang")).isEqualTo("de");
            assertThat(browser.text(By.id("congresses"))).isEqualTo("Kongresse mit offener Anmeldung");
            browser.screenshot("home-de");

            browser.open("/?lang=nl");
            assertThat(browser.text(By.id("congresses"))).isEqualTo("Congressen waarvoor u zich kunt aanmelden");
            browser.screenshot("home-nl");
            // Remembered: the next page without ?lang= stays Dutch, although the browser still asks for German.
            browser.open("/");
            assertThat(browser.find(By.tagName("html")).getAttribute("lang")).isEqualTo("nl");

            browser.open("/?lang=en");
            assertThat(browser.text(By.id("congresses"))).isEqualTo("Congresses open for registration");
            browser.screenshot("home-en");
            assertThat(browser.seriousAccessibilityViolations()).isEmpty();
        }
    }

    @Test
    void contentWithoutATranslationIsShownAsWrittenAndMarked() {
        try (Browser browser = new Browser(BrowserSuite.url(), "en")) {
            browser.open("/?lang=de");
            // Seed 001's second KleurRijk congress has a Dutch title only.
            List<String> marked = browser.all(By.cssSelector("abbr.lang-mark")).stream()
                    .map(mark -> mark.getText())
                    .toList();
            assertThat(marked).contains("(NL)");
            assertThat(browser.find(By.cssSelector("abbr.lang-mark")).getAttribute("title")).contains("Nederlands");
        }
    }

    @Test
    void anOfficerSignsInAtIdentityAndOutAgain() {
        try (Browser browser = new Browser(BrowserSuite.url(), "en")) {
            browser.signIn("officer@almelo");
            browser.open("/");
            assertThat(browser.text(By.cssSelector("form.inline .who"))).isEqualTo("Signed in as Almelo Officer");
            browser.screenshot("home-signed-in-en");

            browser.find(By.cssSelector("form.inline button[type=submit]")).click();
            browser.waitUpTo(java.time.Duration.ofSeconds(20))
                    .until(d -> !d.findElements(By.cssSelector("a[href='/signin/citybridge']")).isEmpty());
            // Signed out at identity too: signing in again asks for the password instead of passing through.
            browser.open("/signin/citybridge");
            assertThat(browser.find(By.id("username")).isDisplayed()).isTrue();
        }
    }
}
