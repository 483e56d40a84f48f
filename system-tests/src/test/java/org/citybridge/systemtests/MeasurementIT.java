package org.citybridge.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import tools.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * An officer enters a measurement on an action's page: the indicator's chart gains the point without the page
 * being loaded again (htmx swaps the indicator's card). The chart's data is read from Chart.js itself.
 */
@ExtendWith({ BrowserSuite.class, LaunchedSuite.class })
class MeasurementIT {

    @Test
    void aNewMeasurementAppearsInTheIndicatorsChart() {
        JsonNode indicator = new OfficerData("officer@almelo").indicator(OfficerData.unique("MeasurementIT"));
        String indicatorId = indicator.get("id").asString();
        String chart = "#chart-" + indicatorId;
        // Unique: no other run's point can be mistaken for this one.
        BigDecimal value = BigDecimal.valueOf(ThreadLocalRandom.current().nextInt(1, 99_999), 3);

        try (Browser browser = new Browser(BrowserSuite.url(), "en")) {
            browser.signIn("officer@almelo");
            browser.open("/actions/" + indicator.get("actionId").asString());
            browser.find(By.cssSelector(chart));
            browser.waitUpTo(Duration.ofSeconds(20)).until(d -> chartValues(browser, chart) != null);
            assertThat(chartValues(browser, chart)).isEmpty();
            assertThat(browser.seriousAccessibilityViolations()).isEmpty();
            browser.screenshot("officer-action-before");

            // The page itself stays: a marker on the window survives a swap, not a reload.
            browser.driver().executeScript("window.notReloaded = true;");
            WebElement form = browser.find(By.cssSelector("#indicator-" + indicatorId + " form.measure"));
            form.findElement(By.name("value")).sendKeys(value.toPlainString());
            form.findElement(By.name("source")).sendKeys("MeasurementIT");
            form.findElement(By.cssSelector("button[type=submit]")).click();

            browser.waitUpTo(Duration.ofSeconds(20)).until(d -> {
                List<String> values = chartValues(browser, chart);
                return values != null && values.stream().anyMatch(v -> new BigDecimal(v).compareTo(value) == 0);
            });
            assertThat(browser.driver().executeScript("return window.notReloaded === true;")).isEqualTo(true);
            assertThat(browser.text(By.cssSelector("#indicator-" + indicatorId + " [role=status]")))
                    .isEqualTo("The measurement is saved.");
            browser.screenshot("officer-action-after");
            assertThat(browser.seriousAccessibilityViolations()).isEmpty();
        }
    }

    @Test
    void aValueThatIsNoNumberIsExplainedNextToTheField() {
        JsonNode indicator = new OfficerData("officer@almelo").indicator(OfficerData.unique("MeasurementIT"));
        String indicatorId = indicator.get("id").asString();
        try (Browser browser = new Browser(BrowserSuite.url(), "nl")) {
            browser.signIn("officer@almelo");
            browser.open("/actions/" + indicator.get("actionId").asString());
            WebElement form = browser.find(By.cssSelector("#indicator-" + indicatorId + " form.measure"));
            form.findElement(By.name("value")).sendKeys("twaalf");
            form.findElement(By.cssSelector("button[type=submit]")).click();
            WebElement error = browser.find(By.cssSelector("#indicator-" + indicatorId + " .field-error"));
            assertThat(error.getText()).isEqualTo("Vul een getal in, zoals 12 of 12,5.");
            assertThat(browser.find(By.cssSelector("#indicator-" + indicatorId + " input[name=value]"))
                    .getAttribute("value")).isEqualTo("twaalf");
        }
    }

    @Test
    void aMeasurementTheApiRefusesOutrightIsExplainedInTheCard() {
        JsonNode indicator = new OfficerData("officer@almelo").indicator(OfficerData.unique("MeasurementIT"));
        String indicatorId = indicator.get("id").asString();
        try (Browser browser = new Browser(BrowserSuite.url(), "en")) {
            browser.signIn("officer@almelo");
            browser.open("/actions/" + indicator.get("actionId").asString());
            WebElement form = browser.find(By.cssSelector("#indicator-" + indicatorId + " form.measure"));
            // As if the indicator had been removed since the page was opened.
            browser.driver().executeScript("""
                    document.body.addEventListener('htmx:configRequest', e => {
                        e.detail.path = '/indicators/no-such-indicator/measurements';
                    });
                    """);
            form.findElement(By.name("value")).sendKeys("3");
            form.findElement(By.cssSelector("button[type=submit]")).click();
            browser.waitUpTo(Duration.ofSeconds(20)).until(d -> browser.text(By.id("indicator-" + indicatorId))
                    .contains("This page does not exist, or is not yours to see."));
        }
    }

    /** The y values of the chart's first data set (the measurements), or null while the chart is not drawn. */
    @SuppressWarnings("unchecked")
    private static List<String> chartValues(Browser browser, String canvas) {
        return (List<String>) browser.driver().executeScript("""
                const canvas = document.querySelector(arguments[0]);
                const chart = canvas && window.Chart ? Chart.getChart(canvas) : undefined;
                return chart ? chart.data.datasets[0].data.map(p => String(p.y)) : null;
                """, canvas);
    }
}
