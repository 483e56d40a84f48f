package org.citybridge.platform.domain;

/**
 * The current state does not allow the change: a pact that is already published, a second signature
 * of one organisation, a member that already joined (a client sees 409).
 */
public class ConflictException extends DomainException {

    public ConflictException(String message) {
        super(message);
    }
}
