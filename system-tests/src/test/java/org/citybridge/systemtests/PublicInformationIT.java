package org.citybridge.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * What anyone may read without registering: from the front page, who signed Almelo's integration pact (seed 003,
 * the demo data) with the printable pact in the reader's language, and the cities' public practices, searched
 * across languages.
 */
@ExtendWith({ BrowserSuite.class, LaunchedSuite.class })
class PublicInformationIT {

    @Test
    void theSignatoriesOfAPactAndItsPdfInTheReadersLanguage() {
        try (Browser browser = new Browser(BrowserSuite.url(), "de")) {
            browser.open("/");
            browser.find(By.cssSelector("a[href='/signatories/demo-almelo-pact-2011']")).click();
            assertThat(browser.text(By.tagName("h1"))).isEqualTo("Unterzeichner des Integrationspakts");
            assertThat(browser.text(By.id("signatory-demo-almelo-atib"))).contains("ATIB Almelo")
                    .contains("Migrantenselbstorganisation").contains("Gemengde participatie");
            assertThat(browser.find(By.id("pact-pdf")).getAttribute("href"))
                    .endsWith("/api/pacts/demo-almelo-pact-2011/pdf?lang=de");
            assertThat(browser.seriousAccessibilityViolations()).isEmpty();
            browser.screenshot("public-signatories-de");
        }
    }

    @Test
    void aSearchInOneLanguageFindsAPracticeWrittenInAnother() {
        try (Browser browser = new Browser(BrowserSuite.url(), "en")) {
            browser.open("/");
            browser.find(By.id("public-practices")).click();
            browser.find(By.id("q")).sendKeys("Ehrenamt");
            browser.find(By.cssSelector("#practice-search button[type=submit]")).click();
            browser.waitUpTo(java.time.Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().contains("q=Ehrenamt"));
            assertThat(browser.text(By.id("practice-results"))).contains("Ehrenamtliche Lotsen");
            assertThat(browser.seriousAccessibilityViolations()).as("search").isEmpty();
            browser.screenshot("public-practices-en");

            browser.find(By.linkText("Ehrenamtliche Lotsen für Neuzugewanderte")).click();
            assertThat(browser.text(By.tagName("h1"))).startsWith("Volunteer guides for newcomers");
            assertThat(browser.text(By.id("part-approach"))).isEqualTo("Approach");
            assertThat(browser.seriousAccessibilityViolations()).as("practice").isEmpty();
            browser.screenshot("public-practice-en");
        }
    }
}
