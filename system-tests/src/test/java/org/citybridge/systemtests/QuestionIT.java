package org.citybridge.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A question between two cities, end to end in two browsers: Münster asks Almelo, Almelo finds it in its inbox and
 * answers, Münster reads the answer and accepts it. The question is new on every run (its title carries a random
 * word), so the test never depends on what other runs left behind.
 */
@ExtendWith({ BrowserSuite.class, LaunchedSuite.class })
class QuestionIT {

    @Test
    void muensterAsksAlmeloAlmeloAnswersFromItsInboxAndTheAskerSeesTheAnswer() {
        String word = UUID.randomUUID().toString().substring(0, 8);
        String title = "Wie erreichen Sie Eltern in der Kita? " + word;
        String answer = "Over de buurtmoeders in de wijk, " + word;
        try (Browser muenster = new Browser(BrowserSuite.url(), "de");
                Browser almelo = new Browser(BrowserSuite.url(), "nl")) {
            muenster.signIn("officer@muenster");
            muenster.open("/questions/new?lang=de");
            muenster.find(By.id("f-title")).sendKeys(title);
            muenster.find(By.id("f-body")).sendKeys("Wir suchen Wege, Eltern mit wenig Deutsch früh zu erreichen.");
            muenster.find(By.id("f-audience-MUNICIPALITIES")).click();
            WebElement almeloAsked = muenster.find(By.id("f-city-almelo"));
            if (!almeloAsked.isSelected()) {
                almeloAsked.click();
            }
            assertThat(muenster.seriousAccessibilityViolations()).isEmpty();
            muenster.find(By.cssSelector("#ask-form button[type=submit]")).click();
            muenster.waitUpTo(Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().matches(".*/questions/[^/?#]+$")
                    && !d.getCurrentUrl().endsWith("/questions/new"));
            String questionPath = muenster.url().replaceFirst("^https?://[^/]+", "");
            assertThat(muenster.text(By.cssSelector("#question-title span"))).isEqualTo(title);
            muenster.screenshot("question-asked-de");

            almelo.signIn("officer@almelo");
            almelo.open("/inbox?lang=nl");
            WebElement inInbox = almelo.find(By.xpath("//ol[contains(@class,'hits')]//a[contains(., '" + word + "')]"));
            almelo.screenshot("inbox-nl");
            assertThat(almelo.seriousAccessibilityViolations()).isEmpty();
            inInbox.click();
            almelo.find(By.id("answer-body")).sendKeys(answer);
            almelo.find(By.cssSelector("#answer-form button[type=submit]")).click();
            almelo.waitUpTo(Duration.ofSeconds(20)).until(d -> !d.findElements(By.cssSelector("p.notice")).isEmpty());
            assertThat(almelo.text(By.cssSelector("article.answer p.prose"))).isEqualTo(answer);
            // Answered: it no longer waits in Almelo's inbox.
            almelo.open("/inbox");
            almelo.find(By.id("inbox-counts"));
            assertThat(almelo.all(By.xpath("//ol[contains(@class,'hits')]//a[contains(., '" + word + "')]"))).isEmpty();

            muenster.open(questionPath);
            assertThat(muenster.text(By.cssSelector("article.answer p.prose"))).isEqualTo(answer);
            assertThat(muenster.text(By.cssSelector("article.answer .meta"))).contains("Almelo");
            assertThat(muenster.seriousAccessibilityViolations()).isEmpty();
            muenster.find(By.cssSelector("article.answer form[action$='/accept'] button")).click();
            muenster.waitUpTo(Duration.ofSeconds(20))
                    .until(d -> !d.findElements(By.cssSelector("article.answer.accepted")).isEmpty());
            assertThat(muenster.text(By.cssSelector("header .badge"))).isEqualTo("Gelöst");
            muenster.screenshot("question-answered-de");
        }
    }

    @Test
    void aQuestionWithoutTextIsRefusedNextToItsFields() {
        try (Browser muenster = new Browser(BrowserSuite.url(), "en")) {
            muenster.signIn("officer@muenster");
            muenster.open("/questions/new?lang=en");
            muenster.find(By.cssSelector("#ask-form button[type=submit]")).click();
            assertThat(muenster.text(By.id("f-title-error"))).isEqualTo("Please write your question.");
            assertThat(muenster.find(By.id("f-title")).getAttribute("aria-describedby")).isEqualTo("f-title-error");
            assertThat(muenster.text(By.id("f-body-error"))).isNotBlank();
            assertThat(muenster.url()).endsWith("/questions");
        }
    }
}
