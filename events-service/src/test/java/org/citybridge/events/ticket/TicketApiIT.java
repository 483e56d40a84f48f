package org.citybridge.events.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.security.KeyFactory;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Set;

import org.bson.Document;
import org.citybridge.events.EventsClient;
import org.citybridge.events.ticket.TicketVerifier.Outcome;
import org.citybridge.platform.test.ApiClient;
import org.citybridge.platform.test.StackTest;
import org.citybridge.platform.test.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

import tools.jackson.databind.JsonNode;

/**
 * A ticket from its holder's request to a door device that checks it offline with only what it
 * downloaded: the congress's public key and revocation list. Registrations are made, changed and
 * cancelled through their own routes, as the person does.
 */
@StackTest
class TicketApiIT {

    /** During the congress that {@link EventsClient#congress} plans (it runs eight hours from its start). */
    static final Instant DURING = EventsClient.START.plusSeconds(3600);

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    EventsClient client;
    JsonNode congressPlan;
    String congress;

    @BeforeEach
    void congress() {
        client = new EventsClient(port);
        congressPlan = client.congress("almelo", 20, 20, null);
        congress = congressPlan.get("id").asString();
    }

    @Test
    void aTicketIsVerifiedWithOnlyTheDownloadedPublicKey() {
        String workshop = EventsClient.sessionId(congressPlan, 0);
        JsonNode ayse = client.person(congress, "Ayşe Yılmaz", "Stichting De Brug", "Münster", "de", workshop);

        String secret = client.secretOf(ayse);
        TicketVerifier device = new TicketVerifier(List.of(TicketVerifier.publicKey(client.publicKeyOf(congress,
                "almelo"))), Set.of());

        TicketVerifier.Verification verification = device.verify(secret, DURING);
        assertThat(verification.outcome()).isEqualTo(Outcome.VALID);
        assertThat(verification.payload().registrationId()).isEqualTo(ayse.get("id").asString());
        assertThat(verification.payload().congressId()).isEqualTo(congress);
        assertThat(verification.payload().sessionIds()).containsExactly(workshop);
        Instant ends = EventsClient.START.plus(Duration.ofHours(8));
        assertThat(verification.payload().validFrom()).as("doors open two hours before the start")
                .isEqualTo(EventsClient.START.minus(Duration.ofHours(2)));
        assertThat(verification.payload().validUntil()).isEqualTo(ends.plus(Duration.ofHours(2)));
        assertThat(device.verify(secret, EventsClient.START.minus(Duration.ofHours(3))).outcome())
                .isEqualTo(Outcome.NOT_YET_VALID);
        assertThat(device.verify(secret, ends.plus(Duration.ofHours(3))).outcome()).isEqualTo(Outcome.EXPIRED);
        assertThat(client.secretOf(ayse)).as("asked again, the same ticket").isEqualTo(secret);
    }

    @Test
    void thePrivateKeyIsStoredEncrypted() {
        String publicKey = client.publicKeyOf(congress, "almelo");

        Document stored = mongo.getCollection("ticket_keys").find(new Document("_id", congress)).first();

        assertThat(stored.getString("publicKey")).isEqualTo(publicKey);
        byte[] encrypted = Base64.getDecoder().decode(stored.getString("encryptedPrivateKey"));
        assertThatThrownBy(() -> KeyFactory.getInstance("Ed25519").generatePrivate(new PKCS8EncodedKeySpec(encrypted)))
                .as("what is stored is no private key").isInstanceOf(InvalidKeySpecException.class);
        assertThat(stored.keySet()).doesNotContain("privateKey");
    }

