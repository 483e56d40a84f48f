package org.citybridge.knowledge.messaging;

import java.time.Instant;
import java.util.List;

import org.citybridge.knowledge.practice.Practice;
import org.citybridge.knowledge.practice.PracticeContent;
import org.citybridge.platform.event.EventType;
import org.citybridge.platform.store.EventTranslation;
import org.springframework.stereotype.Component;

/**
 * The integration events of practices, on {@code citybridge.knowledge} keyed by practice id
 * (docs/events.md). Every change of a practice is told, drafts included: each instance's search index
 * is kept from them (it shows a city its own drafts). The long texts stay out (the index reads the
 * practice itself); consumers get what they need to list it and to respect its visibility.
 */
@Component
public class PracticeEvents extends EventTranslation<Practice> {

    public static final EventType DRAFTED = EventType.of("practice.drafted", 1);
    public static final EventType REVISED = EventType.of("practice.revised", 1);
    public static final EventType PUBLISHED = EventType.of("practice.published", 1);
    public static final EventType WITHDRAWN = EventType.of("practice.withdrawn", 1);

    public record TranslationState(String language, String title, String summary) {
    }

    /** The payload of every practice event: the practice's shareable state after the change. */
    public record PracticeState(String id, String municipality, String title, String summary, String language,
            List<TranslationState> translations, List<String> themes, List<Integer> linesOfWork,
            List<String> targetGroups, List<String> linkedActions, String status, String visibility,
            List<String> sharedWithGroups, String sourceActionId, int revision, Instant changedAt,
            Instant publishedAt) {
    }

    PracticeEvents() {
        super(Practice.class);
        translate(Practice.Drafted.class, DRAFTED, event -> state(event.practice()));
        translate(Practice.Revised.class, REVISED, event -> state(event.practice()));
        translate(Practice.Published.class, PUBLISHED, event -> state(event.practice()));
        translate(Practice.Withdrawn.class, WITHDRAWN, event -> state(event.practice()));
    }

    static PracticeState state(Practice practice) {
        PracticeContent content = practice.content();
        return new PracticeState(practice.id(), practice.municipality(), content.title(), content.summary(),
                content.language().code(),
                content.translations().values().stream().sorted(java.util.Comparator.comparing(t -> t.language()))
                        .map(t -> new TranslationState(t.language().code(), t.title(), t.summary())).toList(),
                content.themes(), content.linesOfWork(), content.targetGroups(), content.linkedActions(),
                practice.status().name(), practice.visibility().name(), List.copyOf(practice.sharedWithGroups()),
                practice.sourceActionId(), practice.revision(), practice.changedAt(), practice.publishedAt());
    }
}
