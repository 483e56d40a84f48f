package org.citybridge.platform.outbox;

import java.time.Instant;
import java.util.List;

import org.citybridge.platform.security.Allowed;
import org.citybridge.platform.tenancy.Role;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The network admin's view of this service's outbox, on the service's own port (the gateway does not
 * route {@code /admin}); {@code ./citybridge outbox SERVICE} calls it.
 */
@RestController
@RequestMapping("/admin/outbox")
@Allowed(Role.ADMIN)
public class OutboxAdminController {

    record ParkedResponse(String eventId, String type, String collection, String aggregateId, String reason,
            Instant parkedAt, int attempts) {

        static ParkedResponse of(ParkedEvent parked) {
            return new ParkedResponse(parked.id(), parked.type(), parked.collection(), parked.aggregateId(),
                    parked.reason(), parked.parkedAt(), parked.attempts());
        }
    }

    record OutboxResponse(long pendingAggregates, long parked, List<ParkedResponse> latestParked) {
    }

    private final OutboxAdmin outbox;

    public OutboxAdminController(OutboxAdmin outbox) {
        this.outbox = outbox;
    }

    @GetMapping
    OutboxResponse status() {
        OutboxAdmin.Status status = outbox.status();
        return new OutboxResponse(status.pendingAggregates(), status.parked(),
                outbox.parked(100).stream().map(ParkedResponse::of).toList());
    }

    @PostMapping("/parked/{eventId}/retry")
    ParkedResponse retry(@PathVariable String eventId) {
        return ParkedResponse.of(outbox.retry(eventId));
    }
}
