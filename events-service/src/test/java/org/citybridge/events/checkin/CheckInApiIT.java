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
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.citybridge.events.EventsClient;
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
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/**
 * Check-in at the door from several devices, online and offline, as the door staff see it, for people
 * who registered for a congress that is under way.
 */
@StackTest
class CheckInApiIT {

    @LocalServerPort
    int port;

    EventsClient client;
    JsonNode plan;
    String congress;
    /** Sessions of the congress: the first two at the same time, the third after them. */
    String workshop;
    String otherWorkshop;
    String debate;
    String door;

    @BeforeEach
    void congressWithADoor() {
        client = new EventsClient(port);
        plan = client.congressToday("almelo", 50, "\"coOrganisers\": [\"muenster\"]");
        congress = plan.get("id").asString();
        workshop = EventsClient.sessionId(plan, 0);
        otherWorkshop = EventsClient.sessionId(plan, 1);
        debate = EventsClient.sessionId(plan, 2);
        door = client.checkInList(congress, "almelo", "Hoofdingang", null);
    }

    @Test
    void aSecondScanSaysWhenAndOnWhichDeviceTheFirstWas() {
        JsonNode ayse = client.person(congress, "Ayşe Yılmaz", "Stichting De Brug", "Münster", "de");
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
        JsonNode jan = client.person(congress, "Jan de Vries", null, "Almelo", "nl");
        String nonce = nonce();

        JsonNode first = client.scanned(congress, door, "almelo", code(jan), nonce, "ingang-1");
        JsonNode retried = client.scanned(congress, door, "almelo", code(jan).toLowerCase(), nonce, "ingang-1");

        assertThat(first.get("answer").asString()).as("by code").isEqualTo("CHECKED_IN");
        assertThat(retried).isEqualTo(first);
        assertThat(listCount(door).get("checkedIn").asLong()).isEqualTo(1);
    }

    @Test
    void concurrentScansFromSeveralDevicesCheckInOnceAndPublishOnce() throws Exception {
        JsonNode dave = client.person(congress, "Dave Mensah", "Ghanese Vereniging", "Almelo", "en");
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

        String key = door + "/" + id(dave);
        TopicProbe.awaitRecords(EventsClient.TOPIC, record -> key.equals(record.key()));
        List<ConsumerRecord<String, String>> events = TopicProbe.readAll(EventsClient.TOPIC).stream()
                .filter(record -> key.equals(record.key())).toList();
        assertThat(events).hasSize(1);
        EventExamples.assertSameShape("attendee.checked-in.v1", events.get(0).value());
        EventEnvelope event = EventJson.mapper().readValue(events.get(0).value(), EventEnvelope.class);
        assertThat(event.type()).isEqualTo("attendee.checked-in.v1");
        assertThat(event.municipality()).isEqualTo("almelo");
        assertThat(event.payload().get("registrationId").asString()).isEqualTo(id(dave));
        assertThat(event.payload().get("offline").asBoolean()).isFalse();
        assertThat(events.get(0).value()).as("no personal data").doesNotContain("Dave", "Mensah", "Ghanese");
    }

    @Test
    void eachRefusalHasItsAnswer() throws Exception {
        JsonNode plenary = client.person(congress, "Fatma Kaya", null, "Almelo", "nl", debate);
        JsonNode changing = client.person(congress, "Karin Bos", null, "Almelo", "nl", workshop);
        JsonNode cancelled = client.person(congress, "Tom Jansen", null, "Almelo", "nl");
        String cancelledSecret = client.secretOf(cancelled);
        assertThat(client.cancel(cancelled).statusCode()).isEqualTo(204);
        String oldSecret = client.secretOf(changing);
        assertThat(client.changeSessions(changing, "[\"%s\", \"%s\"]".formatted(workshop, debate)).statusCode())
                .isEqualTo(200);
        JsonNode elsewhere = client.person(client.congressToday("almelo", 5, null).get("id").asString(), "Ali Demir",
                null, "Almelo", "nl");
        String forged = TicketSecrets.sign(new TicketPayload("forgedforged", id(plenary), congress,
                List.of(), null, null), KeyPairGenerator.getInstance("Ed25519").generateKeyPair().getPrivate());
        String room = client.checkInList(congress, "almelo", "Zaal 1: workshop", workshop);

        assertThat(answer(room, code(plenary))).isEqualTo("NOT_ON_LIST");
        assertThat(answer(room, client.secretOf(changing))).isEqualTo("CHECKED_IN");
        assertThat(answer(door, oldSecret)).as("the ticket before the change of sessions").isEqualTo("REVOKED");
        assertThat(answer(door, code(cancelled))).isEqualTo("CANCELLED");
        assertThat(answer(door, cancelledSecret)).as("revoked when it was cancelled").isEqualTo("REVOKED");
        assertThat(answer(door, "RNOSUCHONE")).isEqualTo("UNKNOWN");
        assertThat(answer(door, forged)).isEqualTo("UNKNOWN");
        assertThat(answer(door, code(elsewhere))).as("another congress's attendee").isEqualTo("UNKNOWN");
        assertThat(answer(door, client.secretOf(elsewhere))).as("another congress's ticket").isEqualTo("UNKNOWN");
    }

