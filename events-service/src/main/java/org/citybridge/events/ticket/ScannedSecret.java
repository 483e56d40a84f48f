package org.citybridge.events.ticket;

/**
 * What the server makes of a scanned secret for one congress.
 *
 * @param payload what the secret says when it is genuine (null when it is not this congress's)
 */
public record ScannedSecret(Status status, TicketPayload payload) {

    public enum Status {
        /** Signed by the congress's key and still the registration's current ticket. */
        GENUINE,
        /** Not signed by this congress's key: forged, edited, or another congress's ticket. */
        NOT_THIS_CONGRESS,
        /** Genuine, but revoked or replaced by a newer ticket (the registration was cancelled or changed). */
        REVOKED
    }
}
