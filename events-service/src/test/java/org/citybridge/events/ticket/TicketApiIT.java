package org.citybridge.events.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.security.KeyFactory;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Set;

import org.bson.Document;
import org.citybridge.events.InMemoryTicketHolders;
import org.citybridge.events.TicketingClient;
import org.citybridge.events.ticket.TicketVerifier.Outcome;
import org.citybridge.platform.test.ApiClient;
import org.citybridge.platform.test.StackTest;
import org.citybridge.platform.test.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

import tools.jackson.databind.JsonNode;

/**
 * A ticket from its holder's request to a door device that checks it offline with only what it
 * downloaded: the congress's public key and revocation list.
 */
@StackTest
class TicketApiIT {

    static final Instant DURING = InMemoryTicketHolders.OPENS.plusSeconds(3600);

    @LocalServerPort
    int port;

    @Autowired
    InMemoryTicketHolders holders;

    @Autowired
    TicketRevocations revocations;

    @Autowired
    MongoTemplate mongo;

    TicketingClient client;
    String congress;

    @BeforeEach
    void congress() {
        client = new TicketingClient(port, holders);
        congress = holders.congress("almelo");
    }

    @Test
    void aTicketIsVerifiedWithOnlyTheDownloadedPublicKey() {
        TicketHolder ayse = holders.confirmed(congress, "Ayşe Yılmaz", "Stichting De Brug", "Münster",
                List.of("workshop-bruggroepen"));

        String secret = client.secretOf(ayse);
        TicketVerifier device = new TicketVerifier(List.of(TicketVerifier.publicKey(client.publicKeyOf(congress,
                "almelo"))), Set.of());

        TicketVerifier.Verification verification = device.verify(secret, DURING);
        assertThat(verification.outcome()).isEqualTo(Outcome.VALID);
        assertThat(verification.payload().registrationId()).isEqualTo(ayse.registrationId());
        assertThat(verification.payload().congressId()).isEqualTo(congress);
        assertThat(verification.payload().sessionIds()).containsExactly("workshop-bruggroepen");
        assertThat(verification.payload().validUntil()).isEqualTo(InMemoryTicketHolders.CLOSES);
        assertThat(device.verify(secret, InMemoryTicketHolders.CLOSES.plusSeconds(60)).outcome())
                .isEqualTo(Outcome.EXPIRED);
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
        TicketHolder holder = holders.confirmed(congress, "Jan de Vries", null, "Almelo", List.of());
        String secret = client.secretOf(holder);

        HttpResponse<byte[]> png = client.bytesAsHolder("/api/registrations/" + holder.code() + "/ticket.png", holder);

        assertThat(png.statusCode()).isEqualTo(200);
        assertThat(png.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(png.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
        assertThat(QrDecoding.decode(png.body())).isEqualTo(secret);
    }

    @Test
    void withoutItsTokenATicketIsNotFoundAndAWaitingPersonHasNone() {
        TicketHolder holder = holders.confirmed(congress, "Jan de Vries", null, "Almelo", List.of());
        String path = "/api/registrations/" + holder.code() + "/ticket";

        assertThat(client.api().get(path, null).statusCode()).isEqualTo(404);
        HttpResponse<String> wrong = client.api().send(client.api().request(path, null)
                .header(TicketingClient.TOKEN, "token-of-someone-else").GET());
        assertThat(wrong.statusCode()).isEqualTo(404);
        assertThat(wrong.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(client.api().get(path, TestTokens.organiser("almelo")).statusCode())
                .as("an organiser's token is not the registration's").isEqualTo(404);

        holders.cancel(holder);
        HttpResponse<String> cancelled = client.asHolder(path, holder);
        assertThat(cancelled.statusCode()).as(cancelled.body()).isEqualTo(409);
    }

    @Test
    void aCancelledRegistrationsTicketGoesOnTheRevocationListDevicesDownload() {
        TicketHolder holder = holders.confirmed(congress, "Marie Dubois", "Atlas", "Antwerpen", List.of());
        String secret = client.secretOf(holder);
        String ticketId = TicketSecrets.parse(secret).payload().ticketId();
        Instant before = Instant.now().minusSeconds(1);

        assertThat(revocations.revoke(holder.registrationId(), TicketRevocations.CANCELLED)).hasValue(ticketId);
        assertThat(revocations.revoke(holder.registrationId(), TicketRevocations.CANCELLED))
                .as("revoked twice, listed once").isEmpty();

        JsonNode list = revocationsSince(before);
        assertThat(list.get("items")).hasSize(1);
        assertThat(list.get("items").get(0).get("ticketId").asString()).isEqualTo(ticketId);
        assertThat(list.get("items").get(0).get("reason").asString()).isEqualTo("CANCELLED");
        assertThat(revocationsSince(Instant.now().plusSeconds(60)).get("items")).isEmpty();

        TicketVerifier device = new TicketVerifier(List.of(TicketVerifier.publicKey(client.publicKeyOf(congress,
                "almelo"))), List.of(list.get("items").get(0).get("ticketId").asString()));
        assertThat(device.verify(secret, DURING).outcome()).isEqualTo(Outcome.REVOKED);
    }

    @Test
    void changedSessionsGiveANewSecretAndRevokeTheOldOne() {
        TicketHolder holder = holders.confirmed(congress, "Peter Müller", "Stadt Münster", "Münster",
                List.of("plenair"));
        String old = client.secretOf(holder);
        holders.update(new TicketHolder(holder.registrationId(), holder.code(), congress, "almelo", holder.name(),
                holder.organisation(), holder.city(), "de", true, List.of("plenair", "bruggroep-2"),
                holder.validFrom(), holder.validUntil()));

        String renewed = client.secretOf(holder);

        assertThat(renewed).isNotEqualTo(old);
        List<String> revoked = revocationsSince(null).get("items").valueStream()
                .map(item -> item.get("ticketId").asString()).toList();
        TicketVerifier device = new TicketVerifier(List.of(TicketVerifier.publicKey(client.publicKeyOf(congress,
                "almelo"))), revoked);
        assertThat(device.verify(old, DURING).outcome()).isEqualTo(Outcome.REVOKED);
        assertThat(device.verify(renewed, DURING).outcome()).isEqualTo(Outcome.VALID);
        assertThat(device.verify(renewed, DURING).payload().sessionIds()).containsExactly("plenair", "bruggroep-2");
    }

    @Test
    void anotherCitysOrganiserGetsNeitherKeysNorRevocations() {
        for (String path : List.of("/api/congresses/" + congress + "/ticket-keys",
                "/api/congresses/" + congress + "/revocations")) {
            assertThat(client.api().get(path, TestTokens.organiser("antwerpen")).statusCode()).as(path).isEqualTo(404);
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
