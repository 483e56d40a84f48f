package org.citybridge.actions.organisation;

import java.util.Set;

/** The objectives of each city's adopted visions, as organisations-service announced them. */
public interface AdoptedVisions {

    /** The objective ids of the municipality's adopted vision {@code visionId}; empty if none is known. */
    Set<String> objectivesOf(String municipality, String visionId);
}
