package org.citybridge.events.registration;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.citybridge.events.congress.Congress;
import org.citybridge.events.congress.Texts;
import org.citybridge.events.mail.Letter;
import org.citybridge.events.mail.LetterKind;
import org.citybridge.events.mail.MailProperties;
import org.citybridge.events.mail.MailQueue;
import org.springframework.stereotype.Component;

/**
 * The mails of a registration's life, in the person's language. Only the first one carries the
 * management token in its link: it is known only while that request runs. Later mails link to the
 * registration's page, where the token from the first mail (or the code and the email) is asked for.
 */
@Component
class RegistrationMails {

    private final MailQueue queue;
    private final MailProperties properties;

    RegistrationMails(MailQueue queue, MailProperties properties) {
        this.queue = queue;
        this.properties = properties;
    }

    void registered(NewRegistration made, Congress congress) {
        Registration registration = made.registration();
        LetterKind kind = switch (registration.status()) {
            case WAITLISTED -> LetterKind.WAITLISTED;
            case OFFERED -> LetterKind.OFFERED;
            default -> LetterKind.CONFIRMED;
        };
        send(kind, registration, congress, page(registration) + "#token=" + made.managementToken(),
                made.placeInLine());
    }

    void promoted(Registration registration, Congress congress) {
        send(registration.status() == RegistrationStatus.OFFERED ? LetterKind.OFFERED : LetterKind.PROMOTED,
                registration, congress, page(registration), null);
    }

    void cancelled(Registration registration, Congress congress) {
        send(registration.status() == RegistrationStatus.EXPIRED ? LetterKind.OFFER_EXPIRED : LetterKind.CANCELLED,
                registration, congress, page(registration), null);
    }

    private void send(LetterKind kind, Registration registration, Congress congress, String link, Long position) {
        Attendee attendee = registration.attendee();
        queue.send(new Letter(kind, attendee.email(), attendee.name(), attendee.language(), registration.code(),
                Texts.in(congress.title(), attendee.language()), link, position, registration.offerExpiresAt(),
                registration.id(), registration.congressId()));
    }

    private String page(Registration registration) {
        String base = properties.publicUrl().endsWith("/") ? properties.publicUrl() : properties.publicUrl() + "/";
        return base + "registrations/" + URLEncoder.encode(registration.code(), StandardCharsets.UTF_8);
    }
}
