package org.citybridge.platform.deadletter;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.citybridge.platform.security.Allowed;
import org.citybridge.platform.tenancy.Role;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The network admin's view of this service's dead letters, on the service's own port (the gateway
 * does not route {@code /admin}); {@code ./citybridge dlt list|replay SERVICE} calls it.
 */
@RestController
@RequestMapping("/admin/dead-letters")
@Allowed(Role.ADMIN)
public class DeadLetterController {

    private final DeadLetters deadLetters;

    public DeadLetterController(DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    @GetMapping
    List<DeadLetter> list(@RequestParam(defaultValue = "100") @Min(1) @Max(1000) int limit) {
        return deadLetters.list(limit);
    }

    /** Every dead letter not replayed yet. */
    @PostMapping("/replay")
    DeadLetters.ReplayResult replayAll() {
        return deadLetters.replay(null);
    }

    @PostMapping("/{eventId}/replay")
    DeadLetters.ReplayResult replay(@PathVariable String eventId) {
        return deadLetters.replay(eventId);
    }
}
