package org.citybridge.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The door without a network: the check-in screen, loaded while online, keeps the congress's public key; offline it
 * checks a ticket's signature in the browser, lets the person in and queues the scan; back online the queue goes
 * up and the server has the check-in.
 */
@ExtendWith({ BrowserSuite.class, LaunchedSuite.class })
class OfflineCheckInIT {

    @Test
    void aTicketScannedOfflineIsCheckedInTheBrowserAndUploadedLater() {
        CongressFixture congress = CongressFixture.happeningNow("Offline check-in");
        CongressFixture.Registration olga = congress.register("Olga de Vries");
        String secret = congress.ticketSecret(olga);

        try (Browser browser = new Browser(BrowserSuite.url(), "en")) {
            browser.phone().signIn(CongressFixture.ORGANISER);
            browser.open("/check-in?congress=" + congress.id);
            browser.find(By.cssSelector("#new-list button[type=submit]")).click();
            browser.waitUpTo(Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().matches(".*/check-in/"
                    + congress.id + "/[^/]+$"));
            // Online first: the screen keeps the congress's key and revocations, and its service worker is up.
            browser.waitUpTo(Duration.ofSeconds(20))
                    .until(d -> "true".equals(d.findElement(By.id("keys-state")).getAttribute("data-ready")));
            browser.waitUpTo(Duration.ofSeconds(20))
                    .until(d -> "true".equals(d.findElement(By.id("check-in")).getAttribute("data-offline-ready")));

            network(browser, false);
            assertThat(CheckInIT.scan(browser, secret, "CHECKED_IN")).isEqualTo("Checked in");
            assertThat(browser.text(By.id("verdict-detail"))).contains("queued");
            assertThat(browser.find(By.id("queue-state")).getAttribute("data-waiting")).isEqualTo("1");
            assertThat(browser.text(By.id("network-state"))).startsWith("Offline");
            browser.screenshot("check-in-offline-en");
            // A ticket is not a second entry offline either.
            assertThat(CheckInIT.scan(browser, secret, "ALREADY_CHECKED_IN")).matches("Already checked in at \\d\\d:\\d\\d");
            // A forged ticket: the same, with one character of its signature changed.
            String forged = secret.substring(0, secret.length() - 3)
                    + (secret.charAt(secret.length() - 3) == 'A' ? 'B' : 'A') + secret.substring(secret.length() - 2);
            assertThat(CheckInIT.scan(browser, forged, "UNKNOWN")).isEqualTo("Unknown");
            assertThat(congress.checkedIn()).as("nothing reached the server while offline").isZero();

            // The screen opens again without a network (its service worker keeps it), the queue still there.
            Object cached = browser.driver().executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    caches.match(location.href).then(hit => done(!!hit), () => done(false));
                    """);
            assertThat(cached).isEqualTo(true);
            browser.driver().navigate().refresh();
            browser.waitUpTo(Duration.ofSeconds(20))
                    .until(d -> "1".equals(d.findElement(By.id("queue-state")).getAttribute("data-waiting")));
            assertThat(browser.seriousAccessibilityViolations()).isEmpty();

            network(browser, true);
            browser.waitUpTo(Duration.ofSeconds(30))
                    .until(d -> "0".equals(d.findElement(By.id("queue-state")).getAttribute("data-waiting")));
            await("the offline check-in on the server").atMost(Duration.ofSeconds(30))
                    .until(congress::checkedIn, count -> count == 1);
            assertThat(browser.find(By.id("disagreements")).isDisplayed()).isFalse();
        }
    }

    private static void network(Browser browser, boolean online) {
        browser.driver().executeCdpCommand("Network.enable", Map.of());
        browser.driver().executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", !online,
                "latency", 0, "downloadThroughput", -1, "uploadThroughput", -1));
    }
}
