package org.citybridge.actions.action;

/**
 * Where an action stands. The first four are computed from its indicators and milestones (as Kausal
 * Watch does); the last three only an officer sets, with a reason, as an override.
 */
public enum ActionStatus {
    NOT_STARTED, ON_TIME, LATE, COMPLETED, CANCELLED, POSTPONED, MERGED;

    public boolean isComputed() {
        return ordinal() <= COMPLETED.ordinal();
    }

    /** Cancelled and merged actions no longer count in their programme's progress. */
    public boolean countsInProgress() {
        return this != CANCELLED && this != MERGED;
    }
}
