package org.citybridge.organisations.pact;

public enum PactStatus {
    /** Being written by the city's officers; invisible to everyone else. */
    DRAFT,
    /** Open for signatures, readable by the network, its signatories public. */
    PUBLISHED
}
