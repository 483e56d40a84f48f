package org.citybridge.actions.action;

import java.time.Instant;

import org.citybridge.platform.domain.InvalidValueException;

/**
 * An officer's word over the computed status ("postponed until the new council decides"): it needs a
 * reason, so that a report reader can tell a judgement from a measurement.
 *
 * @param mergedInto the action this one was merged into, for MERGED only
 */
public record StatusOverride(ActionStatus status, String reason, String mergedInto, String by, Instant at) {

    public StatusOverride {
        if (status == null) {
            throw new InvalidValueException("status", "is required");
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidValueException("reason", "is required when a status is set by hand");
        }
        reason = reason.trim();
        if (status == ActionStatus.MERGED && (mergedInto == null || mergedInto.isBlank())) {
            throw new InvalidValueException("mergedInto", "names the action this one was merged into");
        }
        if (status != ActionStatus.MERGED) {
            mergedInto = null;
        }
    }
}
