package org.citybridge.actions.messaging;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.citybridge.actions.programme.Programme;
import org.citybridge.platform.event.EventType;
import org.citybridge.platform.store.EventTranslation;
import org.springframework.stereotype.Component;

/** The integration events of programmes, on {@code citybridge.actions} keyed by programme id (docs/events.md). */
@Component
public class ProgrammeEvents extends EventTranslation<Programme> {

    public static final EventType CREATED = EventType.of("programme.created", 1);

    public record Period(LocalDate start, LocalDate end) {
    }

    public record Goal(int number, String title) {
    }

    /** Payload of {@code programme.created.v1}. */
    public record ProgrammeCreated(String id, String municipality, String title, Period period, List<Goal> goals,
            String visibility, Instant startedAt) {
    }

    ProgrammeEvents() {
        super(Programme.class);
        translate(Programme.Started.class, CREATED, event -> new ProgrammeCreated(event.programmeId(),
                event.municipality(), event.content().title(),
                new Period(event.content().period().start(), event.content().period().end()),
                event.content().goals().stream().map(goal -> new Goal(goal.number(), goal.title())).toList(),
                event.visibility().name(), event.startedAt()));
    }
}
