package org.citybridge.actions.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citybridge.actions.indicator.IndicatorClient.homeParties;
import static org.citybridge.actions.indicator.IndicatorClient.measurement;
import static org.citybridge.actions.indicator.IndicatorClient.officer;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.citybridge.platform.event.EventEnvelope;
import org.citybridge.platform.event.EventJson;
import org.citybridge.platform.store.AggregateStores;
import org.citybridge.platform.test.EventExamples;
import org.citybridge.platform.test.StackTest;
import org.citybridge.platform.test.TopicProbe;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Each value and each missed period goes out once, shaped like its documented example. */
@StackTest
class IndicatorEventsIT {

    static final String TOPIC = "citybridge.actions";

    @LocalServerPort
    int port;

    @Autowired
    IndicatorService indicators;

    @Autowired
    AggregateStores stores;

    IndicatorClient client;

    @BeforeEach
    void client() {
        client = new IndicatorClient(port);
    }

    @Test
    void aMeasurementAndItsCorrectionAreAnnouncedShapedLikeTheExample() {
        String action = client.action("antwerpen", client.programme("antwerpen", "NETWORK"), "NETWORK");
        String indicator = client.indicator("antwerpen", action, homeParties("home-parties", null)).get("id").asString();
        String measurementId = client.measure("antwerpen", indicator, "2012-03-31", 176).get("measurement").get("id")
                .asString();
        assertThat(client.put("/api/indicators/" + indicator + "/measurements/" + measurementId,
                measurement("2012-03-31", 167), officer("antwerpen"), null).statusCode()).isEqualTo(200);

        List<EventEnvelope> measured = events(indicator, "indicator.measured.v1", 2);

        assertThat(measured.get(0).municipality()).isEqualTo("antwerpen");
        assertThat(measured.get(0).payload().get("corrected").asBoolean()).isFalse();
        assertThat(measured.get(0).payload().get("sharedCode").asString()).isEqualTo("home-parties");
        assertThat(measured.get(0).payload().get("actionId").asString()).isEqualTo(action);
        assertThat(measured.get(1).payload().get("corrected").asBoolean()).isTrue();
        assertThat(measured.get(1).payload().get("measurementId").asString()).isEqualTo(measurementId);
        assertThat(measured.get(1).payload().get("value").decimalValue()).isEqualByComparingTo("167");
        assertThat(measured.get(1).payload().get("progress").decimalValue()).isEqualByComparingTo("0.4639");
        assertThat(measured.get(1).payload().get("status").asString()).isEqualTo("ON_TRACK");
    }

    /** The check runs every hour; a quarter is announced once however often it looks. */
    @Test
    void anOverdueQuarterIsAnnouncedOnceHoweverManyChecksSeeIt() {
        String action = client.action("almelo", client.programme("almelo", "PRIVATE"), "PRIVATE");
        String indicator = client.indicator("almelo", action, homeParties(null, null)).get("id").asString();
        client.measure("almelo", indicator, "2012-03-31", 90);

        indicators.announceOverdue(LocalDate.parse("2012-06-30"));
        indicators.announceOverdue(LocalDate.parse("2012-07-01"));
        indicators.announceOverdue(LocalDate.parse("2012-07-01"));
        indicators.announceOverdue(LocalDate.parse("2012-08-01"));
        List<EventEnvelope> second = events(indicator, "indicator.overdue.v1", 1);
        indicators.announceOverdue(LocalDate.parse("2012-10-01"));
        indicators.announceOverdue(LocalDate.parse("2012-10-02"));
        List<EventEnvelope> third = events(indicator, "indicator.overdue.v1", 2);

        assertThat(second.get(0).payload().get("period").asString()).isEqualTo("2012-Q2");
        assertThat(second.get(0).payload().get("dueOn").asString()).isEqualTo("2012-06-30");
        assertThat(second.get(0).payload().get("lastMeasuredOn").asString()).isEqualTo("2012-03-31");
        assertThat(second.get(0).municipality()).isEqualTo("almelo");
        assertThat(third).extracting(event -> event.payload().get("period").asString())
                .containsExactly("2012-Q2", "2012-Q3");
    }

    /** Waits until the indicator's outbox is empty, then expects exactly {@code count} records of the type. */
    private List<EventEnvelope> events(String indicatorId, String type, int count) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> stores.tenantOwned(Indicator.class)
                .findForSystem(indicatorId).orElseThrow().pendingEvents().isEmpty());
        TopicProbe.awaitRecords(TOPIC, record -> indicatorId.equals(record.key()) && type.equals(type(record)));
        List<ConsumerRecord<String, String>> records = TopicProbe.readAll(TOPIC).stream()
                .filter(record -> indicatorId.equals(record.key()) && type.equals(type(record))).toList();
        assertThat(records).as("%s records of indicator %s", type, indicatorId).hasSize(count);
        records.forEach(record -> EventExamples.assertSameShape(type, record.value()));
        return records.stream().map(record -> EventJson.read(record.value()))
                .sorted((a, b) -> Long.compare(a.sequence(), b.sequence())).toList();
    }

    private static String type(ConsumerRecord<String, String> record) {
        return EventJson.read(record.value()).type();
    }
}
