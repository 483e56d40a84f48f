package org.citybridge.platform.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.bson.Document;
import org.citybridge.platform.event.EventJson;
import org.citybridge.platform.outbox.OutboxFields;
import org.citybridge.platform.outbox.OutboxProperties;
import org.citybridge.platform.outbox.OutboxRelay;
import org.citybridge.platform.outbox.ParkedEvent;
import org.citybridge.platform.store.AggregateStores;
import org.citybridge.platform.store.TenantStore;
import org.citybridge.platform.test.ApiClient;
import org.citybridge.platform.test.StackTest;
import org.citybridge.platform.test.TestTokens;
import org.citybridge.platform.test.TopicProbe;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.IndexInfo;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.kafka.core.KafkaTemplate;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import tools.jackson.databind.JsonNode;

/** The relay under faults: a record Kafka refuses, two instances on one database, documents from before the flag. */
@StackTest
class OutboxFaultsIT {

    @Autowired
    AggregateStores stores;

    @Autowired
    OutboxRelay relay;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    KafkaTemplate<String, String> kafka;

    @Autowired
    OutboxProperties properties;

    @LocalServerPort
    int port;

    TenantStore<Widget> widgets;

    @BeforeEach
    void store() {
        widgets = stores.tenantOwned(Widget.class);
    }

    /**
     * A 1.5 MB event is larger than the producer sends at all: it is parked with its reason, and the
     * events saved after it still go out. The admin sees it and can put it back.
     */
    @Test
    void aRecordKafkaRefusesForGoodIsParkedAndTheOthersKeepFlowing() {
        Widget huge = widgets.save(Widget.create("almelo", "x".repeat(1_500_000)));
        Widget next = widgets.save(Widget.create("almelo", "behind-the-huge-one"));

        TopicProbe.awaitRecords(WidgetListener.TOPIC, record -> next.id().equals(record.key()));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> parked(huge.id()) != null);
        ParkedEvent parked = parked(huge.id());
        assertThat(parked.reason()).contains("RecordTooLarge");
        assertThat(parked.type()).isEqualTo("widget.created.v1");
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> {
            Document stored = mongo.findById(huge.id(), Document.class, "widgets");
            return stored.getList(OutboxFields.EVENTS, Object.class).isEmpty() && !stored.containsKey(OutboxFields.PENDING);
        });

        ApiClient api = ApiClient.onPort(port);
        JsonNode outbox = ApiClient.json(api.get("/admin/outbox", TestTokens.admin()));
        assertThat(outbox.get("parked").asLong()).isPositive();
        assertThat(outbox.get("latestParked").valueStream().map(p -> p.get("eventId").asString()))
                .contains(parked.id());
        assertThat(api.get("/admin/outbox", TestTokens.officer("almelo")).statusCode()).isEqualTo(403);
        // Health shows the last count, refreshed in the background at most ten seconds later.
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> {
            String health = api.get("/actuator/health/outbox", TestTokens.admin()).body();
            return health.contains("\"parked\":") && !health.contains("\"parked\":0");
        });

        var retried = api.post("/admin/outbox/parked/" + parked.id() + "/retry", "", TestTokens.admin());
        assertThat(retried.statusCode()).as(retried.body()).isEqualTo(200);
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
            ParkedEvent again = parked(huge.id());
            return again != null && again.attempts() == 2;
        });
        assertThat(api.post("/admin/outbox/parked/no-such-event/retry", "", TestTokens.admin()).statusCode())
                .isEqualTo(404);
    }

    /**
     * Two relays on one database, started together on the same pending aggregates: each event goes
     * out once, because an instance claims an aggregate before publishing it.
     */
    @Test
    void twoRelaysOnOneDatabasePublishEachEventOnce() {
        OutboxRelay second = new OutboxRelay(mongo, kafka, properties, relay.collections(), new SimpleMeterRegistry());
        List<String> ids = new ArrayList<>();
        relay.stop();
        try {
            for (int i = 0; i < 30; i++) {
                Widget widget = Widget.create("almelo", "twice-" + i);
                widget.rename("twice-" + i + "-b");
                widget.rename("twice-" + i + "-c");
                ids.add(widgets.save(widget).id());
            }
            CompletableFuture<Integer> first = CompletableFuture.supplyAsync(relay::publishPending);
            CompletableFuture<Integer> other = CompletableFuture.supplyAsync(second::publishPending);
            int published = first.join() + other.join();

            assertThat(published).as("events published by both relays together").isGreaterThanOrEqualTo(90);
        } finally {
            relay.start();
        }
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> records(ids).size() >= 90);
        List<ConsumerRecord<String, String>> records = records(ids);
        Set<String> eventIds = new HashSet<>();
        records.forEach(record -> eventIds.add(EventJson.read(record.value()).id()));
        assertThat(records.size()).as("records of the 30 aggregates").isEqualTo(90);
        assertThat(eventIds).hasSize(90);
    }

    /** Documents written before the relay flagged pending events are found at start, and an index serves the flag. */
    @Test
    void outboxesFromBeforeTheFlagAreFoundAndTheFlagIsIndexed() {
        relay.stop();
        Widget widget;
        try {
            widget = widgets.save(Widget.create("almelo", "from-before"));
            mongo.updateFirst(Query.query(Criteria.where("_id").is(widget.id())),
                    new org.springframework.data.mongodb.core.query.Update().unset(OutboxFields.PENDING), "widgets");
            relay.prepare();
        } finally {
            relay.start();
        }

        TopicProbe.awaitRecords(WidgetListener.TOPIC, record -> widget.id().equals(record.key()));
        assertThat(mongo.indexOps("widgets").getIndexInfo()).extracting(IndexInfo::getName).contains("outbox_pending");
    }

    private ParkedEvent parked(String aggregateId) {
        return mongo.findOne(Query.query(Criteria.where("aggregateId").is(aggregateId)), ParkedEvent.class);
    }

    private static List<ConsumerRecord<String, String>> records(List<String> keys) {
        return TopicProbe.readAll(WidgetListener.TOPIC).stream().filter(record -> keys.contains(record.key())).toList();
    }
}
