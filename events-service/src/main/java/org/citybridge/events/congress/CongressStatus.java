package org.citybridge.events.congress;

public enum CongressStatus {
    /** Being prepared: only its organisers see it, nobody can register. */
    DRAFT,
    /** Announced: visible as its visibility says, open for registration in its window. */
    PUBLISHED
}
