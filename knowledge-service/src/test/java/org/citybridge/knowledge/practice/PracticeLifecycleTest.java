package org.citybridge.knowledge.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.citybridge.knowledge.action.CompletedAction;
import org.citybridge.knowledge.action.IndicatorValue;
import org.citybridge.platform.domain.ConflictException;
import org.citybridge.platform.domain.NotFoundException;
import org.citybridge.platform.tenancy.Visibility;
import org.junit.jupiter.api.Test;

/** A practice's life: drafted, revised, published, withdrawn, shared, with files; and its value records. */
class PracticeLifecycleTest {

    private static PracticeContent content(String title) {
        return PracticeTest.content(title);
    }

    private static Practice draft(Visibility visibility, Set<String> groups) {
        return Practice.draft("almelo", content("Praatstuk"), visibility, groups, "anna");
    }

    @Test
    void aNewDraftIsRevisionOneWrittenByItsOfficerAndSaysSo() {
        Instant before = Instant.now();
        Practice practice = draft(Visibility.NETWORK, Set.of("g1"));

        assertThat(practice.id()).isNotBlank();
        assertThat(practice.municipality()).isEqualTo("almelo");
        assertThat(practice.status()).isEqualTo(PracticeStatus.DRAFT);
        assertThat(practice.isPublished()).isFalse();
        assertThat(practice.revision()).isOne();
        assertThat(practice.revisions()).isEmpty();
        assertThat(practice.sharedWithGroups()).containsExactly("g1");
        assertThat(practice.writtenBy()).isEqualTo("anna");
        assertThat(practice.changedBy()).isEqualTo("anna");
        assertThat(practice.writtenAt()).isAfterOrEqualTo(before);
        assertThat(practice.changedAt()).isEqualTo(practice.writtenAt());
        assertThat(practice.publishedAt()).isNull();
        assertThat(practice.sourceActionId()).isNull();
        assertThat(practice.recordedEvents()).singleElement().isInstanceOf(Practice.Drafted.class);
    }

    @Test
    void aDraftWithoutGroupsIsSharedWithNone() {
        assertThat(draft(Visibility.PRIVATE, null).sharedWithGroups()).isEmpty();
    }

    @Test
    void aDraftFromAnActionIsKeyedByTheActionAndWrittenByActionsService() {
        Practice practice = Practice.draftFromAction("muenster", "a-7", content("Sprachcafé"), Visibility.PRIVATE);

        assertThat(practice.id()).isEqualTo("from-action-a-7");
        assertThat(practice.sourceActionId()).isEqualTo("a-7");
        assertThat(practice.writtenBy()).isEqualTo("actions-service");
        assertThat(practice.sharedWithGroups()).isEmpty();
        assertThat(practice.visibility()).isEqualTo(Visibility.PRIVATE);
    }

    @Test
    void demoDataKeepsItsId() {
        Practice practice = Practice.draftWithId("demo-1", "antwerpen", content("x"), Visibility.PUBLIC, Set.of(), "o");
        assertThat(practice.id()).isEqualTo("demo-1");
        assertThat(practice.municipality()).isEqualTo("antwerpen");
    }

    @Test
    void revisingWithoutVisibilityOrGroupsKeepsThemAndRecordsARevision() {
        Practice practice = draft(Visibility.NETWORK, Set.of("g1"));
        practice.revise(content("Praatstuk 2"), null, null, "bert");

        assertThat(practice.visibility()).isEqualTo(Visibility.NETWORK);
        assertThat(practice.sharedWithGroups()).containsExactly("g1");
        assertThat(practice.changedBy()).isEqualTo("bert");
        assertThat(practice.revisions()).singleElement().satisfies(revision -> {
            assertThat(revision.savedBy()).isEqualTo("anna");
            assertThat(revision.sharedWithGroups()).containsExactly("g1");
            assertThat(revision.savedAt()).isEqualTo(practice.writtenAt());
        });
        assertThat(practice.recordedEvents()).last().isInstanceOf(Practice.Revised.class);
    }

