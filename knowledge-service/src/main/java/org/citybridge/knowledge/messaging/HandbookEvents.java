package org.citybridge.knowledge.messaging;

import java.time.Instant;
import java.util.List;

import org.citybridge.knowledge.handbook.Edition;
import org.citybridge.knowledge.handbook.Handbook;
import org.citybridge.platform.event.EventType;
import org.citybridge.platform.store.EventTranslation;
import org.springframework.stereotype.Component;

/**
 * {@code handbook.edition-published.v1} on {@code citybridge.knowledge}, keyed by handbook id: an
 * edition was frozen. It names the chapters (source, id, title) and not their texts, which consumers
 * read through the API under the handbook's visibility.
 */
@Component
public class HandbookEvents extends EventTranslation<Handbook> {

    public static final EventType EDITION_PUBLISHED = EventType.of("handbook.edition-published", 1);

    public record ChapterLine(int number, String source, String refId, String title) {
    }

    /** Payload of {@code handbook.edition-published.v1}. */
    public record EditionPublished(String handbookId, String handbookTitle, int edition, String editionTitle,
            List<ChapterLine> chapters, String publishedBy, Instant publishedAt, String visibility) {
    }

    HandbookEvents() {
        super(Handbook.class);
        translate(Handbook.EditionPublished.class, EDITION_PUBLISHED, event -> {
            Edition edition = event.edition();
            return new EditionPublished(event.handbook().id(), event.handbook().title(), edition.number(),
                    edition.title(), edition.frozenChapters().stream().map(chapter -> new ChapterLine(chapter.number(),
                            chapter.source().name(), chapter.refId(), chapter.title())).toList(),
                    edition.publishedBy(), edition.publishedAt(), event.handbook().visibility().name());
        });
    }
}
