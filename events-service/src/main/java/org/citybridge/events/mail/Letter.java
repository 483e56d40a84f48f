package org.citybridge.events.mail;

import java.time.Instant;

/**
 * A mail to an attendee, as the registration flow asks for it: the queue writes it from a template in
 * the person's language.
 *
 * @param link          the management link; it carries the token only in the first mail, the one time it is known
 * @param position      the place in line, for {@link LetterKind#WAITLISTED}
 * @param offerExpiresAt for {@link LetterKind#OFFERED}
 */
public record Letter(LetterKind kind, String to, String name, String language, String code, String congressTitle,
        String link, Long position, Instant offerExpiresAt, String registrationId, String congressId) {
}
