package org.citybridge.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * An organiser plans a congress in the browser: the form in several languages (a mistake shown next to its field),
 * a new venue, a session, publishing; then watches a registration arrive on the congress's page without reloading,
 * and downloads the attendee list.
 */
@ExtendWith({ BrowserSuite.class, LaunchedSuite.class })
class OrganiseCongressIT {

    @Test
    void anOrganiserCreatesACongressThroughTheFormAndWatchesRegistrationsArrive() {
        String title = "Werkconferentie " + UUID.randomUUID().toString().substring(0, 8);
        LocalDateTime start = LocalDateTime.now().plusDays(30).truncatedTo(ChronoUnit.HOURS).withHour(9);
        try (Browser browser = new Browser(BrowserSuite.url(), "en")) {
            browser.signIn(CongressFixture.ORGANISER);
            browser.open("/organise/congresses");
            assertThat(browser.text(By.tagName("h1"))).isEqualTo("Your congresses");
            assertThat(browser.seriousAccessibilityViolations()).isEmpty();
            browser.find(By.id("new-congress")).click();

            // No title in any language: said next to the title, and what was typed stays.
            browser.find(By.id("newVenueName")).sendKeys("Theater Hof 88 " + title.substring(title.length() - 8));
            set(browser, "startsAt", start.toString());
            set(browser, "endsAt", start.plusHours(7).toString());
            browser.find(By.cssSelector("#congress-form button[type=submit]")).click();
            assertThat(browser.text(By.id("title-error"))).isEqualTo("Give a title in at least one language.");
            assertThat(browser.find(By.id("titleNl")).getAttribute("aria-invalid")).isEqualTo("true");
            assertThat(browser.find(By.id("newVenueName")).getAttribute("value")).startsWith("Theater Hof 88");
            assertThat(browser.seriousAccessibilityViolations()).isEmpty();
            browser.screenshot("organiser-new-congress-error-en");

            browser.find(By.id("titleNl")).sendKeys(title);
            browser.find(By.id("titleDe")).sendKeys(title.replace("Werkconferentie", "Arbeitskonferenz"));
            browser.find(By.id("descriptionNl")).sendKeys("Een dag over taal en werk.");
            WebElement capacity = browser.find(By.id("capacity"));
            capacity.clear();
            capacity.sendKeys("80");
            browser.find(By.cssSelector("#congress-form button[type=submit]")).click();
            browser.waitUpTo(Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().matches(".*/organise/congresses/[^/]+$")
                    && !d.getCurrentUrl().endsWith("/new"));
            String congressId = browser.url().replaceAll(".*/organise/congresses/", "");
            // The reader reads English; the congress has no English title: shown in Dutch, marked.
            assertThat(browser.text(By.tagName("h1"))).startsWith(title).endsWith("(NL)");
            assertThat(browser.text(By.id("congress-status"))).isEqualTo("Draft");

            browser.find(By.cssSelector("#sessions-section summary")).click();
            browser.find(By.id("sessionTitleNl")).sendKeys("Opening");
            set(browser, "sessionStartsAt", start.toString());
            set(browser, "sessionEndsAt", start.plusHours(1).toString());
            browser.find(By.id("sessionRoom")).sendKeys("Grote zaal");
            browser.find(By.id("sessionCapacity")).sendKeys("40");
            browser.find(By.cssSelector("#session-form button[type=submit]")).click();
            assertThat(browser.text(By.id("session-list"))).contains("Opening").contains("Grote zaal");

            browser.find(By.id("publish")).click();
            browser.waitUpTo(Duration.ofSeconds(20)).until(d -> d.findElement(By.id("congress-status")).getText()
                    .equals("Published"));
            browser.waitUpTo(Duration.ofSeconds(20)).until(d -> d.findElement(By.id("count-confirmed")).getText()
                    .equals("0"));
            assertThat(browser.seriousAccessibilityViolations()).isEmpty();

            // A visitor registers meanwhile: the page shows it within a few seconds, without a reload.
            CongressFixture congress = CongressFixture.existing(congressId);
            congress.register("Pieter Bakker");
            browser.waitUpTo(Duration.ofSeconds(30)).until(d -> d.findElement(By.id("count-confirmed")).getText()
                    .equals("1"));
            assertThat(browser.text(By.id("attendees"))).contains("Pieter Bakker");
            browser.screenshot("organiser-congress-en");

            String csv = (String) browser.driver().executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    fetch(document.getElementById('export-csv').href).then(r => r.text()).then(done, e => done('' + e));
                    """);
            assertThat(csv).contains("code,status").contains("Pieter Bakker");
            String badges = (String) browser.driver().executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    fetch(document.getElementById('print-badges').href)
                        .then(r => r.arrayBuffer().then(b => done(r.headers.get('content-type') + ' '
                            + String.fromCharCode(...new Uint8Array(b.slice(0, 5))))), e => done('' + e));
                    """);
            assertThat(badges).isEqualTo("application/pdf %PDF-");

            browser.open("/organise/congresses/" + congressId + "?lang=nl");
            assertThat(browser.text(By.id("registrations-heading"))).isEqualTo("Aanmeldingen, live");
            browser.screenshot("organiser-congress-nl");
            browser.open("/organise/congresses?lang=de");
            assertThat(browser.text(By.tagName("h1"))).isEqualTo("Ihre Kongresse");
            browser.screenshot("organiser-congresses-de");
        }
    }

    // Chromium's datetime-local takes typed keys in the browser's own order; the value is what the form sends.
    private static void set(Browser browser, String id, String value) {
        browser.driver().executeScript("arguments[0].value = arguments[1]", browser.find(By.id(id)), value);
    }
}
