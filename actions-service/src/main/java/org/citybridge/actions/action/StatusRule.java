package org.citybridge.actions.action;

import java.time.LocalDate;

/**
 * Computes an action's status from what is measured and planned for it. Declared here and implemented
 * in progress/, which reads the action's indicators: the action package does not depend on them.
 */
public interface StatusRule {

    /** One of NOT_STARTED, ON_TIME, LATE, COMPLETED. */
    ActionStatus compute(Action action, LocalDate today);
}
