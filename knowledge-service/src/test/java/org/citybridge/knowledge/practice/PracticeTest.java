package org.citybridge.knowledge.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.citybridge.platform.domain.ConflictException;
import org.citybridge.platform.tenancy.Visibility;
import org.junit.jupiter.api.Test;

class PracticeTest {

    static PracticeContent content(String title) {
        return new PracticeContent(title, "summary", null, null, null, null, null, List.of("jongeren"), null,
                List.of(), List.of("youth"), List.of(1), Language.NL, Map.of(), null);
    }

    @Test
    void aDraftIsItsCitysOnlyWhateverItsVisibility() {
        Practice practice = Practice.draft("antwerpen", content("Weekendschool"), Visibility.PUBLIC, Set.of("g1"), "o");

        assertThat(practice.visibleTo("antwerpen", false, Set.of())).isTrue();
        assertThat(practice.visibleTo("almelo", false, Set.of("g1"))).isFalse();
        assertThat(practice.visibleTo(null, true, Set.of())).isFalse();
    }

    @Test
    void aPublishedPrivatePracticeIsSeenByTheBridgeGroupsItIsSharedWithOnly() {
        Practice practice = Practice.draft("muenster", content("Integrationskurse"), Visibility.PRIVATE, Set.of("g1"),
                "o");
        practice.publish("o");

        assertThat(practice.visibleTo("almelo", false, Set.of("g1"))).isTrue();
        assertThat(practice.visibleTo("antwerpen", false, Set.of("g2"))).isFalse();
        assertThat(practice.visibleTo(null, true, Set.of())).isFalse();
    }

    @Test
    void aPublishedNetworkPracticeIsSeenByEveryMemberButNotByAnonymousVisitors() {
        Practice practice = Practice.draft("almelo", content("Praatstuk"), Visibility.NETWORK, Set.of(), "o");
        practice.publish("o");

        assertThat(practice.visibleTo("antwerpen", false, Set.of())).isTrue();
        assertThat(practice.visibleTo(null, false, Set.of())).isTrue();
        assertThat(practice.visibleTo(null, true, Set.of())).isFalse();
    }

    @Test
    void eachChangeKeepsTheVersionBefore() {
        Practice practice = Practice.draft("almelo", content("First"), Visibility.PRIVATE, Set.of(), "a");
        practice.revise(content("Second"), Visibility.NETWORK, null, "b");
        practice.publish("c");

        assertThat(practice.revision()).isEqualTo(3);
        assertThat(practice.revisions()).extracting(Revision::number).containsExactly(1, 2);
        assertThat(practice.revisions().get(0).content().title()).isEqualTo("First");
        assertThat(practice.revisions().get(0).visibility()).isEqualTo(Visibility.PRIVATE);
        assertThat(practice.revisions().get(1).status()).isEqualTo(PracticeStatus.DRAFT);
        assertThat(practice.content().title()).isEqualTo("Second");
    }

    @Test
    void oldRevisionsAreDroppedBeyondTheLimit() {
        Practice practice = Practice.draft("almelo", content("v1"), Visibility.PRIVATE, Set.of(), "a");
        for (int i = 2; i <= Practice.KEPT_REVISIONS + 5; i++) {
            practice.revise(content("v" + i), null, null, "a");
        }

        assertThat(practice.revisions()).hasSize(Practice.KEPT_REVISIONS);
        assertThat(practice.revisions().get(0).number()).isEqualTo(5);
    }

    @Test
    void publishingTwiceIsAConflict() {
        Practice practice = Practice.draft("almelo", content("x"), Visibility.PRIVATE, Set.of(), "a");
        practice.publish("a");

        assertThatThrownBy(() -> practice.publish("a")).isInstanceOf(ConflictException.class);
    }
}
