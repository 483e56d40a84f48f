package org.citybridge.knowledge.bridgegroup;

import java.time.LocalDate;

/**
 * A meeting of the group: a congress or network meeting of events-service, referenced by its id, with
 * the date and title as the group gave them (events-service stays the owner of the congress itself).
 *
 * @param congressId the congress in events-service, or null while it is not registered there
 */
public record Meeting(String id, String congressId, String title, LocalDate date) {
}
