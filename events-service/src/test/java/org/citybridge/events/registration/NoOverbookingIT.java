package org.citybridge.events.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.citybridge.events.EventsApplication;
import org.citybridge.events.EventsClient;
import org.citybridge.platform.event.EventEnvelope;
import org.citybridge.platform.event.EventJson;
import org.citybridge.platform.test.ApiClient;
import org.citybridge.platform.test.StackTest;
import org.citybridge.platform.test.TestTokens;
import org.citybridge.platform.test.TopicProbe;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;

import tools.jackson.databind.JsonNode;

/**
 * No overbooking, ever: TWO instances of events-service (two Spring application contexts, each with its
 * own web server, on the same MongoDB and Kafka) take 500 concurrent registrations for 100 places, then
 * concurrent cancellations. Only MongoDB's atomic conditional updates keep count: nothing in memory is
 * shared between the two.
 */
@StackTest
class NoOverbookingIT {

    private static final int SEATS = 100;
    private static final int PEOPLE = 500;
    private static final int CANCELLATIONS = 60;

    @LocalServerPort
    int port;

    static ConfigurableApplicationContext secondInstance;

    @BeforeAll
    static void startSecondInstance() {
        // Arguments, not default properties: those rank below application.yml's fixed port.
        secondInstance = new SpringApplicationBuilder(EventsApplication.class)
                .run("--server.port=0", "--citybridge.kafka.instance-id=events-second");
    }

    @AfterAll
    static void stopSecondInstance() {
        secondInstance.close();
    }

    @Test
    void fiveHundredPeopleRacingForOneHundredPlacesOnTwoInstancesGetExactlyOneHundred() throws Exception {
        int secondPort = Integer.parseInt(secondInstance.getEnvironment().getProperty("local.server.port"));
        List<EventsClient> instances = List.of(new EventsClient(port), new EventsClient(secondPort));
        String congress = instances.get(0).congress("almelo", SEATS, SEATS, null).get("id").asString();

        List<Callable<JsonNode>> registrations = new ArrayList<>();
        for (int i = 0; i < PEOPLE; i++) {
            EventsClient instance = instances.get(i % 2);
            registrations.add(() -> instance.registered(congress, EventsClient.email(), null));
        }
        List<JsonNode> answers = runConcurrently(registrations);

        Map<String, List<JsonNode>> byStatus = answers.stream()
                .collect(Collectors.groupingBy(answer -> answer.get("status").asString()));
        assertThat(byStatus.get("CONFIRMED")).hasSize(SEATS);
        assertThat(byStatus.get("WAITLISTED")).hasSize(PEOPLE - SEATS);
        assertThat(byStatus.get("WAITLISTED").stream().map(answer -> answer.get("position").asLong()).sorted())
                .as("positions 1..400, no gaps, no duplicates")
                .containsExactlyElementsOf(LongStream.rangeClosed(1, PEOPLE - SEATS).boxed().toList());
        assertThat(answers.stream().map(answer -> answer.get("code").asString()).distinct()).hasSize(PEOPLE);
        JsonNode counts = counts(instances.get(1), congress);
        assertThat(counts.get("confirmed").asInt()).isEqualTo(SEATS);
        assertThat(counts.get("waitlisted").asInt()).isEqualTo(PEOPLE - SEATS);

        // Concurrent cancellations on both instances: each frees one place, each waiting person is promoted once.
        List<JsonNode> confirmed = byStatus.get("CONFIRMED");
        List<Callable<JsonNode>> cancellations = new ArrayList<>();
        for (int i = 0; i < CANCELLATIONS; i++) {
            EventsClient instance = instances.get(i % 2);
            JsonNode registration = confirmed.get(i);
            cancellations.add(() -> {
                HttpResponse<String> cancelled = instance.cancel(registration);
                assertThat(cancelled.statusCode()).as(cancelled.body()).isEqualTo(204);
                return registration;
            });
        }
        runConcurrently(cancellations);

        // Every cancellation promoted exactly one person, the first ones in line, once each.
        counts = counts(instances.get(0), congress);
        assertThat(counts.get("confirmed").asInt()).as("every freed place taken again, never more").isEqualTo(SEATS);
        assertThat(counts.get("waitlisted").asInt()).isEqualTo(PEOPLE - SEATS - CANCELLATIONS);
        List<String> promoted = promotedRegistrations(congress, CANCELLATIONS);
        assertThat(promoted).as("one attendee.promoted.v1 per promotion, nobody promoted twice")
                .hasSize(CANCELLATIONS).doesNotHaveDuplicates();
        for (JsonNode waiting : byStatus.get("WAITLISTED")) {
            String now = instances.get(0).current(waiting).get("status").asString();
            assertThat(now).as("the first %s in line, in order; position %s", CANCELLATIONS,
                    waiting.get("position").asLong())
                    .isEqualTo(waiting.get("position").asLong() <= CANCELLATIONS ? "CONFIRMED" : "WAITLISTED");
        }
        assertThat(ApiClient.json(instances.get(1).api().get("/api/congresses/public/" + congress, null))
                .get("freePlaces").asInt()).isZero();
    }

    private static JsonNode counts(EventsClient client, String congress) {
        HttpResponse<String> response = client.api().get("/api/congresses/" + congress + "/attendees/counts",
                TestTokens.organiser("almelo"));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return ApiClient.json(response);
    }

    private static List<String> promotedRegistrations(String congress, int expected) {
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60)).until(() -> TopicProbe.readAll(EventsClient.TOPIC).stream()
                .filter(record -> promotionOf(record, congress) != null).count() >= expected);
        return TopicProbe.readAll(EventsClient.TOPIC).stream().map(record -> promotionOf(record, congress))
                .filter(id -> id != null).toList();
    }

    private static String promotionOf(ConsumerRecord<String, String> record, String congress) {
        EventEnvelope event = EventJson.read(record.value());
        return "attendee.promoted.v1".equals(event.type())
                && congress.equals(event.payload().get("congressId").asString())
                ? event.payload().get("registrationId").asString() : null;
    }

    private static <T> List<T> runConcurrently(List<Callable<T>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(32);
        try {
            List<T> results = Collections.synchronizedList(new ArrayList<>());
            for (Future<T> future : pool.invokeAll(tasks)) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
