package org.citybridge.events.mail;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/** The mails to attendees in Dutch, German and English; a language nobody wrote falls back to English. */
final class MailTemplates {

    record Written(String subject, String body) {
    }

    private record Template(String subject, String body) {
    }

    private static final ZoneId TIME_ZONE = ZoneId.of("Europe/Amsterdam");

    private static final Map<String, Map<LetterKind, Template>> TEMPLATES = Map.of(
            "nl", Map.of(
                    LetterKind.CONFIRMED, new Template("Bevestiging: %title%",
                            "Beste %name%,\n\nU bent ingeschreven voor %title%.\nUw code: %code%\n\n"
                                    + "Bekijken, sessies wijzigen of annuleren: %link%\n"),
                    LetterKind.WAITLISTED, new Template("Wachtlijst: %title%",
                            "Beste %name%,\n\n%title% is vol. U staat op de wachtlijst op plaats %position%.\n"
                                    + "Uw code: %code%\n\nBekijken of annuleren: %link%\n"),
                    LetterKind.PROMOTED, new Template("Er is een plaats voor u: %title%",
                            "Beste %name%,\n\nEr is een plaats vrijgekomen: u bent nu ingeschreven voor %title%.\n"
                                    + "Uw code: %code%\n\nUw inschrijving: %link%\n"),
                    LetterKind.OFFERED, new Template("Plaats aangeboden: %title%",
                            "Beste %name%,\n\nEr is een plaats vrijgekomen voor %title%. Accepteer deze vóór %expires%, "
                                    + "anders gaat ze naar de volgende op de wachtlijst.\nUw code: %code%\n\n"
                                    + "Accepteren: %link%\n"),
                    LetterKind.OFFER_EXPIRED, new Template("Aanbod verlopen: %title%",
                            "Beste %name%,\n\nHet aanbod voor %title% is verlopen; de plaats is doorgegeven.\n"
                                    + "Uw code: %code%\n"),
                    LetterKind.CANCELLED, new Template("Annulering: %title%",
                            "Beste %name%,\n\nUw inschrijving voor %title% is geannuleerd.\nUw code: %code%\n")),
            "de", Map.of(
                    LetterKind.CONFIRMED, new Template("Bestätigung: %title%",
                            "Guten Tag %name%,\n\nSie sind für %title% angemeldet.\nIhr Code: %code%\n\n"
                                    + "Ansehen, Sessions ändern oder stornieren: %link%\n"),
                    LetterKind.WAITLISTED, new Template("Warteliste: %title%",
                            "Guten Tag %name%,\n\n%title% ist ausgebucht. Sie stehen auf Platz %position% der "
                                    + "Warteliste.\nIhr Code: %code%\n\nAnsehen oder stornieren: %link%\n"),
                    LetterKind.PROMOTED, new Template("Ein Platz für Sie: %title%",
                            "Guten Tag %name%,\n\nEin Platz ist frei geworden: Sie sind jetzt für %title% angemeldet.\n"
                                    + "Ihr Code: %code%\n\nIhre Anmeldung: %link%\n"),
                    LetterKind.OFFERED, new Template("Platz angeboten: %title%",
                            "Guten Tag %name%,\n\nFür %title% ist ein Platz frei geworden. Nehmen Sie ihn bis %expires% "
                                    + "an, sonst geht er an die nächste Person der Warteliste.\nIhr Code: %code%\n\n"
                                    + "Annehmen: %link%\n"),
                    LetterKind.OFFER_EXPIRED, new Template("Angebot abgelaufen: %title%",
                            "Guten Tag %name%,\n\nDas Angebot für %title% ist abgelaufen; der Platz wurde "
                                    + "weitergegeben.\nIhr Code: %code%\n"),
                    LetterKind.CANCELLED, new Template("Stornierung: %title%",
                            "Guten Tag %name%,\n\nIhre Anmeldung für %title% ist storniert.\nIhr Code: %code%\n")),
            "en", Map.of(
                    LetterKind.CONFIRMED, new Template("Confirmation: %title%",
                            "Dear %name%,\n\nYou are registered for %title%.\nYour code: %code%\n\n"
                                    + "View, change sessions or cancel: %link%\n"),
                    LetterKind.WAITLISTED, new Template("Wait list: %title%",
                            "Dear %name%,\n\n%title% is full. You are number %position% on the wait list.\n"
                                    + "Your code: %code%\n\nView or cancel: %link%\n"),
                    LetterKind.PROMOTED, new Template("A place for you: %title%",
                            "Dear %name%,\n\nA place came free: you are now registered for %title%.\n"
                                    + "Your code: %code%\n\nYour registration: %link%\n"),
                    LetterKind.OFFERED, new Template("Place offered: %title%",
                            "Dear %name%,\n\nA place came free for %title%. Accept it before %expires%, or it passes "
                                    + "to the next person on the wait list.\nYour code: %code%\n\nAccept: %link%\n"),
                    LetterKind.OFFER_EXPIRED, new Template("Offer expired: %title%",
                            "Dear %name%,\n\nThe offer for %title% expired; the place was passed on.\n"
                                    + "Your code: %code%\n"),
                    LetterKind.CANCELLED, new Template("Cancellation: %title%",
                            "Dear %name%,\n\nYour registration for %title% is cancelled.\nYour code: %code%\n")));

    private MailTemplates() {
    }

    static Written write(Letter letter) {
        String language = letter.language() != null && TEMPLATES.containsKey(letter.language()) ? letter.language()
                : "en";
        Template template = TEMPLATES.get(language).get(letter.kind());
        String expires = letter.offerExpiresAt() == null ? ""
                : DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm z", Locale.forLanguageTag(language))
                        .format(letter.offerExpiresAt().atZone(TIME_ZONE));
        return new Written(fill(template.subject(), letter, expires), fill(template.body(), letter, expires));
    }

    private static String fill(String text, Letter letter, String expires) {
        return text.replace("%title%", nullToEmpty(letter.congressTitle()))
                .replace("%name%", nullToEmpty(letter.name()))
                .replace("%code%", nullToEmpty(letter.code()))
                .replace("%link%", nullToEmpty(letter.link()))
                .replace("%position%", letter.position() == null ? "" : letter.position().toString())
                .replace("%expires%", expires);
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
