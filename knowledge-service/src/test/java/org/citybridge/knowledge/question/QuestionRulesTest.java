package org.citybridge.knowledge.question;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.citybridge.platform.domain.ConflictException;
import org.citybridge.platform.domain.InvalidValueException;
import org.citybridge.platform.domain.NotAllowedException;
import org.citybridge.platform.domain.NotFoundException;
import org.citybridge.platform.tenancy.Caller;
import org.citybridge.platform.tenancy.Role;
import org.citybridge.platform.tenancy.Visibility;
import org.junit.jupiter.api.Test;

/** More of a question's rules: its audience, who answers, accepting, marking helpful, becoming a practice. */
class QuestionRulesTest {

    static final Instant NOW = Instant.parse("2011-03-14T09:30:00Z");
    static final Caller ALMELO = officer("anna@almelo", "almelo");
    static final Caller MUENSTER = officer("jonas@muenster", "muenster");
    static final Caller ANTWERPEN = officer("an@antwerpen", "antwerpen");

    @Test
    void askingKeepsTheWordsStrippedTheThemesOnceAndWhoAskedWhen() {
        Question question = Question.ask("q-1", ALMELO, new QuestionContent("  Gastgezinnen ", " Wie vinden jullie? ",
                "nl", List.of("inburgering", "inburgering", "taal")), Audience.NETWORK, List.of("muenster"), null,
                List.of("expert@gent", "expert@gent", "anna@almelo"), NOW);

        assertThat(question.id()).isEqualTo("q-1");
        assertThat(question.municipality()).isEqualTo("almelo");
        assertThat(question.title()).isEqualTo("Gastgezinnen");
        assertThat(question.body()).isEqualTo("Wie vinden jullie?");
        assertThat(question.language()).isEqualTo("nl");
        assertThat(question.themes()).containsExactly("inburgering", "taal");
        assertThat(question.askedBy()).isEqualTo("anna@almelo");
        assertThat(question.askedAt()).isEqualTo(NOW);
        assertThat(question.audience()).isEqualTo(Audience.NETWORK);
        assertThat(question.addressedTo()).as("a network question names no cities").isEmpty();
        assertThat(question.bridgeGroupId()).isNull();
        assertThat(question.invited()).as("once each, never the asker").containsExactly("expert@gent");
        assertThat(question.status()).isEqualTo(QuestionStatus.OPEN);
        assertThat(question.acceptedAnswer()).isEmpty();
        assertThat(question.answers()).isEmpty();
        assertThat(question.practiceId()).isNull();
    }

    @Test
    void aQuestionGetsAnIdOfItsOwnAndMayInviteNobody() {
        Question question = Question.ask(ALMELO, new QuestionContent("t", "b", "nl", null), Audience.NETWORK, null,
                null, null, NOW);
        assertThat(question.id()).isNotBlank();
        assertThat(question.invited()).isEmpty();
        assertThat(question.themes()).isEmpty();
    }

    @Test
    void aBridgeGroupQuestionIsPrivateToItsGroupsCitiesAndNamesTheGroup() {
        Question question = ask(Audience.BRIDGE_GROUP, List.of("almelo", "muenster"), "bg-1", List.of());

        assertThat(question.visibility()).isEqualTo(Visibility.PRIVATE);
        assertThat(question.bridgeGroupId()).isEqualTo("bg-1");
        assertThat(question.addressedTo()).containsExactly("muenster");
        assertThat(question.mayBeAnsweredBy(MUENSTER)).isTrue();
        assertThat(question.mayBeAnsweredBy(ANTWERPEN)).isFalse();
    }

