package org.citybridge.knowledge.handbook;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.citybridge.platform.domain.ConflictException;
import org.citybridge.platform.domain.InvalidValueException;
import org.citybridge.platform.domain.NotAllowedException;
import org.citybridge.platform.domain.NotFoundException;
import org.citybridge.platform.store.AggregateStores;
import org.citybridge.platform.store.ConcurrentSaves;
import org.citybridge.platform.store.TenantStore;
import org.citybridge.platform.tenancy.Caller;
import org.citybridge.platform.tenancy.Visibility;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

/** The handbook use cases: a city's officers edit and publish editions; readers read and export them. */
@Service
public class HandbookService {

    private final TenantStore<Handbook> handbooks;
    private final ChapterTexts texts;
    private final Clock clock;

    HandbookService(AggregateStores stores, ChapterTexts texts) {
        this.handbooks = stores.tenantOwned(Handbook.class);
        this.texts = texts;
        this.clock = Clock.systemUTC();
    }

    public Handbook start(Caller caller, String title, String description, Visibility visibility) {
        return start(caller, null, title, description, visibility);
    }

    /** @param id a fixed id (the demo data's), or null for a new one */
    public Handbook start(Caller caller, String id, String title, String description, Visibility visibility) {
        return handbooks.save(Handbook.start(id, caller.requireMunicipality(), title, description,
                visibility == null ? Visibility.PRIVATE : visibility, clock.instant()));
    }

    public Handbook get(Caller caller, String id) {
        return handbooks.findVisible(caller, id).orElseThrow(() -> NotFoundException.of("Handbook", id));
    }

    public Page<Handbook> list(Caller caller, Pageable pageable) {
        return handbooks.findVisible(caller, null, pageable);
    }

    /**
     * Sharing a handbook more widely shares its published texts too: refused (409) while a chapter of
     * any edition comes from a source its new readers may not read.
     */
    public Handbook describe(Caller caller, String id, String title, String description, Visibility visibility) {
        return change(caller, id, handbook -> {
            Visibility wanted = visibility == null ? handbook.visibility() : visibility;
            if (wanted.isWiderThan(handbook.visibility())) {
                handbook.editions().stream().flatMap(edition -> edition.chapters().stream())
                        .filter(chapter -> !texts.readableByEveryReaderOf(wanted, chapter)).findFirst()
                        .ifPresent(chapter -> {
                            throw new ConflictException(chapter.source() + " " + chapter.refId() + " is shared less "
                                    + "widely than " + wanted + "; its texts would be shared with the handbook.");
                        });
            }
            handbook.describe(title, description, wanted);
        });
    }

    /** Chapters naming a practice or study the editor cannot read are refused (400) before they are saved. */
    public Handbook reviseDraft(Caller caller, String id, int number, String title, String introduction,
            List<Chapter> chapters) {
        Handbook current = get(caller, id);
        requireEditor(caller, current);
        current.edition(number).requireDraft();
        for (int i = 0; i < chapters.size(); i++) {
            Chapter chapter = chapters.get(i);
            if (texts.resolve(caller, chapter, i + 1).isEmpty()) {
                throw new InvalidValueException("chapters[" + i + "].refId",
                        "names no " + chapter.source().name().toLowerCase() + " you may read");
            }
        }
        return change(caller, id, handbook -> handbook.reviseDraft(number, title, introduction, chapters));
    }

    public Handbook discardDraft(Caller caller, String id, int number) {
        return change(caller, id, handbook -> handbook.discardDraft(number));
    }

    public Handbook startNextEdition(Caller caller, String id) {
        return change(caller, id, handbook -> handbook.startNextEdition(clock.instant()));
    }

    /**
     * Copies every chapter's texts in as they are now and freezes the edition. A source shared less
     * widely than the handbook (a private study or practice in a network handbook) would leak through
     * it: refused.
     */
    public Handbook publish(Caller caller, String id, int number) {
        return change(caller, id, handbook -> {
            Edition edition = handbook.edition(number);
            edition.requireDraft();
            if (edition.chapters().isEmpty()) {
                throw new ConflictException("Edition " + number + " has no chapters yet.");
            }
            List<FrozenChapter> frozen = new ArrayList<>();
            for (int i = 0; i < edition.chapters().size(); i++) {
                Chapter chapter = edition.chapters().get(i);
                int position = i + 1;
                ChapterTexts.Resolved resolved = texts.resolve(caller, chapter, position)
                        .orElseThrow(() -> new ConflictException("Chapter " + position + " names "
                                + chapter.source().name().toLowerCase() + " " + chapter.refId()
                                + ", which you may no longer read; change the chapter first."));
                if (!texts.readableByEveryReaderOf(handbook.visibility(), chapter)) {
                    throw new ConflictException("Chapter " + position + " (" + resolved.chapter().title() + ") is "
                            + "shared less widely than the handbook (" + handbook.visibility() + "): share it as "
                            + "widely first, or narrow the handbook.");
                }
                frozen.add(resolved.chapter());
            }
            handbook.publish(number, frozen, caller.subject(), clock.instant());
        });
    }

    /** The edition as it reads: frozen when published, from the current texts while a draft. */
    public EditionText read(Caller caller, String id, int number) {
        Handbook handbook = get(caller, id);
        Edition edition = handbook.edition(number);
        List<FrozenChapter> chapters = new ArrayList<>();
        List<Chapter> missing = new ArrayList<>();
        if (edition.isPublished()) {
            chapters.addAll(edition.frozenChapters());
        } else {
            for (Chapter chapter : edition.chapters()) {
                Optional<ChapterTexts.Resolved> resolved = texts.resolve(caller, chapter, chapters.size() + 1);
                resolved.ifPresentOrElse(found -> chapters.add(found.chapter()), () -> missing.add(chapter));
            }
        }
        return new EditionText(handbook.id(), handbook.title(), handbook.municipality(), edition.number(),
                edition.state(), edition.title(), edition.introduction(), edition.publishedAt(), chapters, missing);
    }

    private static void requireEditor(Caller caller, Handbook handbook) {
        if (!handbook.isOwnedBy(caller)) {
            throw new NotAllowedException("The officers of " + handbook.municipality() + " edit its handbook.");
        }
    }

    private Handbook change(Caller caller, String id, Consumer<Handbook> change) {
        return ConcurrentSaves.retried("handbook", () -> {
            Handbook handbook = get(caller, id);
            requireEditor(caller, handbook);
            change.accept(handbook);
            return handbooks.save(handbook);
        });
    }
}
