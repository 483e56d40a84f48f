package org.citybridge.actions.organisation;

/** This consumer's contract for {@code municipality.joined.v1}: only the fields it reads. */
record MunicipalityJoined(String id, Long population) {
}
