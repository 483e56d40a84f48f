package org.citybridge.events.mail;

public enum LetterKind {
    CONFIRMED, WAITLISTED, PROMOTED, OFFERED, OFFER_EXPIRED, CANCELLED
}
