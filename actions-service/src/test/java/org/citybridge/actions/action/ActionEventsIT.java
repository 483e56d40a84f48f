package org.citybridge.actions.action;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.citybridge.actions.ActionsClient;
import org.citybridge.platform.event.EventEnvelope;
import org.citybridge.platform.event.EventJson;
import org.citybridge.platform.test.EventExamples;
import org.citybridge.platform.test.StackTest;
import org.citybridge.platform.test.TestTokens;
import org.citybridge.platform.test.TopicProbe;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Each change of a programme or an action goes out once, shaped like its documented example. */
@StackTest
class ActionEventsIT {

    static final String ALMELO = TestTokens.officer("almelo");

    @LocalServerPort
    int port;

    @Test
    void aProgrammeAndTheLifeOfAnActionEmitOneEventEachShapedLikeTheExamples() {
        ActionsClient client = new ActionsClient(port);
        String programme = client.programme("almelo", "NETWORK");
        String action = client.action("almelo", programme, """
                {"title": "Handboek", "goal": 4, "owner": {"name": "Projectteam KleurRijk"},
                 "targetGroups": ["gemeenten"], "period": {"start": "2011-07-01", "end": "2011-12-31"},
                 "visibility": "NETWORK"}
                """);
        String milestone = ActionsClient.id(client.api().post("/api/actions/" + action + "/milestones",
                "{\"title\": \"Handboek gedrukt\", \"due\": \"2099-12-31\"}", ALMELO));
        client.put("/api/actions/" + action + "/milestones/" + milestone,
                "{\"state\": \"COMPLETED\", \"completedOn\": \"2011-12-15\"}", ALMELO, null);

        Topic topic = Topic.after(action, "action.completed.v1");
        EventEnvelope created = topic.only(programme, "programme.created.v1");
        assertThat(created.payload().get("goals")).hasSize(4);
        assertThat(topic.only(action, "action.created.v1").payload().get("title").asString()).isEqualTo("Handboek");
        EventEnvelope reached = topic.only(action, "milestone.reached.v1");
        assertThat(reached.payload().get("completedOn").asString()).isEqualTo("2011-12-15");
        EventEnvelope completed = topic.only(action, "action.completed.v1");
        assertThat(completed.payload().get("programmeId").asString()).isEqualTo(programme);
        List<EventEnvelope> changes = topic.all(action, "action.status-changed.v1");
        assertThat(changes).extracting(change -> change.payload().get("to").asString())
                .as("planned far ahead it is not started; its only milestone done, completed")
                .containsExactly("COMPLETED");
        assertThat(topic.all(action, "action.updated.v1")).as("planning and completing the milestone: two saves")
                .hasSize(2);
    }

    @Test
    void aPrivateActionsEventsSayItIsPrivateSoConsumersKeepItToItsCity() {
        ActionsClient client = new ActionsClient(port);
        String programme = client.programme("almelo", "PRIVATE");
        String action = client.action("almelo", programme, "{\"title\": \"Intern\", \"visibility\": \"PRIVATE\"}");

        assertThat(Topic.after(action, "action.created.v1").only(action, "action.created.v1").payload().get("visibility").asString()).isEqualTo("PRIVATE");
    }

    /** What the topic holds, read once: a read of the whole topic takes a consumer and a second or two. */
    private static final class Topic {

        private final List<ConsumerRecord<String, String>> records;

        /** Waits for the record expected last, then reads everything. */
        static Topic after(String key, String lastType) {
            TopicProbe.awaitRecords(ActionsClient.TOPIC, record -> matches(record, key, lastType));
            return new Topic(TopicProbe.readAll(ActionsClient.TOPIC));
        }

        private Topic(List<ConsumerRecord<String, String>> records) {
            this.records = records;
        }

        EventEnvelope only(String key, String type) {
            List<ConsumerRecord<String, String>> found = records(key, type);
            assertThat(found).as("%s of %s", type, key).hasSize(1);
            EventExamples.assertSameShape(type, found.get(0).value());
            return EventJson.read(found.get(0).value());
        }

        List<EventEnvelope> all(String key, String type) {
            List<ConsumerRecord<String, String>> found = records(key, type);
            found.forEach(record -> EventExamples.assertSameShape(type, record.value()));
            return found.stream().map(record -> EventJson.read(record.value())).toList();
        }

        private List<ConsumerRecord<String, String>> records(String key, String type) {
            return records.stream().filter(record -> matches(record, key, type)).toList();
        }
    }

    private static boolean matches(ConsumerRecord<String, String> record, String key, String type) {
        return key.equals(record.key()) && type.equals(EventJson.read(record.value()).type());
    }
}
