package org.citybridge.events.checkin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.security.KeyPairGenerator;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.citybridge.events.InMemoryTicketHolders;
import org.citybridge.events.TicketingClient;
import org.citybridge.events.ticket.TicketHolder;
import org.citybridge.events.ticket.TicketPayload;
import org.citybridge.events.ticket.TicketSecrets;
import org.citybridge.platform.event.EventEnvelope;
import org.citybridge.platform.event.EventJson;
import org.citybridge.platform.test.ApiClient;
import org.citybridge.platform.test.EventExamples;
import org.citybridge.platform.test.StackTest;
import org.citybridge.platform.test.TestTokens;
import org.citybridge.platform.test.TopicProbe;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/** Check-in at the door from several devices, online and offline, as the door staff see it. */
@StackTest
class CheckInApiIT {

    @LocalServerPort
    int port;

    @Autowired
    InMemoryTicketHolders holders;

    TicketingClient client;
    String congress;
    String door;

    @BeforeEach
    void congressWithADoor() {
        client = new TicketingClient(port, holders);
        congress = holders.congress("almelo");
        door = client.checkInList(congress, "almelo", "Hoofdingang", null);
    }

    @Test
    void aSecondScanSaysWhenAndOnWhichDeviceTheFirstWas() {
        TicketHolder ayse = holders.confirmed(congress, "Ayşe Yılmaz", "Stichting De Brug", "Münster", List.of());
        String secret = client.secretOf(ayse);

        JsonNode first = client.scanned(congress, door, "almelo", secret, nonce(), "ingang-1");
        JsonNode second = client.scanned(congress, door, "almelo", secret, nonce(), "ingang-2");

        assertThat(first.get("answer").asString()).isEqualTo("CHECKED_IN");
        assertThat(first.get("attendeeName").asString()).isEqualTo("Ayşe Yılmaz");
        assertThat(second.get("answer").asString()).isEqualTo("ALREADY_CHECKED_IN");
        assertThat(second.get("firstDeviceId").asString()).isEqualTo("ingang-1");
        Instant firstAt = Instant.parse(first.get("scannedAt").asString());
        assertThat(Instant.parse(second.get("firstCheckedInAt").asString())).isEqualTo(firstAt);
        String clock = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneId.of("Europe/Amsterdam")).format(firstAt);
        assertThat(second.get("message").asString()).isEqualTo("Already checked in at " + clock + " on device ingang-1");
    }

    @Test
    void aRetriedScanWithTheSameNonceIsTheSameCheckInWithTheSameAnswer() {
        TicketHolder jan = holders.confirmed(congress, "Jan de Vries", null, "Almelo", List.of());
        String nonce = nonce();

        JsonNode first = client.scanned(congress, door, "almelo", jan.code(), nonce, "ingang-1");
        JsonNode retried = client.scanned(congress, door, "almelo", jan.code(), nonce, "ingang-1");

        assertThat(first.get("answer").asString()).as("by code").isEqualTo("CHECKED_IN");
        assertThat(retried).isEqualTo(first);
        assertThat(listCount(door).get("checkedIn").asLong()).isEqualTo(1);
    }

    @Test
    void concurrentScansFromSeveralDevicesCheckInOnceAndPublishOnce() throws Exception {
        TicketHolder dave = holders.confirmed(congress, "Dave Mensah", "Ghanese Vereniging", "Almelo", List.of());
        String secret = client.secretOf(dave);
        int scans = 12;
        ExecutorService devices = Executors.newFixedThreadPool(scans);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<JsonNode>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < scans; i++) {
                String device = "ingang-" + (i % 4 + 1);
                Callable<JsonNode> scan = () -> {
                    go.await();
                    return client.scanned(congress, door, "almelo", secret, nonce(), device);
                };
                answers.add(devices.submit(scan));
            }
            go.countDown();
            List<JsonNode> results = new ArrayList<>();
            for (Future<JsonNode> answer : answers) {
                results.add(answer.get());
            }
            List<JsonNode> admitted = results.stream().filter(r -> r.get("answer").asString().equals("CHECKED_IN"))
                    .toList();
            assertThat(admitted).hasSize(1);
            assertThat(results.stream().filter(r -> r.get("answer").asString().equals("ALREADY_CHECKED_IN")))
                    .hasSize(scans - 1)
                    .allSatisfy(r -> assertThat(r.get("firstCheckedInAt").asString())
                            .isEqualTo(admitted.get(0).get("scannedAt").asString()));
        } finally {
            devices.shutdownNow();
        }
        assertThat(listCount(door).get("checkedIn").asLong()).isEqualTo(1);

        String key = door + "/" + dave.registrationId();
        TopicProbe.awaitRecords(TicketingClient.TOPIC, record -> key.equals(record.key()));
        List<ConsumerRecord<String, String>> events = TopicProbe.readAll(TicketingClient.TOPIC).stream()
                .filter(record -> key.equals(record.key())).toList();
        assertThat(events).hasSize(1);
        EventExamples.assertSameShape("attendee.checked-in.v1", events.get(0).value());
        EventEnvelope event = EventJson.mapper().readValue(events.get(0).value(), EventEnvelope.class);
        assertThat(event.type()).isEqualTo("attendee.checked-in.v1");
        assertThat(event.municipality()).isEqualTo("almelo");
        assertThat(event.payload().get("registrationId").asString()).isEqualTo(dave.registrationId());
        assertThat(event.payload().get("offline").asBoolean()).isFalse();
        assertThat(events.get(0).value()).as("no personal data").doesNotContain("Dave", "Mensah", "Ghanese");
    }

    @Test
    void eachRefusalHasItsAnswer() throws Exception {
        TicketHolder plenary = holders.confirmed(congress, "Fatma Kaya", null, "Almelo", List.of("plenair"));
        TicketHolder workshop = holders.confirmed(congress, "Karin Bos", null, "Almelo", List.of("workshop"));
        TicketHolder cancelled = holders.confirmed(congress, "Tom Jansen", null, "Almelo", List.of());
        String cancelledSecret = client.secretOf(cancelled);
        holders.cancel(cancelled);
        String oldSecret = client.secretOf(workshop);
        holders.update(new TicketHolder(workshop.registrationId(), workshop.code(), congress, "almelo", workshop.name(),
                null, "Almelo", "nl", true, List.of("workshop", "plenair"), workshop.validFrom(), workshop.validUntil()));
        client.secretOf(workshop);
        String otherCongress = holders.congress("almelo");
        TicketHolder elsewhere = holders.confirmed(otherCongress, "Ali Demir", null, "Almelo", List.of());
        String forged = TicketSecrets.sign(new TicketPayload("forgedforged", plenary.registrationId(), congress,
                List.of(), null, null), KeyPairGenerator.getInstance("Ed25519").generateKeyPair().getPrivate());
        String room = client.checkInList(congress, "almelo", "Zaal 2: workshop", "workshop");

        assertThat(answer(room, plenary.code())).isEqualTo("NOT_ON_LIST");
        assertThat(answer(room, client.secretOf(workshop))).isEqualTo("CHECKED_IN");
        assertThat(answer(door, oldSecret)).isEqualTo("REVOKED");
        assertThat(answer(door, cancelled.code())).isEqualTo("CANCELLED");
        assertThat(answer(door, cancelledSecret)).isEqualTo("CANCELLED");
        assertThat(answer(door, "RNOSUCHONE")).isEqualTo("UNKNOWN");
        assertThat(answer(door, forged)).isEqualTo("UNKNOWN");
        assertThat(answer(door, elsewhere.code())).as("another congress's attendee").isEqualTo("UNKNOWN");
        assertThat(answer(door, client.secretOf(elsewhere))).as("another congress's ticket").isEqualTo("UNKNOWN");
    }

    @Test
    void aMalformedSecretIsAProblemNotAFailure() {
        for (String garbage : List.of("Zm9vYmFyYmF6cXV4Zm9vYmFyYmF6cXV4Zm9vYmFyYmF6cXV4", "%%%%" + "x".repeat(60))) {
            HttpResponse<String> response = client.scan(congress, door, "almelo", garbage, nonce(), "ingang-1");
            assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        }
        HttpResponse<String> noNonce = client.api().post("/api/congresses/" + congress + "/check-in-lists/" + door
                + "/scans", "{\"secretOrCode\": \"R1\", \"deviceId\": \"ingang-1\"}", TestTokens.organiser("almelo"));
        assertThat(noNonce.statusCode()).isEqualTo(400);
    }

    @Test
    void offlineScansAreStoredWithTheirTimeAndFlaggedWhenTheServerWouldHaveRefused() {
        TicketHolder eva = holders.confirmed(congress, "Eva Schmidt", "Stadt Münster", "Münster", List.of());
        TicketHolder cancelled = holders.confirmed(congress, "Tom Jansen", null, "Almelo", List.of());
        holders.cancel(cancelled);
        String secret = client.secretOf(eva);
        Instant scannedAt = Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        String batch = """
                {"scans": [
                  {"secretOrCode": "%s", "nonce": "%s", "deviceId": "tablet-3", "scannedAt": "%s"},
                  {"secretOrCode": "%s", "nonce": "%s", "deviceId": "tablet-4", "scannedAt": "%s"},
                  {"secretOrCode": "%s", "nonce": "%s", "deviceId": "tablet-3", "scannedAt": "%s"},
                  {"secretOrCode": "%s", "nonce": "%s", "deviceId": "tablet-3", "scannedAt": "%s"}
                ]}
                """.formatted(secret, nonce(), scannedAt, secret, nonce(), scannedAt.plusSeconds(30),
                cancelled.code(), nonce(), scannedAt.plusSeconds(60), "A".repeat(80), nonce(), scannedAt.plusSeconds(90));
        String path = "/api/congresses/" + congress + "/check-in-lists/" + door + "/scans/offline";

        HttpResponse<String> uploaded = client.api().post(path, batch, TestTokens.organiser("almelo"));
        HttpResponse<String> again = client.api().post(path, batch, TestTokens.organiser("almelo"));

        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(200);
        JsonNode results = ApiClient.json(uploaded).get("results");
        assertThat(results.get(0).get("answer").asString()).isEqualTo("CHECKED_IN");
        assertThat(results.get(0).get("forced").asBoolean()).isFalse();
        assertThat(results.get(0).get("scannedAt").asString()).isEqualTo(scannedAt.toString());
        assertThat(results.get(1).get("forced").asBoolean()).isTrue();
        assertThat(results.get(1).get("wouldHaveRefused").asString()).isEqualTo("ALREADY_CHECKED_IN");
        assertThat(results.get(1).get("firstDeviceId").asString()).isEqualTo("tablet-3");
        assertThat(results.get(1).get("message").asString()).startsWith(
                "Let in offline, but the server would have refused: Already checked in at ");
        assertThat(results.get(2).get("wouldHaveRefused").asString()).isEqualTo("CANCELLED");
        assertThat(results.get(3).get("wouldHaveRefused").asString()).as("no ticket at all").isEqualTo("UNKNOWN");
        assertThat(ApiClient.json(uploaded).get("forced").asInt()).isEqualTo(3);
        assertThat(ApiClient.json(again).get("results")).as("uploaded twice: the same answers").isEqualTo(results);
        assertThat(listCount(door).get("checkedIn").asLong()).isEqualTo(1);

        JsonNode forced = ApiClient.json(client.api().get(path.replace("/offline", "/forced"),
                TestTokens.organiser("almelo")));
        assertThat(forced.get("total").asLong()).isEqualTo(3);

        String key = door + "/" + eva.registrationId();
        ConsumerRecord<String, String> event = TopicProbe.awaitRecords(TicketingClient.TOPIC,
                record -> key.equals(record.key())).get(0);
        JsonNode payload = EventJson.mapper().readTree(event.value()).get("payload");
        assertThat(payload.get("offline").asBoolean()).isTrue();
        assertThat(payload.get("checkedInAt").asString()).isEqualTo(scannedAt.toString());
        assertThat(payload.get("deviceId").asString()).isEqualTo("tablet-3");
    }

    @Test
    void anOfflineScanNeedsItsTimeAndATimeThatCanBeTrue() {
        String path = "/api/congresses/" + congress + "/check-in-lists/" + door + "/scans/offline";
        String scan = "{\"scans\": [{\"secretOrCode\": \"R1\", \"nonce\": \"%s\", \"deviceId\": \"t\"%s}]}";

        assertThat(client.api().post(path, scan.formatted(nonce(), ""), TestTokens.organiser("almelo")).statusCode())
                .isEqualTo(400);
        assertThat(client.api().post(path, scan.formatted(nonce(), ", \"scannedAt\": \"2031-01-01T00:00:00Z\""),
                TestTokens.organiser("almelo")).statusCode()).isEqualTo(400);
        assertThat(client.api().post(path, "{\"scans\": []}", TestTokens.organiser("almelo")).statusCode())
                .isEqualTo(400);
    }

    @Test
    void liveCountsPerListAndPerSession() {
        TicketHolder one = holders.confirmed(congress, "Anna", null, "Almelo", List.of("plenair", "workshop"));
        TicketHolder two = holders.confirmed(congress, "Bram", null, "Almelo", List.of("plenair"));
        holders.confirmed(congress, "Cem", null, "Almelo", List.of("plenair"));
        String room = client.checkInList(congress, "almelo", "Zaal 1: plenair", "plenair");
        client.scanned(congress, door, "almelo", one.code(), nonce(), "ingang-1");
        client.scanned(congress, door, "almelo", two.code(), nonce(), "ingang-1");
        client.scanned(congress, room, "almelo", one.code(), nonce(), "zaal-1");

        JsonNode counts = counts();

        assertThat(counts.get("registered").asLong()).isEqualTo(3);
        JsonNode doorCount = listCount(door);
        assertThat(doorCount.get("registered").asLong()).isEqualTo(3);
        assertThat(doorCount.get("checkedIn").asLong()).isEqualTo(2);
        JsonNode roomCount = listCount(room);
        assertThat(roomCount.get("registered").asLong()).isEqualTo(3);
        assertThat(roomCount.get("checkedIn").asLong()).isEqualTo(1);
        JsonNode workshop = counts.get("sessions").valueStream()
                .filter(s -> s.get("sessionId").asString().equals("workshop")).findFirst().orElseThrow();
        assertThat(workshop.get("registered").asLong()).isEqualTo(1);
        assertThat(workshop.get("checkedIn").asLong()).isZero();
    }

    @Test
    void anotherCitysOrganiserFindsNoListAndCannotScan() {
        TicketHolder holder = holders.confirmed(congress, "Jan", null, "Almelo", List.of());
        String base = "/api/congresses/" + congress + "/check-in-lists";

        assertThat(client.api().get(base, TestTokens.organiser("antwerpen")).statusCode()).isEqualTo(404);
        assertThat(client.api().get(base + "/" + door, TestTokens.organiser("antwerpen")).statusCode()).isEqualTo(404);
        assertThat(client.scan(congress, door, "antwerpen", holder.code(), nonce(), "x").statusCode()).isEqualTo(404);
        assertThat(client.api().post(base, "{\"name\": \"Stiekem\"}", TestTokens.organiser("antwerpen")).statusCode())
                .isEqualTo(404);
        assertThat(client.api().get("/api/congresses/" + congress + "/check-in-counts", TestTokens.organiser("antwerpen"))
                .statusCode()).isEqualTo(404);
        assertThat(listCount(door).get("checkedIn").asLong()).isZero();
    }

    private String answer(String list, String secretOrCode) {
        return client.scanned(congress, list, "almelo", secretOrCode, nonce(), "ingang-1").get("answer").asString();
    }

    private JsonNode counts() {
        HttpResponse<String> response = client.api().get("/api/congresses/" + congress + "/check-in-counts",
                TestTokens.organiser("almelo"));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return ApiClient.json(response);
    }

    private JsonNode listCount(String listId) {
        return counts().get("lists").valueStream().filter(list -> list.get("listId").asString().equals(listId))
                .findFirst().orElseThrow();
    }

    private static String nonce() {
        return UUID.randomUUID().toString();
    }
}
