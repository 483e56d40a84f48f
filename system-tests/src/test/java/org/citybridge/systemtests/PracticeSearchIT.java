package org.citybridge.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Finding practices as an officer does: words in another language than the practices', the matches highlighted,
 * facet counts that add up to what was found, a facet that narrows the search, and the practice itself. The words
 * come from the seeds' practices (Antwerp's weekend school and social advisers work with "vrijwilligers").
 */
@ExtendWith({ BrowserSuite.class, LaunchedSuite.class })
class PracticeSearchIT {

    @Test
    void anOfficerSearchesNarrowsByAFacetAndOpensAPractice() {
        try (Browser browser = new Browser(BrowserSuite.url(), "en")) {
            browser.signIn("officer@almelo");
            browser.open("/practices?lang=en");
            browser.find(By.id("q")).sendKeys("vrijwilligers");
            browser.find(By.id("search-button")).click();
            browser.waitUpTo(Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().contains("q=vrijwilligers"));

            List<WebElement> marks = browser.all(By.cssSelector("ol.hits mark"));
            assertThat(marks).isNotEmpty();
            assertThat(marks).allSatisfy(mark -> assertThat(mark.getText().toLowerCase(Locale.ROOT))
                    .contains("vrijwillig"));
            long total = total(browser);
            assertThat(total).isPositive();
            // Every practice belongs to one city: the city facet's counts add up to what was found.
            List<WebElement> cityCounts = browser.all(By.cssSelector("#facet-municipality .count"));
            assertThat(cityCounts).isNotEmpty();
            assertThat(cityCounts.stream().mapToLong(count -> Long.parseLong(count.getAttribute("data-count"))).sum())
                    .isEqualTo(total);
            browser.screenshot("practices-search-en");
            assertThat(browser.seriousAccessibilityViolations()).isEmpty();

            WebElement antwerp = browser.find(By.cssSelector("#facet-municipality input[value=antwerpen]"));
            long antwerpCount = Long.parseLong(antwerp.findElement(By.xpath("..")).findElement(By.cssSelector(".count"))
                    .getAttribute("data-count"));
            antwerp.click();
            browser.find(By.id("apply-facets")).click();
            browser.waitUpTo(Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().contains("municipality=antwerpen"));
            assertThat(total(browser)).isEqualTo(antwerpCount);
            assertThat(browser.find(By.cssSelector("#facet-municipality input[value=antwerpen]")).isSelected())
                    .isTrue();
            List<WebElement> cities = browser.all(By.cssSelector("ol.hits .meta .city"));
            assertThat(cities).hasSize((int) Math.min(antwerpCount, 10));
            assertThat(cities).allSatisfy(city -> assertThat(city.getText()).isEqualTo("Antwerpen"));

            WebElement first = browser.find(By.cssSelector("ol.hits h3 a"));
            String title = first.findElement(By.cssSelector("span")).getText();
            first.click();
            browser.waitUpTo(Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().contains("/practices/"));
            assertThat(browser.text(By.cssSelector("#practice-title span"))).isEqualTo(title);
            browser.screenshot("practice-en");
            assertThat(browser.seriousAccessibilityViolations()).isEmpty();
        }
    }

    @Test
    void aPracticeInAnotherLanguageIsMarkedWithItsLanguage() {
        try (Browser browser = new Browser(BrowserSuite.url(), "de")) {
            browser.signIn("officer@almelo");
            // Dutch words, German reader: Antwerp's practices are in Dutch and shown as written, marked (NL).
            browser.open("/practices?lang=de&q=vrijwilligers&municipality=antwerpen");
            assertThat(browser.find(By.cssSelector("ol.hits h3 a span[lang=nl]")).getText()).isNotBlank();
            assertThat(browser.text(By.cssSelector("ol.hits h3 abbr.lang-mark"))).isEqualTo("(NL)");
            assertThat(browser.text(By.id("facets-heading"))).isEqualTo("Ergebnisse eingrenzen");
        }
    }

