package org.citybridge.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Two visitors and one place: the first is confirmed, the second waits first in line; the first cancels on their
 * management page (with its confirmation step), and the second's management page shows the place theirs (or
 * offered: they accept it). The congress page the second visitor reads while the first registers shows the
 * congress full without a reload (it asks for its free places every ten seconds). The promotion happens after the
 * cancellation's answer, so the second page is read until it shows it. Both visitors use their own browser, as two people would.
 */
@ExtendWith({ BrowserSuite.class, LaunchedSuite.class })
class WaitListIT {

    @Test
    void aCancelledPlaceGoesToTheFirstInLine() {
        PublicCongressData.Congress congress = PublicCongressData.publish(1, 1);
        try (Browser first = new Browser(BrowserSuite.url(), "en");
                Browser second = new Browser(BrowserSuite.url(), "nl")) {
            // The second visitor reads the congress page while the first takes the last place: the page follows.
            second.open("/congresses/" + congress.id());
            assertThat(second.text(By.id("congress-places"))).isEqualTo("nog 1 van 1 plaatsen vrij op het congres");

            PublicPages.register(first, congress.id(), "First Visitor", email(), congress.sessionId());
            assertThat(first.text(By.id("status-text"))).isEqualTo("Your place is confirmed.");
            assertThat(PublicPages.qrLoaded(first)).isTrue();
            String firstManagement = first.find(By.id("manage-link")).getAttribute("href");

            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(second.text(By.id("congress-places")))
                    .as("refreshed without a reload").isEqualTo("Vol: u komt op de wachtlijst."));
            assertThat(second.text(By.id("session-" + congress.sessionId()))).contains("Vol");
            second.find(By.id("register")).click();
            assertThat(second.text(By.id("congress-full"))).contains("wachtlijst");
            assertThat(second.seriousAccessibilityViolations()).as("form of a full congress").isEmpty();
            PublicPages.fill(second, "Second Visitor", email(), congress.sessionId());
            PublicPages.submit(second);
            assertThat(second.text(By.id("status-text"))).isEqualTo("U staat op de wachtlijst.");
            assertThat(second.text(By.id("place-in-line"))).isEqualTo("U bent nummer 1 op de wachtlijst.");
            assertThat(second.all(By.id("ticket-qr"))).as("no ticket while waiting").isEmpty();
            assertThat(second.seriousAccessibilityViolations()).as("confirmation on the wait list").isEmpty();
            second.screenshot("public-waitlisted-nl");
            second.find(By.id("manage-link")).click();
            assertThat(second.text(By.id("place-in-line"))).isEqualTo("U bent nummer 1 op de wachtlijst.");
            String secondManagement = second.url();

            first.open(firstManagement.replaceFirst("^https?://[^/]+", ""));
            assertThat(first.text(By.id("status-text"))).isEqualTo("Your place is confirmed.");
            assertThat(first.seriousAccessibilityViolations()).as("management page").isEmpty();
            first.screenshot("public-manage-en");
            first.find(By.id("cancel")).click();
            assertThat(first.text(By.tagName("h1"))).isEqualTo("Cancel your registration?");
            assertThat(first.seriousAccessibilityViolations()).as("cancel confirmation").isEmpty();
            PublicPages.sendUntilNotLimited(() -> {
                first.find(By.id("confirm-cancel")).click();
                first.find(By.tagName("h1"));
                boolean limited = first.all(By.id("status-text")).isEmpty();
                if (limited) {
                    first.open(firstManagement.replaceFirst("^https?://[^/]+", "") + "/cancel");
                }
                return limited;
            });
            assertThat(first.text(By.id("status-text"))).isEqualTo("Your registration is cancelled.");
            assertThat(first.text(By.id("notice"))).startsWith("Your registration is cancelled.");
            assertThat(first.all(By.id("cancel"))).as("nothing left to cancel").isEmpty();

            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
                second.open(secondManagement.replaceFirst("^https?://[^/]+", ""));
                assertThat(second.text(By.id("status-text")))
                        .isIn("Uw plaats is bevestigd.", "Er is een plaats voor u vrijgekomen.");
            });
            if (!second.all(By.id("accept")).isEmpty()) {
                second.find(By.id("accept")).click();
                assertThat(second.text(By.id("status-text"))).isEqualTo("Uw plaats is bevestigd.");
            }
            assertThat(PublicPages.qrLoaded(second)).as("the promoted visitor's ticket").isTrue();
            assertThat(second.text(By.id("sessions"))).contains("uw plaats is bevestigd");
            assertThat(second.seriousAccessibilityViolations()).as("management page after promotion").isEmpty();
            second.screenshot("public-promoted-nl");
        }
    }

    private static String email() {
        return "visitor-" + UUID.randomUUID() + "@example.org";
    }
}
