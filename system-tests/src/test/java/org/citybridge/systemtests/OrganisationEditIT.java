package org.citybridge.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import javax.imageio.ImageIO;

import tools.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Two officers edit the same organisation; the second to save is told, in words, that someone else saved first,
 * sees both versions, keeps what they typed and can apply it. Another city's officer gets the 404 page for a
 * private organisation. The organisation pages pass axe-core.
 */
@ExtendWith({ BrowserSuite.class, LaunchedSuite.class })
class OrganisationEditIT {

    @Test
    void theSecondToSaveSeesTheConflictAndCanApplyTheirChange() {
        JsonNode organisation = new OfficerData("officer@almelo").organisation(OfficerData.unique("Stichting EditIT"));
        String edit = "/organisations/" + organisation.get("id").asString() + "/edit";
        String first = OfficerData.unique("Eerste versie");
        String second = OfficerData.unique("Tweede versie");

        try (Browser anna = new Browser(BrowserSuite.url(), "en"); Browser ben = new Browser(BrowserSuite.url(), "en")) {
            anna.signIn("officer@almelo").open(edit);
            ben.signIn("officer@almelo").open(edit);
            assertThat(anna.seriousAccessibilityViolations()).isEmpty();

            replace(anna.find(By.id("name")), first);
            OfficerData.submit(anna, anna.find(By.id("save")));
            assertThat(anna.text(By.tagName("h1"))).isEqualTo(first);

            // Ben loaded the page before Anna saved.
            replace(ben.find(By.id("name")), second);
            replace(ben.find(By.id("website")), "https://example.org/edit-it");
            OfficerData.submit(ben, ben.find(By.id("save")));
            assertThat(ben.text(By.cssSelector("#conflict p"))).isEqualTo(
                    "Someone else changed this organisation while you were editing: here is their version and yours.");
            assertThat(ben.text(By.cssSelector("#conflict table"))).contains(first).contains(second);
            assertThat(ben.find(By.id("name")).getAttribute("value")).isEqualTo(second);
            assertThat(ben.find(By.id("website")).getAttribute("value")).isEqualTo("https://example.org/edit-it");
            ben.screenshot("officer-organisation-conflict");
            assertThat(ben.seriousAccessibilityViolations()).isEmpty();

            OfficerData.submit(ben, ben.find(By.id("save")));
            assertThat(ben.text(By.tagName("h1"))).isEqualTo(second);
            assertThat(ben.text(By.cssSelector("[role=status]"))).isEqualTo("Your changes are saved.");
            assertThat(ben.find(By.cssSelector("a[href='https://example.org/edit-it']")).isDisplayed()).isTrue();
            assertThat(ben.seriousAccessibilityViolations()).isEmpty();
        }
    }

    @Test
    void anOfficerRegistersAnOrganisationInTheirCity() {
        String name = OfficerData.unique("Stichting NieuwIT");
        try (Browser browser = new Browser(BrowserSuite.url(), "nl")) {
            browser.signIn("officer@almelo").open("/organisations/new");
            assertThat(browser.seriousAccessibilityViolations()).isEmpty();
            OfficerData.submit(browser, browser.find(By.id("save")));
            assertThat(browser.text(By.id("name-error"))).isNotBlank();

            browser.find(By.id("name")).sendKeys(name);
            browser.find(By.id("contact-name-0")).sendKeys("J. Jansen");
            browser.find(By.id("contact-email-0")).sendKeys("j.jansen@example.org");
            OfficerData.submit(browser, browser.find(By.id("save")));
            assertThat(browser.text(By.tagName("h1"))).isEqualTo(name);
            assertThat(browser.text(By.cssSelector("[role=status]")))
                    .isEqualTo("De organisatie is geregistreerd in uw gemeente.");
            assertThat(browser.text(By.id("contacts"))).isEqualTo("Contactpersonen");
            assertThat(browser.text(By.tagName("main"))).contains("J. Jansen").contains("Almelo");
        }
    }

    @Test
    void theDirectoryFindsAnOrganisationByName() {
        String name = OfficerData.unique("Vereniging ZoekIT");
        new OfficerData("officer@almelo").organisation(name);
        try (Browser browser = new Browser(BrowserSuite.url(), "de")) {
            browser.signIn("officer@almelo").open("/organisations");
            browser.find(By.name("q")).sendKeys(name);
            OfficerData.submit(browser, browser.find(By.cssSelector("form[role=search] button[type=submit]")));
            assertThat(browser.text(By.id("organisations-found"))).isEqualTo("Eine Organisation gefunden");
            assertThat(browser.text(By.cssSelector("table tbody"))).contains(name);
            assertThat(browser.seriousAccessibilityViolations()).isEmpty();
            OfficerData.submit(browser, browser.find(By.linkText(name)));
            assertThat(browser.text(By.tagName("h1"))).isEqualTo(name);
            assertThat(browser.seriousAccessibilityViolations()).isEmpty();
        }
    }

    @Test
    void anotherCitysPrivateOrganisationIsTheNotFoundPage() {
        JsonNode organisation = new OfficerData("officer@almelo").organisation(OfficerData.unique("Stichting PrivéIT"));
        try (Browser browser = new Browser(BrowserSuite.url(), "en")) {
            browser.signIn("officer@muenster").open("/organisations/" + organisation.get("id").asString());
            assertThat(browser.text(By.tagName("main"))).contains("This page does not exist, or is not yours to see.")
                    .doesNotContain(organisation.get("name").asString());
            browser.open("/organisations/" + organisation.get("id").asString() + "/edit");
            assertThat(browser.text(By.tagName("main"))).contains("This page does not exist, or is not yours to see.");
        }
    }

    @Test
    void aLogoIsUploadedAndShown() throws IOException {
        JsonNode organisation = new OfficerData("officer@almelo").organisation(OfficerData.unique("Stichting LogoIT"));
        Path png = Files.createTempFile("logo-it", ".png");
        BufferedImage image = new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB);
        image.setRGB(3, 3, 0x1d4ed8);
        ImageIO.write(image, "png", png.toFile());
        try (Browser browser = new Browser(BrowserSuite.url(), "en")) {
            browser.signIn("officer@almelo").open("/organisations/" + organisation.get("id").asString());
            browser.find(By.id("logo-file")).sendKeys(png.toAbsolutePath().toString());
            OfficerData.submit(browser, browser.find(By.cssSelector("#logo-file ~ button[type=submit]")));
            assertThat(browser.text(By.cssSelector("[role=status]"))).isEqualTo("The logo is saved.");
            WebElement logo = browser.find(By.cssSelector("img.logo"));
            browser.waitUpTo(Duration.ofSeconds(20)).until(d -> Long.valueOf(40).equals(
                    browser.driver().executeScript("return arguments[0].complete ? arguments[0].naturalWidth : 0;", logo)));
            assertThat(browser.seriousAccessibilityViolations()).isEmpty();
        }
        finally {
            Files.deleteIfExists(png);
        }
    }

    private static void replace(WebElement input, String text) {
        input.clear();
        input.sendKeys(text);
    }
}
