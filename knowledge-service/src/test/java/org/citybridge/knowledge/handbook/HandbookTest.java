package org.citybridge.knowledge.handbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import org.citybridge.platform.domain.ConflictException;
import org.citybridge.platform.domain.NotFoundException;
import org.citybridge.platform.tenancy.Visibility;
import org.junit.jupiter.api.Test;

/** A handbook's editions: one draft at a time, published ones frozen, the next one starting from the last. */
class HandbookTest {

    static final Instant DAY_1 = Instant.parse("2013-01-10T09:00:00Z");
    static final Instant DAY_2 = Instant.parse("2013-02-10T09:00:00Z");
    static final Chapter WEEKENDSCHOOL = new Chapter(ChapterSource.PRACTICE, "p-1", "Waarom dit werkt");
    static final Chapter TWENTE = new Chapter(ChapterSource.STUDY, "s-1", null);

    @Test
    void aNewHandbookStartsWithAnEmptyFirstDraftUnderItsTitle() {
        Handbook handbook = start();

        assertThat(handbook.id()).isEqualTo("h-1");
        assertThat(handbook.municipality()).isEqualTo("almelo");
        assertThat(handbook.title()).isEqualTo("KleurRijk Almelo");
        assertThat(handbook.description()).isEqualTo("Ervaringen");
        assertThat(handbook.createdAt()).isEqualTo(DAY_1);
        assertThat(handbook.editions()).singleElement().satisfies(edition -> {
            assertThat(edition.number()).isOne();
            assertThat(edition.state()).isEqualTo(EditionState.DRAFT);
            assertThat(edition.isPublished()).isFalse();
            assertThat(edition.title()).isEqualTo("KleurRijk Almelo");
            assertThat(edition.introduction()).isNull();
            assertThat(edition.chapters()).isEmpty();
            assertThat(edition.startedAt()).isEqualTo(DAY_1);
        });
        assertThat(handbook.draft()).map(Edition::number).contains(1);
        assertThat(handbook.latestPublished()).isEmpty();
    }

    @Test
    void withoutAnIdTheHandbookGetsOne() {
        assertThat(Handbook.start(null, "almelo", "t", null, Visibility.PRIVATE, DAY_1).id()).isNotBlank();
    }

    @Test
    void describingChangesTitleDescriptionAndVisibility() {
        Handbook handbook = start();
        handbook.describe(" Nieuw ", "Anders", Visibility.PUBLIC);

        assertThat(handbook.title()).isEqualTo("Nieuw");
        assertThat(handbook.description()).isEqualTo("Anders");
        assertThat(handbook.visibility()).isEqualTo(Visibility.PUBLIC);
    }

    @Test
    void aDraftIsRevisedUnderItsOwnTitleOrTheHandbooks() {
        Handbook handbook = start();
        handbook.reviseDraft(1, " Editie 2013 ", "Inleiding", List.of(WEEKENDSCHOOL, TWENTE));

        Edition draft = handbook.edition(1);
        assertThat(draft.title()).isEqualTo("Editie 2013");
        assertThat(draft.introduction()).isEqualTo("Inleiding");
        assertThat(draft.chapters()).containsExactly(WEEKENDSCHOOL, TWENTE);

        handbook.reviseDraft(1, null, null, List.of());
        assertThat(handbook.edition(1).title()).isEqualTo("KleurRijk Almelo");
    }

