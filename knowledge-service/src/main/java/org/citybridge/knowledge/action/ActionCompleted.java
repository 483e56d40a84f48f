package org.citybridge.knowledge.action;

/** What this service reads of {@code action.completed.v1}. */
record ActionCompleted(String actionId, String programmeId, String title, String visibility) {
}
