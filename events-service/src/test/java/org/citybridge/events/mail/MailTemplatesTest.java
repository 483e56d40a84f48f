package org.citybridge.events.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

/** The attendee's mails: their language, what each kind says, and the blanks filled in. */
class MailTemplatesTest {

    static final Instant EXPIRES = Instant.parse("2030-04-03T10:00:00Z");

    static Letter letter(LetterKind kind, String language, Long position, Instant offerExpiresAt) {
        return new Letter(kind, "ayse@example.org", "Ayşe Yılmaz", language, "K7QM-4TXP", "Congres KleurRijk",
                "https://citybridge.example/registrations/K7QM-4TXP", position, offerExpiresAt, "registration-1",
                "congress-1");
    }

    @Test
    void aConfirmationNamesThePersonTheCongressTheCodeAndTheLink() {
        MailTemplates.Written written = MailTemplates.write(letter(LetterKind.CONFIRMED, "nl", null, null));

        assertThat(written.subject()).isEqualTo("Bevestiging: Congres KleurRijk");
        assertThat(written.body()).startsWith("Beste Ayşe Yılmaz,").contains("ingeschreven voor Congres KleurRijk")
                .contains("Uw code: K7QM-4TXP").contains("https://citybridge.example/registrations/K7QM-4TXP")
                .doesNotContain("%");
    }

    @Test
    void aWaitListMailSaysThePlaceInLine() {
        MailTemplates.Written written = MailTemplates.write(letter(LetterKind.WAITLISTED, "de", 12L, null));

        assertThat(written.subject()).isEqualTo("Warteliste: Congres KleurRijk");
        assertThat(written.body()).contains("Sie stehen auf Platz 12 der Warteliste").doesNotContain("%");
    }

    @Test
    void anOfferSaysUntilWhenInAmsterdamTimeAndTheReadersLanguage() {
        MailTemplates.Written dutch = MailTemplates.write(letter(LetterKind.OFFERED, "nl", null, EXPIRES));
        MailTemplates.Written english = MailTemplates.write(letter(LetterKind.OFFERED, "en", null, EXPIRES));

        assertThat(dutch.subject()).isEqualTo("Plaats aangeboden: Congres KleurRijk");
        assertThat(dutch.body()).contains("vóór 3 april 2030 12:00 CEST");
        assertThat(english.body()).contains("before 3 April 2030 12:00 CEST");
    }

    @Test
    void aLanguageNobodyWroteOrNoneFallsBackToEnglish() {
        assertThat(MailTemplates.write(letter(LetterKind.CANCELLED, "fr", null, null)).subject())
                .isEqualTo("Cancellation: Congres KleurRijk");
        assertThat(MailTemplates.write(letter(LetterKind.PROMOTED, null, null, null)).subject())
                .isEqualTo("A place for you: Congres KleurRijk");
    }

    @Test
    void everyKindHasItsOwnMailInEveryLanguage() {
        for (String language : new String[] {"nl", "de", "en"}) {
            java.util.Set<String> subjects = new java.util.HashSet<>();
            for (LetterKind kind : LetterKind.values()) {
                MailTemplates.Written written = MailTemplates.write(letter(kind, language, 3L, EXPIRES));
                assertThat(written.body()).as(language + " " + kind).contains("K7QM-4TXP").doesNotContain("%");
                subjects.add(written.subject());
            }
            assertThat(subjects).as(language).hasSize(LetterKind.values().length);
        }
    }

    @Test
    void missingPiecesLeaveBlanksNotTheWordNull() {
        Letter bare = new Letter(LetterKind.WAITLISTED, "ayse@example.org", null, "en", null, null, null, null, null,
                "registration-1", "congress-1");

        MailTemplates.Written written = MailTemplates.write(bare);

        assertThat(written.subject()).isEqualTo("Wait list: ");
        assertThat(written.body()).doesNotContain("null").doesNotContain("%").contains("You are number  on the wait list");
    }
}
