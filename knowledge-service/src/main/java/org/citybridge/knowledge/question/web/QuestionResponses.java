package org.citybridge.knowledge.question.web;

import java.time.Instant;
import java.util.List;

import org.citybridge.knowledge.question.Answer;
import org.citybridge.knowledge.question.Audience;
import org.citybridge.knowledge.question.Question;
import org.citybridge.knowledge.question.QuestionService;
import org.citybridge.knowledge.question.QuestionStatus;
import org.citybridge.platform.tenancy.Caller;
import org.citybridge.platform.web.PageResponse;

/** The shapes the question routes answer with. */
final class QuestionResponses {

    private QuestionResponses() {
    }

    /** @param helpfulToYou whether the caller marked it helpful */
    record AnswerResponse(String id, String body, String municipality, String answeredBy, Instant answeredAt,
            int helpfulCount, boolean helpfulToYou, boolean accepted) {

        static AnswerResponse of(Answer answer, Question question, Caller caller) {
            return new AnswerResponse(answer.id(), answer.body(), answer.municipality(), answer.answeredBy(),
                    answer.answeredAt(), answer.helpfulCount(), answer.isHelpfulTo(caller.subject()),
                    question.acceptedAnswer().map(accepted -> accepted.id().equals(answer.id())).orElse(false));
        }
    }

    /** @param youMayAnswer whether the caller may answer it (an officer of an addressed city, or invited) */
    record QuestionResponse(String id, String municipality, String title, String body, String language,
            List<String> themes, String askedBy, Instant askedAt, Audience audience, List<String> addressedTo,
            String bridgeGroupId, List<String> invited, QuestionStatus status, String acceptedAnswerId,
            Instant acceptedAt, String practiceId, List<AnswerResponse> answers, boolean youMayAnswer) {

        static QuestionResponse of(Question question, Caller caller) {
            return new QuestionResponse(question.id(), question.municipality(), question.title(), question.body(),
                    question.language(), question.themes(), question.askedBy(), question.askedAt(),
                    question.audience(), question.addressedTo(), question.bridgeGroupId(), question.invited(),
                    question.status(), question.acceptedAnswer().map(Answer::id).orElse(null), question.acceptedAt(),
                    question.practiceId(),
                    question.answers().stream().map(answer -> AnswerResponse.of(answer, question, caller)).toList(),
                    question.mayBeAnsweredBy(caller) && caller.hasRole(org.citybridge.platform.tenancy.Role.OFFICER));
        }
    }

    record QuestionSummary(String id, String municipality, String title, String language, List<String> themes,
            Instant askedAt, Audience audience, List<String> addressedTo, QuestionStatus status, int answerCount) {

        static QuestionSummary of(Question question) {
            return new QuestionSummary(question.id(), question.municipality(), question.title(), question.language(),
                    question.themes(), question.askedAt(), question.audience(), question.addressedTo(),
                    question.status(), question.answers().size());
        }
    }

    /**
     * @param waiting     open questions addressed to the officer's city that it has not answered yet
     * @param invitingYou among them, those inviting the officer by name
     */
    record InboxResponse(long waiting, long invitingYou, PageResponse<QuestionSummary> questions) {

        static InboxResponse of(QuestionService.Inbox inbox) {
            PageResponse<QuestionSummary> page = PageResponse.of(inbox.waiting(), QuestionSummary::of);
            return new InboxResponse(page.total(), inbox.invitingYou(), page);
        }
    }

    record PracticeCreated(String practiceId, String questionId) {
    }
}
