package org.citybridge.events.congress;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A session as an organiser plans it; {@code capacity} null means as many places as the congress. */
public record SessionPlan(Map<String, String> title, Instant startsAt, Instant endsAt, String room, Integer capacity,
        List<String> speakers) {
}