    @Test
    void aBridgeGroupQuestionToTheAskersCityOnlyIsRefusedOnTheGroup() {
        assertThatThrownBy(() -> ask(Audience.BRIDGE_GROUP, List.of("almelo"), "bg-1", List.of()))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        refused -> assertThat(refused.property()).isEqualTo("bridgeGroupId"));
        assertThatThrownBy(() -> ask(Audience.MUNICIPALITIES, null, null, List.of()))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        refused -> assertThat(refused.property()).isEqualTo("municipalities"));
    }

    @Test
    void anInvitedOfficerReadsAndAnswersEvenFromACityNotAsked() {
        Caller expert = officer("expert@gent", "gent");
        Question question = ask(Audience.MUNICIPALITIES, List.of("muenster"), null, List.of("expert@gent"));

        assertThat(question.mayBeAnsweredBy(expert)).isTrue();
        Answer answer = question.answer(expert, "  Zo doen wij het. ", NOW);

        assertThat(answer.body()).isEqualTo("Zo doen wij het.");
        assertThat(answer.municipality()).isEqualTo("gent");
        assertThat(answer.answeredBy()).isEqualTo("expert@gent");
        assertThat(answer.answeredAt()).isEqualTo(NOW);
        assertThat(question.answers()).containsExactly(answer);
        assertThat(question.answeringCities()).containsExactly("gent");
        assertThat(question.recordedEvents()).last().isInstanceOfSatisfying(Question.Answered.class,
                answered -> assertThat(answered.answer()).isSameAs(answer));
    }

    @Test
    void aCityNotAskedNorInvitedMayNotAnswer() {
        Question question = ask(Audience.MUNICIPALITIES, List.of("muenster"), null, List.of());

        assertThatThrownBy(() -> question.answer(ANTWERPEN, "x", NOW)).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> question.answer(ALMELO, "x", NOW)).isInstanceOf(NotAllowedException.class);
        assertThat(question.mayBeAnsweredBy(new Caller("admin", null, Set.of(Role.ADMIN)))).isFalse();
        assertThat(question.answers()).isEmpty();
    }

    @Test
    void readersAreTheAskingCityTheAddressedCitiesAndTheInvited() {
        Question question = ask(Audience.MUNICIPALITIES, List.of("muenster"), null, List.of("expert@gent"));

        assertThat(question.isReadableBy(ALMELO)).isTrue();
        assertThat(question.isReadableBy(MUENSTER)).isTrue();
        assertThat(question.isReadableBy(officer("expert@gent", "gent"))).isTrue();
        assertThat(question.isReadableBy(ANTWERPEN)).isFalse();
        assertThat(question.isReadableBy(Caller.anonymous())).isFalse();
    }

    @Test
    void onlyTheAskingCityAcceptsAndOnlyAnAnswerGiven() {
        Question question = ask(Audience.NETWORK, List.of(), null, List.of());
        Answer answer = question.answer(MUENSTER, "So.", NOW);

        assertThatThrownBy(() -> question.accept(ANTWERPEN, answer.id(), NOW)).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> question.accept(ALMELO, "no-such-answer", NOW)).isInstanceOf(NotFoundException.class);
        assertThat(question.status()).isEqualTo(QuestionStatus.OPEN);

        question.accept(ALMELO, answer.id(), NOW);

        assertThat(question.acceptedBy()).isEqualTo("anna@almelo");
        assertThat(question.acceptedAt()).isEqualTo(NOW);
        assertThat(question.recordedEvents()).last().isInstanceOfSatisfying(Question.AnswerAccepted.class, accepted -> {
            assertThat(accepted.answer()).isSameAs(answer);
            assertThat(accepted.acceptedBy()).isEqualTo("anna@almelo");
            assertThat(accepted.acceptedAt()).isEqualTo(NOW);
        });
    }

    @Test
    void markingAnUnknownAnswerHelpfulIsNotFound() {
        Question question = ask(Audience.NETWORK, List.of(), null, List.of());
        Answer answer = question.answer(MUENSTER, "So.", NOW);

        assertThatThrownBy(() -> question.markHelpful(ANTWERPEN, "nope")).isInstanceOf(NotFoundException.class);
        assertThat(question.markHelpful(ALMELO, answer.id())).isTrue();
        assertThat(answer.isHelpfulTo("anna@almelo")).isTrue();
        assertThat(answer.isHelpfulTo("an@antwerpen")).isFalse();
    }

    @Test
    void aQuestionBecomesOnePracticeOnly() {
        Question question = ask(Audience.NETWORK, List.of(), null, List.of());
        question.turnedInto("p-1");

        assertThat(question.practiceId()).isEqualTo("p-1");
        assertThatThrownBy(() -> question.turnedInto("p-2")).isInstanceOf(ConflictException.class)
                .hasMessageContaining("p-1");
        assertThat(question.practiceId()).isEqualTo("p-1");
    }

    @Test
    void aPracticeDraftCarriesTheQuestionsLanguageAndThemes() {
        Question question = ask(Audience.NETWORK, List.of(), null, List.of());
        Answer answer = question.answer(MUENSTER, "Über die Vereine.", NOW);
        question.accept(ALMELO, answer.id(), NOW);

        QuestionDraft draft = question.practiceDraft(ALMELO);

        assertThat(draft.questionId()).isEqualTo(question.id());
        assertThat(draft.title()).isEqualTo("Gastgezinnen");
        assertThat(draft.language()).isEqualTo("nl");
        assertThat(draft.themes()).containsExactly("inburgering");
    }

    private static Question ask(Audience audience, List<String> cities, String group, List<String> invited) {
        return Question.ask(ALMELO, new QuestionContent("Gastgezinnen", "Wie vinden jullie?", "nl",
                List.of("inburgering")), audience, cities, group, invited, NOW);
    }

    private static Caller officer(String subject, String city) {
        return new Caller(subject, city, Set.of(Role.OFFICER));
    }
}
