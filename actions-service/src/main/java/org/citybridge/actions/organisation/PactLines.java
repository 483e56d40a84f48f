package org.citybridge.actions.organisation;

import java.util.Optional;

/** The lines of work of each city's published pact, as organisations-service announced them. */
public interface PactLines {

    /** The title of line {@code number} of the municipality's published pact, if it has one. */
    Optional<String> title(String municipality, int number);
}
