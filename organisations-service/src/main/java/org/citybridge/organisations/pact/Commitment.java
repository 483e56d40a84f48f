package org.citybridge.organisations.pact;

/** What a signatory undertakes along one line of work of the pact. */
public record Commitment(int lineOfWork, String text) {
}
