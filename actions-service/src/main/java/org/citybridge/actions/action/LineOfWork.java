package org.citybridge.actions.action;

/** A line of work of the city's published pact, copied with its title as the action was written. */
public record LineOfWork(int number, String title) {
}
