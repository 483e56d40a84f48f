package org.citybridge.platform.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.citybridge.platform.event.EventEnvelope;
import org.citybridge.platform.event.EventHeaders;
import org.citybridge.platform.event.EventJson;
import org.citybridge.platform.outbox.OutboxRelay;
import org.citybridge.platform.store.AggregateStores;
import org.citybridge.platform.store.TenantStore;
import org.citybridge.platform.test.ApiClient;
import org.citybridge.platform.test.StackTest;
import org.citybridge.platform.test.TestTokens;
import org.citybridge.platform.test.TopicProbe;
import org.citybridge.platform.web.RequestId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@StackTest
class OutboxRelayIT {

    @Autowired
    AggregateStores stores;

    @Autowired
    OutboxRelay relay;

    @Autowired
    WidgetListener listener;

    @LocalServerPort
    int port;

    TenantStore<Widget> widgets;

    @BeforeEach
    void store() {
        widgets = stores.tenantOwned(Widget.class);
    }

    @Test
    void publishesTheEnvelopeWithKeyAndHeadersAndEmptiesTheOutbox() {
        MDC.put(RequestId.MDC_KEY, "req-outbox-1");
        Widget widget;
        try {
            widget = widgets.save(Widget.create("almelo", "first"));
        } finally {
            MDC.remove(RequestId.MDC_KEY);
        }

        List<ConsumerRecord<String, String>> records = TopicProbe.awaitRecords(WidgetListener.TOPIC,
                record -> widget.id().equals(record.key()));

        assertThat(records).hasSize(1);
        ConsumerRecord<String, String> record = records.get(0);
        EventEnvelope envelope = EventJson.read(record.value());
        assertThat(envelope.type()).isEqualTo("widget.created.v1");
        assertThat(envelope.version()).isEqualTo(1);
        assertThat(envelope.municipality()).isEqualTo("almelo");
        assertThat(envelope.aggregateId()).isEqualTo(widget.id());
        assertThat(envelope.correlationId()).isEqualTo("req-outbox-1");
        assertThat(envelope.payloadAs(Widget.Created.class)).isEqualTo(new Widget.Created(widget.id(), "first"));
        assertThat(new String(record.headers().lastHeader(EventHeaders.REQUEST_ID).value(), StandardCharsets.UTF_8))
                .isEqualTo("req-outbox-1");
        assertThat(new String(record.headers().lastHeader(EventHeaders.EVENT_TYPE).value(), StandardCharsets.UTF_8))
                .isEqualTo("widget.created.v1");
        Awaitility.await().atMost(Duration.ofSeconds(10))
                .until(() -> widgets.findForSystem(widget.id()).orElseThrow().pendingEvents().isEmpty());
    }

    @Test
    void keepsTheOrderOfOneAggregatesEvents() {
        Widget widget = Widget.create("antwerpen", "v1");
        widget.rename("v2");
        widget.rename("v3");
        widgets.save(widget);

        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> TopicProbe.readAll(WidgetListener.TOPIC).stream()
                .filter(record -> widget.id().equals(record.key())).count() == 3);
        List<String> names = TopicProbe.readAll(WidgetListener.TOPIC).stream()
                .filter(record -> widget.id().equals(record.key()))
                .map(record -> EventJson.read(record.value()).payloadAs(Widget.Created.class).name())
                .toList();
        assertThat(names).containsExactly("v1", "v2", "v3");
    }

    /**
     * W3C trace context flows from the HTTP request through the outbox and the Kafka record to the
     * consumer, whose work joins the request's trace (and logs its id).
     */
    @Test
    void theRequestsTraceContinuesInTheRecordAndTheConsumer() {
        String traceId = UUID.randomUUID().toString().replace("-", "");
        ApiClient api = ApiClient.onPort(port);
        var created = api.send(api.request("/widgets", TestTokens.officer("almelo"))
                .header("Content-Type", "application/json").header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"name\":\"traced\"}")));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = ApiClient.json(created).get("id").asString();

        ConsumerRecord<String, String> record = TopicProbe.awaitRecords(WidgetListener.TOPIC,
                candidate -> id.equals(candidate.key())).get(0);
        assertThat(new String(record.headers().lastHeader(EventHeaders.TRACEPARENT).value(), StandardCharsets.US_ASCII))
                .startsWith("00-" + traceId + "-");
        String eventId = EventJson.read(record.value()).id();
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> listener.traceIdOf(eventId) != null);
        assertThat(listener.traceIdOf(eventId)).isEqualTo(traceId);
    }

    /**
     * The relay removes a published event without changing the version, so a copy loaded while the
     * event was pending is still current. Saving it must append only its own new event, not write the
     * published one back.
     */
    @Test
    void aCopyLoadedBeforeItsEventWentOutDoesNotPublishThatEventAgain() {
        Widget saved;
        Widget held;
        relay.stop();
        try {
            saved = widgets.save(Widget.create("almelo", "held-v1"));
            held = widgets.findForSystem(saved.id()).orElseThrow();
        } finally {
            relay.start();
        }
        assertThat(held.pendingEvents()).as("loaded before the relay ran").hasSize(1);
        Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> widgets.findForSystem(saved.id()).orElseThrow().pendingEvents().isEmpty());

        held.rename("held-v2");
        widgets.save(held);

        Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> widgets.findForSystem(saved.id()).orElseThrow().pendingEvents().isEmpty());
        List<String> types = TopicProbe.readAll(WidgetListener.TOPIC).stream()
                .filter(record -> saved.id().equals(record.key()))
                .map(record -> EventJson.read(record.value()).type())
                .toList();
        assertThat(types).containsExactly("widget.created.v1", "widget.renamed.v1");
    }
}
