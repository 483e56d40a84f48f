package org.citybridge.actions.milestone;

/** Kausal Watch's action task states: a cancelled milestone no longer counts as due. */
public enum MilestoneState {
    NOT_STARTED, IN_PROGRESS, COMPLETED, CANCELLED;

    public boolean isOpen() {
        return this == NOT_STARTED || this == IN_PROGRESS;
    }
}