    @Test
    void anOfficerWritesAPracticeCorrectsAFieldPublishesAndRevisesIt() throws IOException {
        String word = "buurtmoeders" + UUID.randomUUID().toString().substring(0, 6);
        try (Browser browser = new Browser(BrowserSuite.url(), "en")) {
            browser.signIn("officer@almelo");
            browser.open("/practices/new?lang=en");
            browser.find(By.cssSelector("button[name=then][value=save]")).click();
            assertThat(browser.text(By.id("f-title-error"))).isEqualTo("Please give the practice a title.");
            assertThat(browser.find(By.id("f-title")).getAttribute("aria-invalid")).isEqualTo("true");
            browser.screenshot("practice-form-errors-en");
            assertThat(browser.seriousAccessibilityViolations()).isEmpty();

            browser.find(By.id("f-title")).sendKeys("Neighbourhood mothers " + word);
            browser.find(By.id("f-summary")).sendKeys("Mothers from the neighbourhood visit families at home.");
            browser.find(By.id("f-approach")).sendKeys("Training, then home visits in pairs.");
            browser.find(By.id("f-contactPerson-name")).sendKeys("A. Officer");
            browser.find(By.id("f-contactPerson-email")).sendKeys("not an address");
            browser.find(By.cssSelector("button[name=then][value=publish]")).click();
            // Kept as typed, and the error is next to the field it is about.
            assertThat(browser.text(By.id("f-contactPerson-email-error"))).isNotBlank();
            assertThat(browser.find(By.id("f-title")).getAttribute("value")).endsWith(word);
            WebElement email = browser.find(By.id("f-contactPerson-email"));
            email.clear();
            email.sendKeys("officer@almelo.example");
            browser.find(By.cssSelector("button[name=then][value=publish]")).click();
            browser.waitUpTo(Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().matches(".*/practices/[^/]+$"));
            assertThat(browser.text(By.cssSelector("p.notice"))).isEqualTo("The practice is published.");
            assertThat(browser.text(By.cssSelector("#practice-title span"))).isEqualTo("Neighbourhood mothers " + word);
            assertThat(browser.text(By.cssSelector("article.practice .meta"))).contains("Published");

            browser.find(By.cssSelector("a[href$='/edit']")).click();
            WebElement title = browser.find(By.id("f-title"));
            title.clear();
            title.sendKeys("Neighbourhood mothers at home " + word);
            browser.find(By.cssSelector("button[name=then][value=save]")).click();
            browser.waitUpTo(Duration.ofSeconds(20)).until(d -> !d.findElements(By.cssSelector("p.notice")).isEmpty());
            assertThat(browser.text(By.cssSelector("#practice-title span")))
                    .isEqualTo("Neighbourhood mothers at home " + word);
            assertThat(browser.all(By.cssSelector("section[aria-labelledby=revisions-heading] tbody tr"))).isNotEmpty();
            browser.screenshot("practice-revised-en");

            Path report = Files.createTempFile("buurtmoeders", ".pdf");
            Path notes = Files.createTempFile("notes", ".pdf");
            try {
                Files.writeString(report, "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n");
                // Named .pdf, but plain text: the API judges the content.
                Files.writeString(notes, "just some notes");
                browser.find(By.id("attachment-file")).sendKeys(notes.toAbsolutePath().toString());
                browser.find(By.cssSelector("#attach-form button[type=submit]")).click();
                assertThat(browser.text(By.id("attachment-error")))
                        .isEqualTo("Only PDF, PNG and JPEG files can be attached.");
                browser.find(By.id("attachment-file")).sendKeys(report.toAbsolutePath().toString());
                browser.find(By.cssSelector("#attach-form button[type=submit]")).click();
                browser.waitUpTo(Duration.ofSeconds(20))
                        .until(d -> d.findElements(By.cssSelector("section[aria-labelledby=attachments-heading] li"))
                                .size() == 1);
                assertThat(browser.text(By.cssSelector("section[aria-labelledby=attachments-heading] li a")))
                        .isEqualTo(report.getFileName().toString());
            }
            finally {
                Files.deleteIfExists(report);
                Files.deleteIfExists(notes);
            }

            // The index follows the practices' events: the new practice is found by its word once they arrive.
            browser.waitUpTo(Duration.ofSeconds(30)).until(d -> {
                browser.open("/practices?q=" + word);
                return !d.findElements(By.cssSelector("ol.hits mark")).isEmpty();
            });
            assertThat(total(browser)).isEqualTo(1);
        }
    }

    private static long total(Browser browser) {
        return Long.parseLong(browser.find(By.id("results-heading")).getAttribute("data-total"));
    }
}
