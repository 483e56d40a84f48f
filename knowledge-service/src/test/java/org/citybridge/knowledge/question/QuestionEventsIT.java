package org.citybridge.knowledge.question;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.citybridge.knowledge.KnowledgeClient;
import org.citybridge.platform.event.EventEnvelope;
import org.citybridge.platform.test.StackTest;
import org.citybridge.platform.test.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/** A question's life emits one event per step, shaped like the documented examples, with ids but no texts of people. */
@StackTest
class QuestionEventsIT {

    @LocalServerPort
    int port;

    @Test
    void askingAnsweringAndAcceptingEmitOneEventEachShapedLikeTheExamples() {
        KnowledgeClient client = new KnowledgeClient(port);
        String group = KnowledgeClient.id(client.post("/api/bridge-groups", """
                {"name": "Events %s", "memberCities": ["almelo", "muenster"]}
                """.formatted(UUID.randomUUID()), TestTokens.admin()));
        String question = KnowledgeClient.id(client.post("/api/questions", """
                {"title": "Gastgezinnen", "body": "Hoe vinden jullie gastgezinnen?", "language": "nl",
                 "themes": ["inburgering"], "audience": "BRIDGE_GROUP", "bridgeGroupId": "%s",
                 "invite": ["officer@antwerpen"]}
                """.formatted(group), TestTokens.officer("almelo")));
        JsonNode answered = KnowledgeClient.created(client.post("/api/questions/" + question + "/answers",
                "{\"body\": \"Über die Kirchengemeinden.\"}", TestTokens.officer("muenster")));
        String answer = answered.get("answers").get(0).get("id").asString();
        KnowledgeClient.ok(client.post("/api/questions/" + question + "/answers/" + answer + "/accept", "",
                TestTokens.officer("almelo")));

        EventEnvelope asked = KnowledgeClient.onlyEvent(question, "question.asked.v1");
        assertThat(asked.municipality()).isEqualTo("almelo");
        assertThat(asked.payload().get("addressedTo").valueStream().map(JsonNode::asString).toList())
                .containsExactly("muenster");
        assertThat(asked.payload().get("visibility").asString()).isEqualTo("PRIVATE");
        assertThat(asked.payload().has("body")).as("the question's text stays in the service").isFalse();
        EventEnvelope answeredEvent = KnowledgeClient.onlyEvent(question, "question.answered.v1");
        assertThat(answeredEvent.payload().get("answerId").asString()).isEqualTo(answer);
        assertThat(answeredEvent.payload().get("askedBy").asString()).as("whom to tell").isEqualTo("officer@almelo");
        EventEnvelope accepted = KnowledgeClient.onlyEvent(question, "answer.accepted.v1");
        assertThat(accepted.payload().get("answeringMunicipality").asString()).isEqualTo("muenster");
    }
}