    @Test
    void anUnknownEditionIsNotFound() {
        assertThatThrownBy(() -> start().edition(2)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void publishingFreezesTheTextsAndRecordsIt() {
        Handbook handbook = start();
        handbook.reviseDraft(1, null, null, List.of(WEEKENDSCHOOL));
        List<FrozenChapter> texts = List.of(frozen());

        handbook.publish(1, texts, "anna", DAY_2);

        Edition published = handbook.edition(1);
        assertThat(published.isPublished()).isTrue();
        assertThat(published.state()).isEqualTo(EditionState.PUBLISHED);
        assertThat(published.frozenChapters()).isEqualTo(texts);
        assertThat(published.publishedAt()).isEqualTo(DAY_2);
        assertThat(published.publishedBy()).isEqualTo("anna");
        assertThat(handbook.draft()).isEmpty();
        assertThat(handbook.latestPublished()).contains(published);
        assertThat(handbook.recordedEvents()).singleElement().isInstanceOfSatisfying(
                Handbook.EditionPublished.class, event -> assertThat(event.edition()).isSameAs(published));
    }

    @Test
    void aPublishedEditionNeverChangesNorIsDiscarded() {
        Handbook handbook = start();
        handbook.publish(1, List.of(), "anna", DAY_2);

        assertThatThrownBy(() -> handbook.reviseDraft(1, "t", null, List.of())).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> handbook.publish(1, List.of(), "anna", DAY_2)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> handbook.discardDraft(1)).isInstanceOf(ConflictException.class);
        assertThat(handbook.editions()).hasSize(1);
        assertThat(handbook.recordedEvents()).hasSize(1);
    }

    @Test
    void aDraftIsDiscarded() {
        Handbook handbook = start();
        handbook.discardDraft(1);

        assertThat(handbook.editions()).isEmpty();
        assertThat(handbook.draft()).isEmpty();
    }

    @Test
    void theNextEditionStartsFromTheLatestPublishedPlan() {
        Handbook handbook = start();
        handbook.reviseDraft(1, "Editie 1", "Inleiding 1", List.of(WEEKENDSCHOOL));
        handbook.publish(1, List.of(frozen()), "anna", DAY_1);
        Edition second = handbook.startNextEdition(DAY_2);
        assertThat(second.number()).isEqualTo(2);
        assertThat(second.title()).isEqualTo("Editie 1");
        assertThat(second.introduction()).isEqualTo("Inleiding 1");
        assertThat(second.chapters()).containsExactly(WEEKENDSCHOOL);
        handbook.reviseDraft(2, "Editie 2", "Inleiding 2", List.of(WEEKENDSCHOOL, TWENTE));
        handbook.publish(2, List.of(), "anna", DAY_2);

        Edition third = handbook.startNextEdition(DAY_2);

        assertThat(third.number()).isEqualTo(3);
        assertThat(third.title()).isEqualTo("Editie 2");
        assertThat(third.introduction()).isEqualTo("Inleiding 2");
        assertThat(third.chapters()).containsExactly(WEEKENDSCHOOL, TWENTE);
        assertThat(third.frozenChapters()).isEmpty();
        assertThat(third.startedAt()).isEqualTo(DAY_2);
        assertThat(handbook.latestPublished()).map(Edition::number).contains(2);
        assertThat(handbook.draft()).contains(third);
    }

    @Test
    void whileADraftIsOpenNoOtherEditionStarts() {
        Handbook handbook = start();
        assertThatThrownBy(() -> handbook.startNextEdition(DAY_2)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("Edition 1");
    }

    @Test
    void withNothingPublishedTheNextEditionStartsEmptyUnderTheHandbooksTitle() {
        Handbook handbook = start();
        handbook.reviseDraft(1, "Weggegooid", "x", List.of(WEEKENDSCHOOL));
        handbook.discardDraft(1);

        Edition edition = handbook.startNextEdition(DAY_2);

        assertThat(edition.number()).isOne();
        assertThat(edition.title()).isEqualTo("KleurRijk Almelo");
        assertThat(edition.introduction()).isNull();
        assertThat(edition.chapters()).isEmpty();
    }

    @Test
    void aHandbookHasAtMostAHundredEditions() {
        Handbook handbook = start();
        for (int number = 1; number < Handbook.MAX_EDITIONS; number++) {
            handbook.publish(number, List.of(), "anna", DAY_1);
            handbook.startNextEdition(DAY_1);
        }
        handbook.publish(Handbook.MAX_EDITIONS, List.of(), "anna", DAY_1);
        assertThat(handbook.editions()).hasSize(100);

        assertThatThrownBy(() -> handbook.startNextEdition(DAY_2)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("100");
    }

    @Test
    void aChapterNamesItsSourceAndAFrozenChapterItsSections() {
        assertThatThrownBy(() -> new Chapter(null, "p-1", null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Chapter(ChapterSource.PRACTICE, null, null))
                .isInstanceOf(NullPointerException.class);
        assertThat(new FrozenChapter(1, ChapterSource.STUDY, "s", "t", null, "b", "nl", null).sections()).isEmpty();
        assertThat(new FrozenChapter.Section("h", "t", null).items()).isEmpty();
    }

    private static FrozenChapter frozen() {
        return new FrozenChapter(1, ChapterSource.PRACTICE, "p-1", "Weekendschool", "Waarom dit werkt",
                "Practice of Antwerpen", "nl", List.of(new FrozenChapter.Section("Summary", "s", List.of())));
    }

    private static Handbook start() {
        return Handbook.start("h-1", "almelo", " KleurRijk Almelo ", "Ervaringen", Visibility.NETWORK, DAY_1);
    }
}