    @Test
    void revisingWithVisibilityAndGroupsReplacesThem() {
        Practice practice = draft(Visibility.NETWORK, Set.of("g1"));
        practice.revise(content("Praatstuk 2"), Visibility.PUBLIC, Set.of("g2"), "bert");

        assertThat(practice.visibility()).isEqualTo(Visibility.PUBLIC);
        assertThat(practice.sharedWithGroups()).containsExactly("g2");
    }

    @Test
    void publishingMakesItPublishedWithADateAndRecordsIt() {
        Practice practice = draft(Visibility.NETWORK, Set.of());
        Instant before = Instant.now();
        practice.publish("bert");

        assertThat(practice.isPublished()).isTrue();
        assertThat(practice.status()).isEqualTo(PracticeStatus.PUBLISHED);
        assertThat(practice.publishedAt()).isAfterOrEqualTo(before);
        assertThat(practice.changedBy()).isEqualTo("bert");
        assertThat(practice.revision()).isEqualTo(2);
        assertThat(practice.recordedEvents()).last().isInstanceOf(Practice.Published.class);
    }

    @Test
    void onlyAPublishedPracticeIsWithdrawnAndThenItIsADraftAgain() {
        Practice practice = draft(Visibility.NETWORK, Set.of());
        assertThatThrownBy(() -> practice.withdraw("bert")).isInstanceOf(ConflictException.class)
                .hasMessageContaining("not published");

        practice.publish("anna");
        practice.withdraw("bert");

        assertThat(practice.status()).isEqualTo(PracticeStatus.DRAFT);
        assertThat(practice.changedBy()).isEqualTo("bert");
        assertThat(practice.revision()).isEqualTo(3);
        assertThat(practice.revisions()).extracting(Revision::status)
                .containsExactly(PracticeStatus.DRAFT, PracticeStatus.PUBLISHED);
        assertThat(practice.recordedEvents()).last().isInstanceOf(Practice.Withdrawn.class);
        assertThat(practice.visibleTo("antwerpen", false, Set.of())).isFalse();
    }

    @Test
    void sharingWithAGroupTwiceChangesNothingTheSecondTime() {
        Practice practice = draft(Visibility.PRIVATE, Set.of());

        assertThat(practice.shareWith("g1", "bert")).isTrue();
        assertThat(practice.sharedWithGroups()).containsExactly("g1");
        assertThat(practice.changedBy()).isEqualTo("bert");
        assertThat(practice.revision()).isEqualTo(2);
        assertThat(practice.recordedEvents()).last().isInstanceOf(Practice.Revised.class);

        assertThat(practice.shareWith("g1", "carla")).isFalse();
        assertThat(practice.revision()).isEqualTo(2);
        assertThat(practice.changedBy()).isEqualTo("bert");
        assertThat(practice.recordedEvents()).hasSize(2);
    }

    @Test
    void unsharingAGroupItIsNotSharedWithChangesNothing() {
        Practice practice = draft(Visibility.PRIVATE, Set.of("g1"));

        assertThat(practice.unshareWith("g2", "bert")).isFalse();
        assertThat(practice.revision()).isOne();

        assertThat(practice.unshareWith("g1", "bert")).isTrue();
        assertThat(practice.sharedWithGroups()).isEmpty();
        assertThat(practice.revision()).isEqualTo(2);
        assertThat(practice.changedBy()).isEqualTo("bert");
        assertThat(practice.recordedEvents()).last().isInstanceOf(Practice.Revised.class);
    }

    @Test
    void aPracticeHoldsAtMostTwentyFiles() {
        Practice practice = draft(Visibility.PRIVATE, Set.of());
        for (int i = 0; i < Practice.MAX_ATTACHMENTS; i++) {
            practice.attach(file("f" + i));
        }
        assertThat(practice.attachments()).hasSize(20);

        assertThatThrownBy(() -> practice.attach(file("one-too-many"))).isInstanceOf(ConflictException.class);
        assertThat(practice.attachments()).hasSize(20);
    }

