package org.citybridge.knowledge.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.util.Set;
import java.util.UUID;

import org.citybridge.knowledge.practice.Practice;
import org.citybridge.knowledge.practice.PracticeService;
import org.citybridge.knowledge.practice.PracticeTexts;
import org.citybridge.platform.domain.NotFoundException;
import org.citybridge.platform.tenancy.Caller;
import org.citybridge.platform.tenancy.Role;
import org.citybridge.platform.event.EventJson;
import org.citybridge.platform.inbox.EventInbox;
import org.citybridge.platform.store.AggregateStores;
import org.citybridge.platform.test.ApiClient;
import org.citybridge.platform.test.EventExamples;
import org.citybridge.platform.test.StackTest;
import org.citybridge.platform.test.TestTokens;
import org.citybridge.platform.test.TopicProbe;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** actions-service's documented examples fed to the listener: the results read model and drafts from completions. */
@StackTest
class ActionsTopicListenerIT {

    @LocalServerPort
    int port;

    @Autowired
    AggregateStores stores;

    @Autowired
    EventInbox inbox;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    PracticeService practices;

    @Test
    void aCompletedActionBecomesOneDraftPracticeForItsCityHoweverOftenItIsDelivered() {
        String actionId = "action-" + UUID.randomUUID();
        String programmeId = "programme-" + UUID.randomUUID();
        prepare(actionId, programmeId, "NETWORK");

        String completion = example("action.completed.v1", actionId, actionId, programmeId, "NETWORK");
        TopicProbe.send(ActionsTopicListener.TOPIC, actionId, completion);
        TopicProbe.send(ActionsTopicListener.TOPIC, actionId, completion);
        // The same completion again under a new event id, as a replay beyond the inbox would bring it.
        String replay = example("action.completed.v1", actionId, actionId, programmeId, "NETWORK");
        TopicProbe.send(ActionsTopicListener.TOPIC, actionId, replay);
        await().until(() -> inbox.hasProcessed(ActionsTopicListener.CONSUMER, eventId(replay)));

        assertThat(mongo.count(Query.query(Criteria.where("sourceActionId").is(actionId)), Practice.class)).isEqualTo(1);
        HttpResponse<String> draft = api().get("/api/practices/from-action-" + actionId,
                TestTokens.officer("antwerpen"));
        assertThat(draft.statusCode()).as(draft.body()).isEqualTo(200);
        JsonNode practice = ApiClient.json(draft);
        assertThat(practice.get("status").asString()).isEqualTo("DRAFT");
        assertThat(practice.get("visibility").asString()).isEqualTo("NETWORK");
        assertThat(practice.get("title").asString()).isEqualTo("100 jongeren maken het");
        assertThat(practice.get("summary").asString()).startsWith("Gericht op jongeren van 2de en 3de graad");
        assertThat(practice.get("purpose").asString()).contains("Programma: Diversiteitsbeleid 2011-2012")
                .contains("Doel: We doen talenten van Antwerpse minderheden groeien.");
        assertThat(practice.get("targetGroups").toString()).isEqualTo("[\"jongeren van 2de en 3de graad\"]");
        assertThat(practice.get("linesOfWork").toString()).isEqualTo("[1]");
        assertThat(practice.get("results").asString())
                .isEqualTo("Huiskamergesprekken door sociale adviseurs: 167 gesprekken (2012-03-31)");
        JsonNode indicator = practice.get("linkedActions").get(0).get("indicators").get(0);
        assertThat(indicator.get("value").asInt()).isEqualTo(167);
        assertThat(practice.get("sourceActionId").asString()).isEqualTo(actionId);
        assertThat(api().get("/api/practices/from-action-" + actionId, TestTokens.officer("almelo")).statusCode())
                .as("a draft is its city's own").isEqualTo(404);

        PracticeTexts texts = practices.textsFor(officer("antwerpen"), "from-action-" + actionId);
        assertThat(texts.title()).isEqualTo("100 jongeren maken het");
        assertThat(texts.results()).contains("Huiskamergesprekken door sociale adviseurs: 167 gesprekken");
        assertThatThrownBy(() -> practices.textsFor(officer("almelo"), "from-action-" + actionId))
                .isInstanceOf(NotFoundException.class);
    }

    private static Caller officer(String city) {
        return new Caller("officer-" + city, city, Set.of(Role.OFFICER));
    }

