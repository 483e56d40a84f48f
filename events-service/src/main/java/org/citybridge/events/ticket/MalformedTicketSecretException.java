package org.citybridge.events.ticket;

import org.citybridge.platform.domain.InvalidValueException;

/** A text that is not a ticket secret of this format at all (a client sees 400, never 500). */
public class MalformedTicketSecretException extends InvalidValueException {

    public MalformedTicketSecretException(String reason) {
        super("secret", "is not a CityBridge ticket secret: it " + reason);
    }
}
