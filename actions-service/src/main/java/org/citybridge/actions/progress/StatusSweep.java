package org.citybridge.actions.progress;

import org.citybridge.actions.action.ActionService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Statuses move with the calendar as well as with writes: a milestone falls due overnight, the
 * straight line to a target moves on. This computes every action's status again now and then; only
 * those that changed are written (and announced as action.status-changed.v1).
 */
@Component
class StatusSweep {

    private static final Logger log = LoggerFactory.getLogger(StatusSweep.class);

    private final ActionService actions;

    StatusSweep(ActionService actions) {
        this.actions = actions;
    }

    @Scheduled(initialDelayString = "${citybridge.actions.status-sweep.initial-delay:PT1M}",
            fixedDelayString = "${citybridge.actions.status-sweep.interval:PT1H}")
    void sweep() {
        try {
            int seen = actions.refreshAllStatuses();
            log.debug("Status sweep looked at {} actions", seen);
        } catch (RuntimeException e) {
            // The next sweep tries again; a database outage must not end the schedule.
            log.warn("Status sweep failed: {}", e.toString());
        }
    }
}
