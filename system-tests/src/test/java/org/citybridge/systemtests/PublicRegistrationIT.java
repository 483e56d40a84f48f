package org.citybridge.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A visitor registers for a congress without an account, in each of the three languages: the congress page with
 * its sessions and free places, the form (sent first with a wrong email address, whose error the API names and the
 * page shows next to the field, with what was typed kept), and the confirmation with the ticket's QR code. Every
 * page is free of serious accessibility violations; screenshots land in target/screenshots.
 */
@ExtendWith({ BrowserSuite.class, LaunchedSuite.class })
class PublicRegistrationIT {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "en, Integration network day, Register, Your place is confirmed., Volunteering workshop",
            "nl, Netwerkdag integratie, Aanmelden, Uw plaats is bevestigd., Werkplaats vrijwilligers",
            "de, Netzwerktag Integration, Teilnahme anmelden, Ihr Platz ist bestätigt., Werkstatt Ehrenamt"})
    void aVisitorRegistersForASessionAndGetsATicket(String language, String titleStart, String register,
            String confirmed, String session) {
        PublicCongressData.Congress congress = PublicCongressData.publish(100, 20);
        try (Browser browser = new Browser(BrowserSuite.url(), language)) {
            browser.open("/congresses/" + congress.id());
            assertThat(browser.find(By.tagName("html")).getAttribute("lang")).isEqualTo(language);
            assertThat(browser.text(By.tagName("h1"))).startsWith(titleStart);
            assertThat(browser.text(By.id("session-" + congress.sessionId()))).contains("Zaal 1").contains("20");
            assertThat(browser.seriousAccessibilityViolations()).as("congress page").isEmpty();
            browser.screenshot("public-congress-" + language);

            WebElement registerButton = browser.find(By.id("register"));
            assertThat(registerButton.getText()).isEqualTo(register);
            registerButton.click();
            String name = "Ada " + language.toUpperCase() + " Visitor";
            PublicPages.fill(browser, name, "not-an-email-address", congress.sessionId());
            PublicPages.submit(browser);

            // The API's message, in the reader's language, next to the field it is about.
            WebElement email = browser.find(By.id("email"));
            assertThat(email.getAttribute("aria-invalid")).isEqualTo("true");
            assertThat(email.getAttribute("aria-describedby")).contains("email-error");
            assertThat(browser.text(By.id("email-error"))).isNotBlank();
            assertThat(browser.all(By.id("name-error"))).as("the name was fine").isEmpty();
            assertThat(browser.find(By.id("name")).getAttribute("value")).isEqualTo(name);
            assertThat(email.getAttribute("value")).isEqualTo("not-an-email-address");
            assertThat(browser.find(By.id("session-" + congress.sessionId())).isSelected()).isTrue();
            assertThat(browser.find(By.cssSelector("#error-summary a[href='#email']")).getText())
                    .contains(browser.text(By.id("email-error")));
            assertThat(browser.seriousAccessibilityViolations()).as("form with an error").isEmpty();
            browser.screenshot("public-register-error-" + language);

            PublicPages.fill(browser, null, "visitor-" + UUID.randomUUID() + "@example.org", null);
            PublicPages.submit(browser);

            assertThat(browser.text(By.id("status-text"))).isEqualTo(confirmed);
            assertThat(browser.text(By.id("registration-code"))).matches("[A-Z0-9-]{6,}");
            assertThat(PublicPages.qrLoaded(browser)).as("the QR code's image loaded").isTrue();
            assertThat(browser.text(By.id("chosen-sessions"))).contains(session);
            assertThat(browser.find(By.id("manage-link")).getAttribute("href"))
                    .endsWith("/registrations/" + browser.text(By.id("registration-code")));
            assertThat(browser.url()).doesNotContain("token");
            assertThat(browser.seriousAccessibilityViolations()).as("confirmation").isEmpty();
            browser.screenshot("public-confirmation-" + language);
        }
    }

    @Test
    void theFirstMailsLinkOpensTheManagementPageAndLeavesNoTokenInTheAddress() {
        PublicCongressData.Congress congress = PublicCongressData.publish(100, 20);
        PublicCongressData.Registered registered = PublicCongressData.register(congress.id(), "Mail Reader");
        String page = "/registrations/" + registered.code();
        try (Browser browser = new Browser(BrowserSuite.url(), "en")) {
            browser.open(page + "?token=" + registered.managementToken());
            assertThat(browser.text(By.id("status-text"))).isEqualTo("Your place is confirmed.");
            assertThat(browser.url()).endsWith(page).doesNotContain("token");
            assertThat(PublicPages.qrLoaded(browser)).isTrue();
            // Later mails link to the page alone: this browser still holds the token.
            browser.open(page);
            assertThat(browser.text(By.id("registration-code"))).isEqualTo(registered.code());
        }
        try (Browser elsewhere = new Browser(BrowserSuite.url(), "en")) {
            elsewhere.open(page);
            assertThat(elsewhere.text(By.tagName("h1"))).isEqualTo("Open your registration");
            assertThat(elsewhere.all(By.id("status-text"))).isEmpty();
            assertThat(elsewhere.seriousAccessibilityViolations()).as("the page asking for the link").isEmpty();
            elsewhere.find(By.id("link")).sendKeys(BrowserSuite.url() + page + "?token=" + registered.managementToken());
            elsewhere.find(By.cssSelector("form button[type=submit]")).click();
            assertThat(elsewhere.text(By.id("status-text"))).isEqualTo("Your place is confirmed.");
            assertThat(elsewhere.url()).endsWith(page);
        }
    }
}