    @Test
    void aFileIsFoundByIdAndDetached() {
        Practice practice = draft(Visibility.PRIVATE, Set.of());
        practice.attach(file("a"));
        practice.attach(file("b"));

        assertThat(practice.attachment("b").fileName()).isEqualTo("b.pdf");
        assertThat(practice.detach("a").id()).isEqualTo("a");
        assertThat(practice.attachments()).extracting(AttachmentReference::id).containsExactly("b");
        assertThatThrownBy(() -> practice.attachment("a")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> practice.detach("zzz")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aPublishedPublicPracticeIsSeenByAnonymousVisitors() {
        Practice practice = draft(Visibility.PUBLIC, Set.of());
        practice.publish("anna");

        assertThat(practice.visibleTo(null, true, Set.of())).isTrue();
        assertThat(practice.visibleTo("muenster", false, Set.of())).isTrue();
    }

    @Test
    void aPublishedPrivatePracticeOfNoGroupIsItsCitysOnly() {
        Practice practice = draft(Visibility.PRIVATE, Set.of());
        practice.publish("anna");

        assertThat(practice.visibleTo("almelo", false, Set.of())).isTrue();
        assertThat(practice.visibleTo("muenster", false, Set.of("g1"))).isFalse();
        assertThat(practice.visibleTo(null, false, Set.of())).isFalse();
    }

    @Test
    void contentDefaultsToDutchWithEmptyLists() {
        PracticeContent content = new PracticeContent("t", null, null, null, null, null, null, null, null, null, null,
                null, null, null, null);

        assertThat(content.language()).isEqualTo(Language.NL);
        assertThat(content.targetGroups()).isEmpty();
        assertThat(content.linkedActions()).isEmpty();
        assertThat(content.themes()).isEmpty();
        assertThat(content.linesOfWork()).isEmpty();
        assertThat(content.translations()).isEmpty();
    }

    @Test
    void aTranslationNamesItsLanguageAndTitle() {
        assertThatThrownBy(() -> new Translation(null, "t", null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Translation(Language.DE, null, null)).isInstanceOf(NullPointerException.class);
        assertThat(new Translation(Language.DE, "Titel", null).language()).isEqualTo(Language.DE);
    }

    @Test
    void languagesAreWrittenAsLowerCaseCodesAndReadLeniently() {
        assertThat(Language.DE.code()).isEqualTo("de");
        assertThat(Language.ofCode(" fr ")).isEqualTo(Language.FR);
        assertThat(Language.ofCode("En")).isEqualTo(Language.EN);
    }

    @Test
    void aDraftFromACompletedActionCarriesItsContextAndIndicatorValues() {
        CompletedAction action = new CompletedAction("a-1", "almelo", Visibility.NETWORK, "Taalcafé", "Wekelijks",
                "Samen Almelo", "Iedereen doet mee", 2, List.of("nieuwkomers"), List.of(
                        new IndicatorValue("i1", "Deelnemers", "personen", LocalDate.of(2024, 3, 1),
                                new BigDecimal("42.0"), "ON_TRACK", "NETWORK"),
                        new IndicatorValue("i2", "Tevredenheid", null, null, null, null, "NETWORK")));

        PracticeContent content = DraftsFromActions.content(action);

        assertThat(content.title()).isEqualTo("Taalcafé");
        assertThat(content.summary()).isEqualTo("Wekelijks");
        assertThat(content.purpose()).isEqualTo("Programma: Samen Almelo\nDoel: Iedereen doet mee");
        assertThat(content.results()).isEqualTo("Deelnemers: 42.0 personen (2024-03-01)\nTevredenheid: ");
        assertThat(content.targetGroups()).containsExactly("nieuwkomers");
        assertThat(content.linkedActions()).containsExactly("a-1");
        assertThat(content.linesOfWork()).containsExactly(2);
        assertThat(content.language()).isEqualTo(Language.NL);
    }

    @Test
    void aDraftFromABareMuensterActionIsGermanAndNamedAfterTheAction() {
        CompletedAction action = new CompletedAction("a-2", "muenster", Visibility.PRIVATE, null, null, null, null,
                null, null, List.of());

        PracticeContent content = DraftsFromActions.content(action);

        assertThat(content.title()).isEqualTo("Afgeronde actie a-2");
        assertThat(content.purpose()).isEmpty();
        assertThat(content.results()).isNull();
        assertThat(content.linesOfWork()).isEmpty();
        assertThat(content.language()).isEqualTo(Language.DE);
    }

    private static AttachmentReference file(String id) {
        return new AttachmentReference(id, id + ".pdf", "application/pdf", 10, Instant.EPOCH);
    }
}