    @Test
    void theQrCodeImageCarriesTheSecret() {
        JsonNode jan = client.person(congress, "Jan de Vries", null, "Almelo", "nl");
        String secret = client.secretOf(jan);

        HttpResponse<byte[]> png = client.bytesAsHolder("/api/registrations/" + jan.get("code").asString()
                + "/ticket.png", jan);

        assertThat(png.statusCode()).isEqualTo(200);
        assertThat(png.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(png.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
        assertThat(QrDecoding.decode(png.body())).isEqualTo(secret);
    }

    @Test
    void withoutItsTokenATicketIsNotFoundAndAWaitingOrCancelledPersonHasNone() {
        String small = client.congress("almelo", 1, 1, null).get("id").asString();
        JsonNode jan = client.person(small, "Jan de Vries", null, "Almelo", "nl");
        JsonNode waiting = client.person(small, "Wim Wachter", null, "Almelo", "nl");
        assertThat(waiting.get("status").asString()).isEqualTo("WAITLISTED");
        String path = "/api/registrations/" + jan.get("code").asString() + "/ticket";

        assertThat(client.api().get(path, null).statusCode()).isEqualTo(404);
        HttpResponse<String> wrong = client.api().send(client.api().request(path, null)
                .header(EventsClient.TOKEN, waiting.get("managementToken").asString()).GET());
        assertThat(wrong.statusCode()).as("another registration's token").isEqualTo(404);
        assertThat(wrong.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(client.api().get(path, TestTokens.organiser("almelo")).statusCode())
                .as("an organiser's token is not the registration's").isEqualTo(404);
        assertThat(client.asHolder("/api/registrations/" + waiting.get("code").asString() + "/ticket", waiting)
                .statusCode()).as("waiting: no ticket yet").isEqualTo(409);

        assertThat(client.cancel(jan).statusCode()).isEqualTo(204);
        HttpResponse<String> cancelled = client.asHolder(path, jan);
        assertThat(cancelled.statusCode()).as(cancelled.body()).isEqualTo(409);
    }

    @Test
    void cancellingPutsTheTicketOnTheRevocationListDevicesDownload() {
        JsonNode marie = client.person(congress, "Marie Dubois", "Atlas", "Antwerpen", "nl");
        String secret = client.secretOf(marie);
        String ticketId = TicketSecrets.parse(secret).payload().ticketId();
        Instant before = Instant.now().minusSeconds(1);

        assertThat(client.cancel(marie).statusCode()).isEqualTo(204);
        assertThat(client.cancel(marie).statusCode()).as("cancelled twice").isEqualTo(204);

        JsonNode list = revocationsSince(before);
        assertThat(list.get("items")).as("listed once").hasSize(1);
        assertThat(list.get("items").get(0).get("ticketId").asString()).isEqualTo(ticketId);
        assertThat(list.get("items").get(0).get("registrationId").asString()).isEqualTo(marie.get("id").asString());
        assertThat(list.get("items").get(0).get("reason").asString()).isEqualTo("CANCELLED");
        assertThat(revocationsSince(Instant.now().plusSeconds(60)).get("items")).isEmpty();

        TicketVerifier device = new TicketVerifier(List.of(TicketVerifier.publicKey(client.publicKeyOf(congress,
                "almelo"))), client.revokedTickets(congress, "almelo"));
        assertThat(device.verify(secret, DURING).outcome()).isEqualTo(Outcome.REVOKED);
    }

    @Test
    void changedSessionsRevokeTheOldSecretAtOnceAndTheNextTicketNamesTheNewOnes() {
        String workshop = EventsClient.sessionId(congressPlan, 0);
        String debate = EventsClient.sessionId(congressPlan, 2);
        JsonNode peter = client.person(congress, "Peter Müller", "Stadt Münster", "Münster", "de", workshop);
        String old = client.secretOf(peter);
        String oldId = TicketSecrets.parse(old).payload().ticketId();

        assertThat(client.changeSessions(peter, "[\"%s\", \"%s\"]".formatted(workshop, debate)).statusCode())
                .isEqualTo(200);

        assertThat(client.revokedTickets(congress, "almelo")).as("revoked before anyone asks for the new ticket")
                .containsExactly(oldId);
        String renewed = client.secretOf(peter);
        assertThat(renewed).isNotEqualTo(old);
        TicketVerifier device = new TicketVerifier(List.of(TicketVerifier.publicKey(client.publicKeyOf(congress,
                "almelo"))), client.revokedTickets(congress, "almelo"));
        assertThat(device.verify(old, DURING).outcome()).isEqualTo(Outcome.REVOKED);
        assertThat(device.verify(renewed, DURING).outcome()).isEqualTo(Outcome.VALID);
        assertThat(device.verify(renewed, DURING).payload().sessionIds()).containsExactlyInAnyOrder(workshop, debate);
        assertThat(revocationsSince(null).get("items").get(0).get("reason").asString()).isEqualTo("CHANGED");

        assertThat(client.changeSessions(peter, "[\"%s\", \"%s\"]".formatted(debate, workshop)).statusCode())
                .isEqualTo(200);
        assertThat(client.revokedTickets(congress, "almelo")).as("the same sessions in another order: no change")
                .hasSize(1);
    }

    @Test
    void aPlaceInASessionFromItsWaitListRevokesTheTicketWithoutIt() {
        JsonNode plan = client.congress("almelo", 10, 1, null);
        String full = plan.get("id").asString();
        String debate = EventsClient.sessionId(plan, 2);
        JsonNode first = client.person(full, "Eerste Persoon", null, "Almelo", "nl", debate);
        JsonNode second = client.person(full, "Tweede Persoon", null, "Almelo", "nl", debate);
        assertThat(second.get("status").asString()).isEqualTo("CONFIRMED");
        String withoutDebate = client.secretOf(second);
        assertThat(TicketSecrets.parse(withoutDebate).payload().sessionIds()).as("waits for the debate").isEmpty();

        assertThat(client.changeSessions(first, "[]").statusCode()).as("the first leaves the debate").isEqualTo(200);

        assertThat(client.revokedTickets(full, "almelo"))
                .containsExactly(TicketSecrets.parse(withoutDebate).payload().ticketId());
        assertThat(TicketSecrets.parse(client.secretOf(second)).payload().sessionIds()).containsExactly(debate);
    }

    @Test
    void coOrganisersFetchKeysAndRevocationsAnotherCityDoesNot() {
        String joint = client.congress("almelo", 5, 5, "\"coOrganisers\": [\"muenster\"]").get("id").asString();

        assertThat(client.publicKeyOf(joint, "muenster")).isEqualTo(client.publicKeyOf(joint, "almelo"));
        JsonNode jan = client.person(joint, "Jan de Vries", null, "Almelo", "nl");
        client.secretOf(jan);
        client.cancel(jan);
        assertThat(client.revokedTickets(joint, "muenster")).hasSize(1);
        assertThat(client.api().get("/api/congresses/" + joint + "/revocations", TestTokens.organiser("antwerpen"))
                .statusCode()).isEqualTo(404);
    }

    @Test
    void anotherCitysOrganiserGetsNeitherKeysNorRevocations() {
        for (String path : List.of("/api/congresses/" + congress + "/ticket-keys",
                "/api/congresses/" + congress + "/revocations")) {
            assertThat(client.api().get(path, TestTokens.organiser("antwerpen")).statusCode()).as(path).isEqualTo(404);
            assertThat(client.api().get(path, TestTokens.organiser("muenster")).statusCode()).as(path).isEqualTo(404);
            assertThat(client.api().get(path, TestTokens.officer("almelo")).statusCode()).as(path).isEqualTo(403);
            assertThat(client.api().get(path, null).statusCode()).as(path).isEqualTo(401);
        }
        assertThat(client.api().get("/api/congresses/" + congress + "/revocations?since=yesterday",
                TestTokens.organiser("almelo")).statusCode()).isEqualTo(400);
    }

    private JsonNode revocationsSince(Instant since) {
        HttpResponse<String> response = client.api().get("/api/congresses/" + congress + "/revocations"
                + (since == null ? "" : "?since=" + since), TestTokens.organiser("almelo"));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return ApiClient.json(response);
    }
}
