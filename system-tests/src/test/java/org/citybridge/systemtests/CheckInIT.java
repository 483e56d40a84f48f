package org.citybridge.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The door on a phone: an organiser makes a check-in list for their congress and types codes, and sees at once
 * "checked in", "already checked in at 10:42", "unknown" and "cancelled", as the server answers.
 */
@ExtendWith({ BrowserSuite.class, LaunchedSuite.class })
class CheckInIT {

    @Test
    void anOrganiserChecksPeopleInByCodeOnAPhone() {
        CongressFixture congress = CongressFixture.happeningNow("Check-in");
        CongressFixture.Registration anna = congress.register("Anna Visser");
        CongressFixture.Registration bert = congress.register("Bert Jansen");
        await("Anna's place decided").atMost(Duration.ofSeconds(30))
                .until(() -> "CONFIRMED".equals(congress.statusOf(anna)));
        congress.cancel(bert);

        try (Browser browser = new Browser(BrowserSuite.url(), "en")) {
            browser.phone().signIn(CongressFixture.ORGANISER);
            browser.open("/check-in?congress=" + congress.id);
            assertThat(browser.text(By.id("lists-heading"))).contains(congress.title);
            assertThat(browser.text(By.cssSelector("main"))).contains("no check-in list yet");
            assertThat(browser.seriousAccessibilityViolations()).isEmpty();
            browser.find(By.cssSelector("#new-list button[type=submit]")).click();
            browser.waitUpTo(Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().matches(".*/check-in/"
                    + congress.id + "/[^/]+$"));

            assertThat(scan(browser, anna.code(), "CHECKED_IN")).isEqualTo("Checked in");
            assertThat(browser.text(By.id("verdict-detail"))).isEqualTo("Anna Visser");
            browser.screenshot("check-in-checked-in-en");
            assertThat(scan(browser, anna.code(), "ALREADY_CHECKED_IN")).matches("Already checked in at \\d\\d:\\d\\d");
            browser.screenshot("check-in-already-en");
            assertThat(scan(browser, "NO-SUCH-CODE", "UNKNOWN")).isEqualTo("Unknown");
            assertThat(scan(browser, bert.code(), "CANCELLED")).isEqualTo("Cancelled");
            browser.screenshot("check-in-cancelled-en");
            assertThat(browser.seriousAccessibilityViolations()).isEmpty();

            // The door staff read German: the answers are German too.
            browser.driver().get(browser.url().replaceAll("\\?.*", "") + "?lang=de");
            assertThat(scan(browser, anna.code(), "ALREADY_CHECKED_IN")).matches("Bereits eingecheckt um \\d\\d:\\d\\d");
            browser.screenshot("check-in-already-de");
            browser.driver().get(browser.url().replaceAll("\\?.*", "") + "?lang=nl");
            assertThat(scan(browser, "GEEN-CODE", "UNKNOWN")).isEqualTo("Onbekend");
            browser.screenshot("check-in-unknown-nl");
        }
        assertThat(congress.checkedIn()).isEqualTo(1);
    }

    /** Types a code as the door staff would, and waits for the screen's answer; returns its big line. */
    static String scan(Browser browser, String code, String expectedAnswer) {
        WebElement verdict = browser.find(By.id("verdict"));
        String before = verdict.getAttribute("data-scans");
        WebElement input = browser.find(By.id("code"));
        input.sendKeys(code);
        browser.find(By.id("scan-submit")).click();
        browser.waitUpTo(Duration.ofSeconds(20)).until(d -> {
            String now = verdict.getAttribute("data-scans");
            return now != null && !now.equals(before);
        });
        assertThat(verdict.getAttribute("data-answer")).as(verdict.getText()).isEqualTo(expectedAnswer);
        return browser.text(By.id("verdict-text"));
    }
}