    @Test
    void aPrivateActionsDraftStaysPrivate() {
        String actionId = "action-" + UUID.randomUUID();
        String programmeId = "programme-" + UUID.randomUUID();
        prepare(actionId, programmeId, "PRIVATE");

        String completion = example("action.completed.v1", actionId, actionId, programmeId, "PRIVATE");
        TopicProbe.send(ActionsTopicListener.TOPIC, actionId, completion);
        await().until(() -> inbox.hasProcessed(ActionsTopicListener.CONSUMER, eventId(completion)));

        JsonNode practice = ApiClient.json(api().get("/api/practices/from-action-" + actionId,
                TestTokens.officer("antwerpen")));
        assertThat(practice.get("visibility").asString()).isEqualTo("PRIVATE");
        assertThat(api().post("/api/practices/from-action-" + actionId + "/publish", "",
                TestTokens.officer("antwerpen")).statusCode()).isEqualTo(200);
        assertThat(api().get("/api/practices/from-action-" + actionId, TestTokens.officer("almelo")).statusCode())
                .as("published, but private").isEqualTo(404);
    }

    @Test
    void aLaterMeasurementIsShownAndABackDatedOneIsNot() {
        String actionId = "action-" + UUID.randomUUID();
        String programmeId = "programme-" + UUID.randomUUID();
        prepare(actionId, programmeId, "NETWORK");
        String indicatorId = "indicator-" + actionId;
        send(indicatorId, measured(actionId, indicatorId, "2012-06-30", 360, 2));
        String backDated = measured(actionId, indicatorId, "2011-12-31", 90, 3);
        send(indicatorId, backDated);
        await().until(() -> inbox.hasProcessed(ActionsTopicListener.CONSUMER, eventId(backDated)));

        ActionResults results = stores.readModel(ActionResults.class).findForSystem(actionId).orElseThrow();
        assertThat(results.indicators()).singleElement().satisfies(indicator -> {
            assertThat(indicator.value().intValue()).isEqualTo(360);
            assertThat(indicator.date()).hasToString("2012-06-30");
        });
    }

    /** The action, its programme and one measured indicator, waited for before anything completes. */
    private void prepare(String actionId, String programmeId, String visibility) {
        String programme = example("programme.created.v1", programmeId, null, programmeId, visibility);
        send(programmeId, programme);
        send(actionId, example("action.created.v1", actionId, actionId, programmeId, visibility));
        String indicatorId = "indicator-" + actionId;
        String measurement = measured(actionId, indicatorId, "2012-03-31", 167, 1);
        send(indicatorId, measurement);
        await().until(() -> inbox.hasProcessed(ActionsTopicListener.CONSUMER, eventId(measurement))
                && inbox.hasProcessed(ActionsTopicListener.CONSUMER, eventId(programme))
                && stores.readModel(ActionResults.class).findForSystem(actionId)
                        .map(results -> results.title() != null).orElse(false));
    }

    private static String measured(String actionId, String indicatorId, String date, int value, long sequence) {
        ObjectNode event = (ObjectNode) EventJson.mapper().readTree(EventExamples.read("indicator.measured.v1"));
        event.put("id", UUID.randomUUID().toString());
        event.put("aggregateId", indicatorId);
        event.put("sequence", sequence);
        ObjectNode payload = (ObjectNode) event.get("payload");
        payload.put("indicatorId", indicatorId);
        payload.put("actionId", actionId);
        payload.put("date", date);
        payload.put("value", value);
        return EventJson.mapper().writeValueAsString(event);
    }

    /** The documented example of {@code type}, about this test's own action and programme. */
    private static String example(String type, String aggregateId, String actionId, String programmeId,
            String visibility) {
        ObjectNode event = (ObjectNode) EventJson.mapper().readTree(EventExamples.read(type));
        event.put("id", UUID.randomUUID().toString());
        event.put("aggregateId", aggregateId);
        ObjectNode payload = (ObjectNode) event.get("payload");
        if (payload.has("actionId")) {
            payload.put("actionId", actionId);
        }
        if (type.startsWith("programme.")) {
            payload.put("id", programmeId);
        } else {
            if (payload.has("id")) {
                payload.put("id", actionId);
            }
            payload.put("programmeId", programmeId);
        }
        payload.put("visibility", visibility);
        return EventJson.mapper().writeValueAsString(event);
    }

    private static void send(String key, String event) {
        TopicProbe.send(ActionsTopicListener.TOPIC, key, event);
    }

    private static String eventId(String event) {
        return EventJson.mapper().readTree(event).get("id").asString();
    }

    private ApiClient api() {
        return ApiClient.onPort(port);
    }
}
