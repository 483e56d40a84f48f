package org.citybridge.knowledge.question;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.citybridge.platform.domain.ConflictException;
import org.citybridge.platform.domain.InvalidValueException;
import org.citybridge.platform.domain.NotAllowedException;
import org.citybridge.platform.tenancy.Caller;
import org.citybridge.platform.tenancy.Role;
import org.citybridge.platform.tenancy.Visibility;
import org.junit.jupiter.api.Test;

/** The rules of a question, without Spring. */
class QuestionTest {

    static final Instant NOW = Instant.parse("2011-03-14T09:30:00Z");
    static final Caller ALMELO = officer("anna@almelo", "almelo");
    static final Caller MUENSTER = officer("jonas@muenster", "muenster");
    static final Caller ANTWERPEN = officer("an@antwerpen", "antwerpen");

    @Test
    void aQuestionToChosenCitiesIsPrivateAndReadByThemAndTheInvitedOnly() {
        Question question = ask(Audience.MUNICIPALITIES, List.of("muenster", "almelo"), List.of("expert@gent"));

        assertThat(question.visibility()).isEqualTo(Visibility.PRIVATE);
        assertThat(question.addressedTo()).as("the asker's own city is not asked").containsExactly("muenster");
        assertThat(question.isReadableBy(MUENSTER)).isTrue();
        assertThat(question.isReadableBy(ALMELO)).isTrue();
        assertThat(question.isReadableBy(ANTWERPEN)).isFalse();
        assertThat(question.isReadableBy(officer("expert@gent", "gent"))).isTrue();
        assertThat(question.mayBeAnsweredBy(ALMELO)).isFalse();
        assertThat(question.recordedEvents()).singleElement().isInstanceOf(Question.Asked.class);
    }

    @Test
    void aNetworkQuestionIsSharedAndAnsweredByAnyOtherCity() {
        Question question = ask(Audience.NETWORK, List.of(), List.of());
        assertThat(question.visibility()).isEqualTo(Visibility.NETWORK);
        assertThat(question.mayBeAnsweredBy(ANTWERPEN)).isTrue();
        assertThat(question.mayBeAnsweredBy(ALMELO)).isFalse();
    }

    @Test
    void onlyCitiesOtherThanTheAskersMakeAnAudience() {
        assertThatThrownBy(() -> ask(Audience.MUNICIPALITIES, List.of("almelo"), List.of()))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void theAskingCityAcceptsOnceEachChoiceAndMayChangeIt() {
        Question question = ask(Audience.NETWORK, List.of(), List.of());
        Answer first = question.answer(MUENSTER, "Über die Vereine.", NOW);
        Answer second = question.answer(ANTWERPEN, "Via de buurtsecretariaten.", NOW);
        assertThat(question.answeringCities()).containsExactlyInAnyOrder("muenster", "antwerpen");

        assertThatThrownBy(() -> question.accept(MUENSTER, first.id(), NOW)).isInstanceOf(NotAllowedException.class);
        question.accept(officer("colleague@almelo", "almelo"), first.id(), NOW);
        question.accept(ALMELO, first.id(), NOW);
        question.accept(ALMELO, second.id(), NOW);

        assertThat(question.status()).isEqualTo(QuestionStatus.ACCEPTED);
        assertThat(question.acceptedAnswer()).contains(second);
        assertThat(question.recordedEvents()).filteredOn(Question.AnswerAccepted.class::isInstance)
                .as("accepting the same answer again records nothing").hasSize(2);
    }

    @Test
    void helpfulCountsOncePerPersonAndNeverForOnesOwnAnswer() {
        Question question = ask(Audience.NETWORK, List.of(), List.of());
        Answer answer = question.answer(MUENSTER, "So.", NOW);
        assertThat(question.markHelpful(ANTWERPEN, answer.id())).isTrue();
        assertThat(question.markHelpful(ANTWERPEN, answer.id())).isFalse();
        assertThat(answer.helpfulCount()).isOne();
        assertThatThrownBy(() -> question.markHelpful(MUENSTER, answer.id())).isInstanceOf(ConflictException.class);
    }

    @Test
    void onlyAnAcceptedQuestionBecomesAPracticeAndOnlyOnce() {
        Question question = ask(Audience.NETWORK, List.of(), List.of());
        assertThatThrownBy(() -> question.practiceDraft(ALMELO)).isInstanceOf(ConflictException.class);
        Answer answer = question.answer(MUENSTER, "Gastfamilien über Kirchengemeinden.", NOW);
        question.accept(ALMELO, answer.id(), NOW);
        assertThatThrownBy(() -> question.practiceDraft(MUENSTER)).isInstanceOf(NotAllowedException.class);
        QuestionDraft draft = question.practiceDraft(ALMELO);
        assertThat(draft.approach()).isEqualTo("Gastfamilien über Kirchengemeinden.");
        assertThat(draft.summary()).isEqualTo("Wie vinden jullie?");
        question.turnedInto("practice-1");
        assertThatThrownBy(() -> question.practiceDraft(ALMELO)).isInstanceOf(ConflictException.class);
    }

    @Test
    void acceptedSortsBeforeOpen() {
        assertThat(QuestionStatus.ACCEPTED.name()).as("lists sort on the name, ascending")
                .isLessThan(QuestionStatus.OPEN.name());
    }

    private static Question ask(Audience audience, List<String> cities, List<String> invited) {
        return Question.ask(ALMELO, new QuestionContent("Gastgezinnen", "Wie vinden jullie?", "nl", List.of("inburgering")),
                audience, cities, null, invited, NOW);
    }

    private static Caller officer(String subject, String city) {
        return new Caller(subject, city, Set.of(Role.OFFICER));
    }
}
