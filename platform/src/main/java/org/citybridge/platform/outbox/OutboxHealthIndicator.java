package org.citybridge.platform.outbox;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * "outbox" in /actuator/health: how many aggregates wait for the relay and how many events were
 * parked, as last counted (at most ten seconds ago, or before MongoDB went away). Parked events do not
 * make the service unhealthy (everything else flows), so it stays UP and says so in its details.
 */
public class OutboxHealthIndicator extends AbstractHealthIndicator {

    private final OutboxAdmin outbox;

    public OutboxHealthIndicator(OutboxAdmin outbox) {
        super("Outbox health check failed");
        this.outbox = outbox;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        OutboxAdmin.Status status = outbox.lastStatus();
        builder.up().withDetail("pendingAggregates", status.pendingAggregates()).withDetail("parked", status.parked())
                .withDetail("countedAt", status.countedAt().toString());
    }
}
