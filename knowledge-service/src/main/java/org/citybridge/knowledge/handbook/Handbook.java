package org.citybridge.knowledge.handbook;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.citybridge.platform.domain.ConflictException;
import org.citybridge.platform.domain.NotFoundException;
import org.citybridge.platform.store.TenantAggregate;
import org.citybridge.platform.tenancy.Visibility;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A handbook written from a city's experience (KleurRijk Almelo's, seed 000), in versioned editions.
 * At most one draft at a time; a published edition is immutable, and edits after it go to the next
 * draft, which starts as a copy of the latest published plan.
 */
@Document("handbooks")
public class Handbook extends TenantAggregate {

    static final int MAX_EDITIONS = 100;

    public record EditionPublished(Handbook handbook, Edition edition) {
    }

    @Id
    private String id;
    private String title;
    private String description;
    private List<Edition> editions = new ArrayList<>();
    private Instant createdAt;

    protected Handbook() {
    }

    private Handbook(String id, String municipality, Visibility visibility) {
        super(municipality, visibility);
        this.id = id;
    }

    /** A new handbook with its first draft edition, under the handbook's title and without chapters. */
    public static Handbook start(String id, String municipality, String title, String description,
            Visibility visibility, Instant now) {
        Handbook handbook = new Handbook(id == null ? UUID.randomUUID().toString() : id, municipality, visibility);
        handbook.title = Objects.requireNonNull(title).strip();
        handbook.description = description;
        handbook.createdAt = now;
        handbook.editions.add(new Edition(1, handbook.title, null, List.of(), now));
        return handbook;
    }

    public void describe(String newTitle, String newDescription, Visibility newVisibility) {
        title = Objects.requireNonNull(newTitle).strip();
        description = newDescription;
        changeVisibility(newVisibility);
    }

    public Edition edition(int number) {
        return editions.stream().filter(edition -> edition.number() == number).findFirst()
                .orElseThrow(() -> NotFoundException.of("Edition", number));
    }

    public Optional<Edition> draft() {
        return editions.stream().filter(edition -> !edition.isPublished()).findFirst();
    }

    public Optional<Edition> latestPublished() {
        return editions.stream().filter(Edition::isPublished).max(Comparator.comparingInt(Edition::number));
    }

    public void reviseDraft(int number, String editionTitle, String introduction, List<Chapter> chapters) {
        edition(number).revise(editionTitle == null ? title : editionTitle.strip(), introduction, chapters);
    }

    public void discardDraft(int number) {
        Edition edition = edition(number);
        edition.requireDraft();
        editions.remove(edition);
    }

    /** Freezes the draft with the texts as they are now. */
    public void publish(int number, List<FrozenChapter> texts, String by, Instant now) {
        Edition edition = edition(number);
        edition.publish(texts, by, now);
        record(new EditionPublished(this, edition));
    }

    /** The next edition, starting from the latest published one's plan. */
    public Edition startNextEdition(Instant now) {
        if (draft().isPresent()) {
            throw new ConflictException("Edition " + draft().get().number() + " is a draft still: edit that one.");
        }
        if (editions.size() >= MAX_EDITIONS) {
            throw new ConflictException("A handbook has at most " + MAX_EDITIONS + " editions.");
        }
        int next = editions.stream().mapToInt(Edition::number).max().orElse(0) + 1;
        Edition edition = latestPublished()
                .map(latest -> new Edition(next, latest.title(), latest.introduction(), latest.chapters(), now))
                .orElseGet(() -> new Edition(next, title, null, List.of(), now));
        editions.add(edition);
        return edition;
    }

    @Override
    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public List<Edition> editions() {
        return List.copyOf(editions);
    }

    public Instant createdAt() {
        return createdAt;
    }
}
