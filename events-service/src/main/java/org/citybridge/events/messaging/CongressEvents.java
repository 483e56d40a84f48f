package org.citybridge.events.messaging;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.citybridge.events.congress.Congress;
import org.citybridge.events.congress.Session;
import org.citybridge.platform.event.EventType;
import org.citybridge.platform.store.EventTranslation;
import org.springframework.stereotype.Component;

/** The integration events of congresses, on {@code citybridge.events} keyed by congress id (docs/events.md). */
@Component
public class CongressEvents extends EventTranslation<Congress> {

    public static final EventType PUBLISHED = EventType.of("congress.published", 1);

    public record SessionState(String sessionId, Map<String, String> title, Instant startsAt, Instant endsAt,
            String room, int capacity) {
    }

    /** Payload of {@code congress.published.v1}. */
    public record CongressPublished(String congressId, String municipality, List<String> organisers,
            Map<String, String> title, Instant startsAt, Instant endsAt, String venueId, int capacity,
            String visibility, boolean publicRegistration, String waitListMode, List<SessionState> sessions,
            Instant publishedAt) {
    }

    CongressEvents() {
        super(Congress.class);
        translate(Congress.Published.class, PUBLISHED, event -> published(event.congress()));
    }

    private static CongressPublished published(Congress congress) {
        return new CongressPublished(congress.id(), congress.municipality(), congress.organisers(), congress.title(),
                congress.startsAt(), congress.endsAt(), congress.venueId(), congress.capacity(),
                congress.visibility().name(), congress.publicRegistration(), congress.waitListMode().name(),
                congress.sessions().stream().map(CongressEvents::session).toList(), congress.publishedAt());
    }

    private static SessionState session(Session session) {
        return new SessionState(session.id(), session.title(), session.startsAt(), session.endsAt(), session.room(),
                session.capacity());
    }
}
