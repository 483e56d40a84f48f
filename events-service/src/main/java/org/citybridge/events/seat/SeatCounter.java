package org.citybridge.events.seat;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The places of one scope (a congress, or one of its sessions) as a single document, so that taking a
 * place is ONE conditional update ({@code free > 0}, then {@code free - 1}) that MongoDB applies
 * atomically, whichever instance of the service asks. Wait-list positions come from the same document
 * ({@code lastPosition + 1}), so they are unique and without gaps.
 *
 * @param id           {@code <congressId>|<scope>}, see {@link SeatScope#key()}
 * @param capacity     the places the organiser offers
 * @param free         places nobody holds: never below zero, whatever races
 * @param lastPosition the last wait-list position handed out
 */
@Document("seat_counters")
record SeatCounter(@Id String id, String congressId, String scope, int capacity, int free, long lastPosition) {
}
