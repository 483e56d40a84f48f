package org.citybridge.knowledge.messaging;

import java.time.Instant;
import java.util.List;

import org.citybridge.knowledge.question.Question;
import org.citybridge.platform.event.EventType;
import org.citybridge.platform.store.EventTranslation;
import org.springframework.stereotype.Component;

/**
 * The integration events of questions, on {@code citybridge.knowledge} keyed by question id
 * (docs/events.md). Ids only, no names or texts of people: the asker's client (or a mail adapter) is
 * told of an answer by {@code question.answered.v1} carrying {@code askedBy}. Each carries the audience,
 * the addressed cities and the visibility, so that a consumer keeps a question to those cities.
 */
@Component
public class QuestionEvents extends EventTranslation<Question> {

    public static final EventType ASKED = EventType.of("question.asked", 1);
    public static final EventType ANSWERED = EventType.of("question.answered", 1);
    public static final EventType ACCEPTED = EventType.of("answer.accepted", 1);

    /** Payload of {@code question.asked.v1}. */
    public record QuestionAsked(String questionId, String title, String language, List<String> themes,
            String askedBy, Instant askedAt, String audience, List<String> addressedTo, String bridgeGroupId,
            List<String> invited, String visibility) {
    }

    /** Payload of {@code question.answered.v1}. */
    public record QuestionAnswered(String questionId, String answerId, String answeringMunicipality,
            String answeredBy, Instant answeredAt, String askedBy, List<String> addressedTo, String visibility) {
    }

    /** Payload of {@code answer.accepted.v1}. */
    public record AnswerAccepted(String questionId, String answerId, String answeringMunicipality,
            String answeredBy, String acceptedBy, Instant acceptedAt, List<String> addressedTo, String visibility) {
    }

    QuestionEvents() {
        super(Question.class);
        translate(Question.Asked.class, ASKED, event -> {
            Question question = event.question();
            return new QuestionAsked(question.id(), question.title(), question.language(), question.themes(),
                    question.askedBy(), question.askedAt(), question.audience().name(), question.addressedTo(),
                    question.bridgeGroupId(), question.invited(), question.visibility().name());
        });
        translate(Question.Answered.class, ANSWERED, event -> new QuestionAnswered(event.question().id(),
                event.answer().id(), event.answer().municipality(), event.answer().answeredBy(),
                event.answer().answeredAt(), event.question().askedBy(), event.question().addressedTo(),
                event.question().visibility().name()));
        translate(Question.AnswerAccepted.class, ACCEPTED, event -> new AnswerAccepted(event.question().id(),
                event.answer().id(), event.answer().municipality(), event.answer().answeredBy(), event.acceptedBy(),
                event.acceptedAt(), event.question().addressedTo(), event.question().visibility().name()));
    }
}
