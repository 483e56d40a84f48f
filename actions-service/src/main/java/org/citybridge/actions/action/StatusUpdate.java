package org.citybridge.actions.action;

import java.time.Instant;
import java.time.LocalDate;

/** A dated note by an officer on how an action goes: together they form the action's timeline. */
public record StatusUpdate(LocalDate date, String text, String author, Instant recordedAt) {
}
