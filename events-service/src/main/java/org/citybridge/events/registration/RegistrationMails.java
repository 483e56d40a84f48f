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
 * management token in its link ({@code /registrations/{code}?token=...}): it is known only while that
 * request runs, and is stored as a hash. The web page takes the token from that link once, keeps it in a
 * cookie of that page's path and redirects to the link without it; later mails link to the page alone, which
 * the browser that opened the first link still holds the token for (elsewhere the page asks for the first
 * mail's link). The token is in the query, not a fragment, because the page is rendered on the server; the
 * gateway's access log and every log line here leave query strings out.
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
        send(kind, registration, congress, page(registration) + "?token="
                + URLEncoder.encode(made.managementToken(), StandardCharsets.UTF_8), made.placeInLine());
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
