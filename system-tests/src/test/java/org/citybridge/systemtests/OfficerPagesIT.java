package org.citybridge.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The officer's overview pages on the demo data: the dashboard, a programme, the pact, a finalised report, and the
 * cross-city comparison with one line per city. They read the demo data only, so they hold whatever other tests add.
 */
@ExtendWith({ BrowserSuite.class, LaunchedSuite.class })
class OfficerPagesIT {

    @Test
    void dashboardProgrammeAndComparisonAreReadableAndAccessible() {
        try (Browser browser = new Browser(BrowserSuite.url(), "nl")) {
            browser.signIn("officer@almelo");

            browser.open("/city");
            assertThat(browser.text(By.tagName("h1"))).isEqualTo("Dashboard van Almelo");
            assertThat(Integer.parseInt(browser.text(By.id("organisation-count")))).isPositive();
            assertThat(browser.text(By.id("dash-pact")).isEmpty()).isFalse();
            assertThat(browser.find(By.linkText("Integratiepact KleurRijk Almelo 2011-2014")).isDisplayed()).isTrue();
            browser.screenshot("officer-city-nl");
            assertThat(browser.seriousAccessibilityViolations()).isEmpty();

            browser.open("/organisations?size=20");
            assertThat(browser.find(By.cssSelector("nav.pager")).isDisplayed()).isTrue();
            assertThat(browser.seriousAccessibilityViolations()).isEmpty();
            browser.open("/programmes");
            assertThat(browser.find(By.linkText("KleurRijk Almelo")).isDisplayed()).isTrue();
            assertThat(browser.seriousAccessibilityViolations()).isEmpty();

            browser.open("/programmes/demo-programme-almelo-kleurrijk");
            assertThat(browser.text(By.tagName("h1"))).isEqualTo("KleurRijk Almelo");
            assertThat(browser.text(By.id("goal-1"))).isEqualTo("Doel 1: Gedeelde visie op integratie");
            browser.screenshot("officer-programme-nl");
            assertThat(browser.seriousAccessibilityViolations()).isEmpty();

            browser.open("/pacts/demo-almelo-pact-2011");
            assertThat(browser.text(By.tagName("h1"))).isEqualTo("Integratiepact KleurRijk Almelo 2011-2014");
            assertThat(browser.text(By.cssSelector("section[aria-labelledby=signatories-title] table")))
                    .contains("ATIB Almelo");
            assertThat(browser.seriousAccessibilityViolations()).isEmpty();

            browser.open("/programmes/demo-programme-almelo-kleurrijk/reports");
            OfficerData.submit(browser, browser.find(By.linkText("2010-Q1")));
            assertThat(browser.text(By.tagName("h1"))).isEqualTo("KleurRijk Almelo: rapportage 2010-Q1");
            assertThat(browser.seriousAccessibilityViolations()).isEmpty();

            browser.open("/shared-indicators/gesubsidieerde-etnisch-culturele-verenigingen");
            browser.waitUpTo(Duration.ofSeconds(20)).until(d -> browser.driver().executeScript(
                    "return window.Chart && Chart.getChart(document.getElementById('comparison-chart')) ? true : false;")
                    .equals(Boolean.TRUE));
            @SuppressWarnings("unchecked")
            List<String> lines = (List<String>) browser.driver().executeScript(
                    "return Chart.getChart(document.getElementById('comparison-chart')).data.datasets.map(d => d.label);");
            assertThat(lines).contains("Almelo", "Antwerpen");
            browser.screenshot("officer-comparison-nl");
            assertThat(browser.seriousAccessibilityViolations()).isEmpty();
        }
    }

    @Test
    void theDashboardOnAPhone() {
        try (Browser browser = new Browser(BrowserSuite.url(), "en")) {
            browser.signIn("officer@antwerpen").phone();
            browser.open("/city");
            assertThat(browser.text(By.tagName("h1"))).isEqualTo("Dashboard of Antwerpen");
            browser.screenshot("officer-city-phone");
            Object overflow = browser.driver().executeScript(
                    "return document.documentElement.scrollWidth > document.documentElement.clientWidth;");
            assertThat(overflow).isEqualTo(false);
        }
    }
}
