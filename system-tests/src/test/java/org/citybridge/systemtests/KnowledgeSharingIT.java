package org.citybridge.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Bridge groups and the handbook as officers see them: the demo's Münster–Almelo group with its members, meetings
 * and shared practices; a group founded by Almelo that Antwerp joins; the Handboek KleurRijk Almelo's first edition
 * in the page (the service's rendering, cleaned) and as a PDF through the pages.
 */
@ExtendWith({ BrowserSuite.class, LaunchedSuite.class })
class KnowledgeSharingIT {

    @Test
    void aBridgeGroupShowsItsMembersMeetingsAndPractices() {
        try (Browser almelo = new Browser(BrowserSuite.url(), "en")) {
            almelo.signIn("officer@almelo");
            almelo.open("/bridge-groups/demo-bridge-group-muenster-almelo?lang=en");
            assertThat(almelo.text(By.tagName("h1"))).contains("Münster");
            assertThat(almelo.all(By.cssSelector("section[aria-labelledby=members-heading] tbody tr"))).isNotEmpty();
            assertThat(almelo.all(By.cssSelector("section[aria-labelledby=meetings-heading] li"))).isNotEmpty();
            assertThat(almelo.all(By.cssSelector("section[aria-labelledby=shared-heading] li a"))).isNotEmpty();
            almelo.screenshot("bridge-group-en");
            assertThat(almelo.seriousAccessibilityViolations()).isEmpty();
        }
    }

    @Test
    void almeloFoundsAGroupAndAntwerpJoinsIt() {
        String name = "Bruggroep taalcoaches " + UUID.randomUUID().toString().substring(0, 8);
        try (Browser almelo = new Browser(BrowserSuite.url(), "nl");
                Browser antwerp = new Browser(BrowserSuite.url(), "nl")) {
            almelo.signIn("officer@almelo");
            almelo.open("/bridge-groups?lang=nl");
            assertThat(almelo.seriousAccessibilityViolations()).isEmpty();
            almelo.find(By.id("g-name")).sendKeys(name);
            almelo.find(By.id("g-city-antwerpen")).click();
            almelo.find(By.cssSelector("section[aria-labelledby=found-heading] button[type=submit]")).click();
            almelo.waitUpTo(Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().matches(".*/bridge-groups/[^/]+$"));
            String groupPath = almelo.url().replaceFirst("^https?://[^/]+", "");
            assertThat(almelo.text(By.tagName("h1"))).isEqualTo(name);
            assertThat(almelo.text(By.cssSelector("p.meta"))).contains("uitgenodigd: Antwerpen");

            antwerp.signIn("officer@antwerpen");
            antwerp.open(groupPath);
            antwerp.find(By.id("join")).click();
            antwerp.waitUpTo(Duration.ofSeconds(20)).until(d -> !d.findElements(By.cssSelector("p.notice")).isEmpty());
            assertThat(antwerp.text(By.cssSelector("p.meta"))).contains("Antwerpen").doesNotContain("uitgenodigd");
            assertThat(antwerp.all(By.id("join"))).isEmpty();
        }
    }

    @Test
    void theHandbooksEditionReadsInThePageAndDownloadsAsPdf() {
        try (Browser almelo = new Browser(BrowserSuite.url(), "en")) {
            almelo.signIn("officer@almelo");
            almelo.open("/handbooks?lang=en");
            assertThat(almelo.seriousAccessibilityViolations()).isEmpty();
            almelo.find(By.cssSelector("a[href='/handbooks/demo-handbook-kleurrijk-almelo']")).click();
            almelo.find(By.cssSelector("a[href='/handbooks/demo-handbook-kleurrijk-almelo/editions/1']")).click();
            almelo.waitUpTo(Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().endsWith("/editions/1"));
            // The service's chapters are in the page, cleaned: its headings, none of its style or scripts.
            assertThat(almelo.all(By.cssSelector(".handbook-text section h2"))).isNotEmpty();
            assertThat(almelo.all(By.cssSelector(".handbook-text style, .handbook-text script"))).isEmpty();
            almelo.screenshot("handbook-edition-en");
            assertThat(almelo.seriousAccessibilityViolations()).isEmpty();

            String href = almelo.find(By.id("pdf")).getAttribute("href");
            assertThat(href).endsWith("/handbooks/demo-handbook-kleurrijk-almelo/editions/1.pdf");
            almelo.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
            Object pdf = almelo.driver().executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    fetch(arguments[0]).then(r => r.arrayBuffer().then(b => done(r.status + ' '
                        + r.headers.get('content-type') + ' ' + String.fromCharCode(...new Uint8Array(b.slice(0, 5))))))
                        .catch(e => done('failed: ' + e));
                    """, href);
            assertThat(String.valueOf(pdf)).isEqualTo("200 application/pdf %PDF-");
        }
    }
}
