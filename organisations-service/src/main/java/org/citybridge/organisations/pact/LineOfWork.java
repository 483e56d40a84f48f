package org.citybridge.organisations.pact;

/** One of the lines along which the signatories work on integration ("lijn"), numbered as in the pact text. */
public record LineOfWork(int number, String title) {
}
