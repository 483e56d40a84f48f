package org.citybridge.systemtests;

import java.time.Duration;
import java.util.function.Supplier;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

import static org.awaitility.Awaitility.await;

/**
 * What a visitor does on the public pages, for the browser tests. Every write of a visitor is an anonymous write
 * the gateway limits per address (10 a minute), and in the launched suite every browser is 127.0.0.1: where a
 * page says so, the visitor waits and sends again, as a person would.
 */
final class PublicPages {

    static final Duration RATE_LIMIT_PATIENCE = Duration.ofSeconds(90);

    private PublicPages() {
    }

    /** Fills the registration form (the page must be open) and sends it; a null value leaves a field as it is. */
    static void fill(Browser browser, String name, String email, String sessionId) {
        if (name != null) {
            type(browser.find(By.id("name")), name);
        }
        if (email != null) {
            type(browser.find(By.id("email")), email);
        }
        if (sessionId != null) {
            WebElement session = browser.find(By.id("session-" + sessionId));
            if (!session.isSelected()) {
                session.click();
            }
        }
    }

    /** Sends the form until the gateway's limit lets it through; ends on whatever page the answer is. */
    static void submit(Browser browser) {
        sendUntilNotLimited(() -> {
            browser.find(By.id("submit-registration")).click();
            browser.waitUpTo(Duration.ofSeconds(30)).until(d -> !d.findElements(By.cssSelector("main")).isEmpty());
            return !browser.all(By.cssSelector("[data-failure='public.register.tooMany']")).isEmpty();
        });
    }

    /** Registers from the congress's page: the form, a session, and the confirmation. */
    static void register(Browser browser, String congressId, String name, String email, String sessionId) {
        browser.open("/congresses/" + congressId);
        browser.find(By.id("register")).click();
        fill(browser, name, email, sessionId);
        submit(browser);
        browser.find(By.id("confirmation-heading"));
    }

    /** Whether the QR code's image loaded (a broken image has no natural width). */
    static boolean qrLoaded(Browser browser) {
        browser.find(By.id("ticket-qr"));
        return browser.waitUpTo(Duration.ofSeconds(20)).until(d -> {
            Object width = ((JavascriptExecutor) d).executeScript(
                    "const img = document.getElementById('ticket-qr'); return img.complete ? img.naturalWidth : null;");
            return width instanceof Number n ? n.longValue() > 0 : null;
        });
    }

    /** Runs a step again, every 7 s, for as long as the gateway's limit answers it (at most 90 s). */
    static void sendUntilNotLimited(Supplier<Boolean> limited) {
        // The bucket refills one write every 6 s; a person would wait a moment too.
        await().pollDelay(Duration.ZERO).pollInterval(Duration.ofSeconds(7)).atMost(RATE_LIMIT_PATIENCE)
                .until(() -> !limited.get());
    }

    private static void type(WebElement input, String text) {
        input.clear();
        input.sendKeys(text);
    }
}
