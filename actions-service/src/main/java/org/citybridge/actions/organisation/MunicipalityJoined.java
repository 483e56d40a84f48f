package org.citybridge.actions.organisation;

import java.util.List;

/** This consumer's contract for {@code municipality.joined.v1}: only the fields it reads. */
record MunicipalityJoined(String id, Long population, List<String> languages) {
}
