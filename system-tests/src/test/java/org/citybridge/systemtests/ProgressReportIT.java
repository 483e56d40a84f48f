package org.citybridge.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import tools.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * An officer takes a progress report of a programme for the running quarter, comments on its action, finalises it,
 * and downloads it as a PDF through the page's own address (the browser has no token; the session has).
 */
@ExtendWith({ BrowserSuite.class, LaunchedSuite.class })
class ProgressReportIT {

    @Test
    void takeCommentFinaliseAndDownload() {
        JsonNode indicator = new OfficerData("officer@almelo").indicator(OfficerData.unique("ProgressReportIT"));
        String programmeId = indicator.get("programmeId").asString();
        String actionId = indicator.get("actionId").asString();
        LocalDate today = LocalDate.now();
        String quarter = today.getYear() + "-Q" + ((today.getMonthValue() - 1) / 3 + 1);

        try (Browser browser = new Browser(BrowserSuite.url(), "en")) {
            browser.signIn("officer@almelo").open("/programmes/" + programmeId + "/reports");
            browser.find(By.id("period")).sendKeys(quarter);
            OfficerData.submit(browser, browser.find(By.cssSelector("#period ~ button[type=submit]")));
            assertThat(browser.text(By.tagName("h1"))).endsWith("report " + quarter);

            WebElement commentary = browser.find(By.id("comment-" + actionId));
            commentary.sendKeys("Going well; the first participants came in.");
            OfficerData.submit(browser, browser.find(By.cssSelector("#action-" + actionId + " button[type=submit]")));
            assertThat(browser.text(By.cssSelector("#action-" + actionId + " [role=status]")))
                    .isEqualTo("The commentary is saved.");
            assertThat(browser.find(By.id("comment-" + actionId)).getAttribute("value"))
                    .isEqualTo("Going well; the first participants came in.");
            assertThat(browser.seriousAccessibilityViolations()).isEmpty();

            OfficerData.submit(browser, browser.find(By.cssSelector("form[action$='/finalise'] button")));
            assertThat(browser.text(By.cssSelector("[role=status]"))).isEqualTo("The report is final.");
            assertThat(browser.text(By.cssSelector("#action-" + actionId + " .commentary")))
                    .isEqualTo("Going well; the first participants came in.");
            assertThat(browser.all(By.cssSelector("form[action$='/finalise']"))).isEmpty();

            String pdf = browser.find(By.cssSelector("a[href$='/pdf']")).getAttribute("href");
            Object answer = browser.driver().executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    fetch(arguments[0]).then(r => r.arrayBuffer().then(b => done(r.status + ' '
                        + r.headers.get('content-type') + ' ' + String.fromCharCode(...new Uint8Array(b.slice(0, 5))))))
                      .catch(e => done('failed: ' + e));
                    """, pdf);
            assertThat(answer).isEqualTo("200 application/pdf %PDF-");
        }
    }
}