    @Test
    void aTicketOutsideItsValidityWindowIsRefusedOnline() {
        String later = client.congress("almelo", 5, 5, null).get("id").asString();
        JsonNode early = client.person(later, "Eva Vroeg", null, "Almelo", "nl");
        String laterDoor = client.checkInList(later, "almelo", "Hoofdingang", null);

        JsonNode bySecret = client.scanned(later, laterDoor, "almelo", client.secretOf(early), nonce(), "ingang-1");
        JsonNode byCode = client.scanned(later, laterDoor, "almelo", code(early), nonce(), "ingang-1");

        assertThat(bySecret.get("answer").asString()).isEqualTo("NOT_VALID_NOW");
        assertThat(bySecret.get("message").asString()).contains("not valid at this time");
        assertThat(byCode.get("answer").asString()).as("a code lets in no earlier than the ticket").isEqualTo(
                "NOT_VALID_NOW");
        assertThat(counts(later).get("lists").get(0).get("checkedIn").asLong()).isZero();
    }

    @Test
    void aSessionListNamesASessionOfTheCongress() {
        HttpResponse<String> noSuchSession = client.createCheckInList(congress, "almelo", "Zaal 9", "no-such-session");
        JsonNode other = client.congressToday("almelo", 5, null);
        HttpResponse<String> anotherCongresss = client.createCheckInList(congress, "almelo", "Zaal 9",
                EventsClient.sessionId(other, 0));

        assertThat(noSuchSession.statusCode()).as(noSuchSession.body()).isEqualTo(400);
        assertThat(noSuchSession.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(anotherCongresss.statusCode()).as("another congress's session").isEqualTo(400);
        assertThat(client.createCheckInList(congress, "almelo", "Zaal 1", otherWorkshop).statusCode()).isEqualTo(201);
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
        JsonNode eva = client.person(congress, "Eva Schmidt", "Stadt Münster", "Münster", "de");
        JsonNode cancelled = client.person(congress, "Tom Jansen", null, "Almelo", "nl");
        assertThat(client.cancel(cancelled).statusCode()).isEqualTo(204);
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
                code(cancelled), nonce(), scannedAt.plusSeconds(60), "A".repeat(80), nonce(), scannedAt.plusSeconds(90));
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

        String key = door + "/" + id(eva);
        ConsumerRecord<String, String> event = TopicProbe.awaitRecords(EventsClient.TOPIC,
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
        JsonNode one = client.person(congress, "Anna", null, "Almelo", "nl", debate, workshop);
        JsonNode two = client.person(congress, "Bram", null, "Almelo", "nl", debate);
        client.person(congress, "Cem", null, "Almelo", "nl", debate);
        String room = client.checkInList(congress, "almelo", "Grote zaal: slotdebat", debate);
        client.scanned(congress, door, "almelo", code(one), nonce(), "ingang-1");
        client.scanned(congress, door, "almelo", code(two), nonce(), "ingang-1");
        client.scanned(congress, room, "almelo", code(one), nonce(), "zaal-1");

        JsonNode counts = counts(congress);

        assertThat(counts.get("registered").asLong()).isEqualTo(3);
        JsonNode doorCount = listCount(door);
        assertThat(doorCount.get("registered").asLong()).isEqualTo(3);
        assertThat(doorCount.get("checkedIn").asLong()).isEqualTo(2);
        JsonNode roomCount = listCount(room);
        assertThat(roomCount.get("registered").asLong()).isEqualTo(3);
        assertThat(roomCount.get("checkedIn").asLong()).isEqualTo(1);
        JsonNode workshopCount = counts.get("sessions").valueStream()
                .filter(s -> s.get("sessionId").asString().equals(workshop)).findFirst().orElseThrow();
        assertThat(workshopCount.get("registered").asLong()).isEqualTo(1);
        assertThat(workshopCount.get("checkedIn").asLong()).isZero();
    }

    @Test
    void aCoOrganisingCitysOrganisersRunCheckInOfTheJointCongress() throws Exception {
        JsonNode ayse = client.person(congress, "Ayşe Yılmaz", "Stichting De Brug", "Münster", "de", debate);
        String muensterRoom = client.checkInList(congress, "muenster", "Slotdebat", debate);

        JsonNode atTheDoor = client.scanned(congress, door, "muenster", client.secretOf(ayse), nonce(), "tablet-ms");
        JsonNode inTheRoom = client.scanned(congress, muensterRoom, "muenster", code(ayse), nonce(), "tablet-ms");

        assertThat(atTheDoor.get("answer").asString()).as("on Almelo's list").isEqualTo("CHECKED_IN");
        assertThat(inTheRoom.get("answer").asString()).isEqualTo("CHECKED_IN");
        HttpResponse<String> lists = client.api().get("/api/congresses/" + congress + "/check-in-lists",
                TestTokens.organiser("almelo"));
        assertThat(ApiClient.json(lists).get("total").asLong()).as("one set of lists for both cities").isEqualTo(2);
        HttpResponse<String> muensterCounts = client.api().get("/api/congresses/" + congress + "/check-in-counts",
                TestTokens.organiser("muenster"));
        assertThat(muensterCounts.statusCode()).isEqualTo(200);
        assertThat(ApiClient.json(muensterCounts).get("registered").asLong()).isEqualTo(1);
        assertThat(client.api().get("/api/congresses/" + congress + "/check-in-lists/" + muensterRoom
                + "/scans/forced", TestTokens.organiser("muenster")).statusCode()).isEqualTo(200);

        String key = door + "/" + id(ayse);
        ConsumerRecord<String, String> event = TopicProbe.awaitRecords(EventsClient.TOPIC,
                record -> key.equals(record.key())).get(0);
        assertThat(EventJson.mapper().readTree(event.value()).get("municipality").asString())
                .as("the congress's city, whoever scanned").isEqualTo("almelo");
    }

    @Test
    void anotherCitysOrganiserFindsNoListAndCannotScan() {
        JsonNode holder = client.person(congress, "Jan", null, "Almelo", "nl");
        String base = "/api/congresses/" + congress + "/check-in-lists";

        assertThat(client.api().get(base, TestTokens.organiser("antwerpen")).statusCode()).isEqualTo(404);
        assertThat(client.api().get(base + "/" + door, TestTokens.organiser("antwerpen")).statusCode()).isEqualTo(404);
        assertThat(client.scan(congress, door, "antwerpen", code(holder), nonce(), "x").statusCode()).isEqualTo(404);
        assertThat(client.api().post(base, "{\"name\": \"Stiekem\"}", TestTokens.organiser("antwerpen")).statusCode())
                .isEqualTo(404);
        assertThat(client.api().get("/api/congresses/" + congress + "/check-in-counts", TestTokens.organiser("antwerpen"))
                .statusCode()).isEqualTo(404);
        assertThat(listCount(door).get("checkedIn").asLong()).isZero();
    }

    private String answer(String list, String secretOrCode) {
        return client.scanned(congress, list, "almelo", secretOrCode, nonce(), "ingang-1").get("answer").asString();
    }

    private JsonNode counts(String congressId) {
        HttpResponse<String> response = client.api().get("/api/congresses/" + congressId + "/check-in-counts",
                TestTokens.organiser("almelo"));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return ApiClient.json(response);
    }

    private JsonNode listCount(String listId) {
        return counts(congress).get("lists").valueStream().filter(list -> list.get("listId").asString().equals(listId))
                .findFirst().orElseThrow();
    }

    private static String nonce() {
        return EventsClient.nonce();
    }

    private static String code(JsonNode registration) {
        return registration.get("code").asString();
    }

    private static String id(JsonNode registration) {
        return registration.get("id").asString();
    }
}
