package org.citybridge.organisations.pact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citybridge.organisations.pact.PactClient.ALMELO;
import static org.citybridge.organisations.pact.PactClient.ALMELO_ORGANISER;
import static org.citybridge.organisations.pact.PactClient.ANTWERPEN;
import static org.citybridge.organisations.pact.PactClient.errorFields;
import static org.citybridge.organisations.pact.PactClient.json;
import static org.citybridge.organisations.pact.PactClient.signJson;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.bson.Document;
import org.citybridge.organisations.organisation.Organisation;
import org.citybridge.platform.store.AggregateStores;
import org.citybridge.platform.store.TenantStore;
import org.citybridge.platform.test.StackTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

import tools.jackson.databind.JsonNode;

/** Signing a published pact, withdrawing, and the rule of one active signature per organisation. */
@StackTest
class PactSignaturesIT {

    @LocalServerPort
    int port;

    @Autowired
    AggregateStores stores;

    TenantStore<Pact> pacts() {
        return stores.tenantOwned(Pact.class);
    }

    @Autowired
    MongoTemplate mongo;

    PactClient client;

    @BeforeEach
    void client() {
        client = new PactClient(port);
    }

    @Test
    void anOrganisationOfTheCitySignsWithItsResponsiblePersonAndCommitments() {
        String pact = client.published();
        String organisation = client.organisation(ALMELO, "ATIB Almelo " + UUID.randomUUID());

        HttpResponse<String> signed = client.post("/api/pacts/" + pact + "/signatures", signJson(organisation,
                "M. Yıldız", "2011-03-15", true,
                "[{\"lineOfWork\": 1, \"text\": \"Werf allochtone vrijwilligers en kaderleden\"}]"), ALMELO);

        assertThat(signed.statusCode()).as(signed.body()).isEqualTo(201);
        JsonNode signature = json(signed);
        String id = signature.get("id").asString();
        assertThat(signed.headers().firstValue("Location")).hasValue("/api/pacts/" + pact + "/signatures/" + id);
        assertThat(signature.get("status").asString()).isEqualTo("ACTIVE");
        assertThat(signature.get("responsibleName").asString()).isEqualTo("M. Yıldız");
        assertThat(signature.get("date").asString()).isEqualTo("2011-03-15");
        assertThat(signature.get("commitments").get(0).get("lineOfWork").asInt()).isEqualTo(1);
        assertThat(json(client.get("/api/pacts/" + pact + "/signatures/" + id, ALMELO)).get("organisationId")
                .asString()).isEqualTo(organisation);
        assertThat(json(client.get("/api/pacts/" + pact, ALMELO)).get("activeSignatures").asInt()).isEqualTo(1);
    }

    @Test
    void signingWithConsentListsTheOrganisationPublicly() {
        String pact = client.published();
        String organisation = client.organisation(ALMELO, "Listed " + UUID.randomUUID());
        assertThat(organisationDocument(organisation).get("publiclyListed")).isNotEqualTo(true);

        client.signed(pact, organisation, "A. Jansen");

        assertThat(organisationDocument(organisation).getBoolean("publiclyListed")).isTrue();
    }

    @Test
    void aSecondActiveSignatureOfTheSameOrganisationIs409() {
        String pact = client.published();
        String organisation = client.organisation(ALMELO, "Twice " + UUID.randomUUID());
        client.signed(pact, organisation, "A. Jansen");

        HttpResponse<String> second = client.sign(pact, organisation, "B. Jansen");

        assertThat(second.statusCode()).isEqualTo(409);
        assertThat(second.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(json(second).get("detail").asString()).contains("already signed");
    }

    @Test
    void ofTwoConcurrentSigningsOfTheSameOrganisationExactlyOneSucceeds() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 5; round++) {
                String pact = client.published();
                String organisation = client.organisation(ALMELO, "Race " + UUID.randomUUID());
                CountDownLatch start = new CountDownLatch(1);
                List<CompletableFuture<Integer>> answers = List.of("A. Eerste", "B. Tweede").stream()
                        .map(name -> CompletableFuture.supplyAsync(() -> {
                            await(start);
                            return client.sign(pact, organisation, name).statusCode();
                        }, threads)).toList();
                start.countDown();

                List<Integer> statuses = answers.stream().map(CompletableFuture::join).sorted().toList();

                assertThat(statuses).as("round %d", round).containsExactly(201, 409);
                assertThat(pacts().findForSystem(pact).orElseThrow().signatures()).hasSize(1);
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void concurrentSigningsOfDifferentOrganisationsBothSucceed() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 3; round++) {
                String pact = client.published();
                List<String> organisations = List.of(client.organisation(ALMELO, "Eén " + UUID.randomUUID()),
                        client.organisation(ALMELO, "Twee " + UUID.randomUUID()));
                CountDownLatch start = new CountDownLatch(1);
                List<CompletableFuture<Integer>> answers = organisations.stream()
                        .map(organisation -> CompletableFuture.supplyAsync(() -> {
                            await(start);
                            return client.sign(pact, organisation, "C. de Boer").statusCode();
                        }, threads)).toList();
                start.countDown();

                assertThat(answers.stream().map(CompletableFuture::join).toList()).containsExactly(201, 201);
                assertThat(pacts().findForSystem(pact).orElseThrow().activeSignatures()).hasSize(2);
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void afterWithdrawingAnOrganisationMaySignAgain() {
        String pact = client.published();
        String organisation = client.organisation(ALMELO, "Again " + UUID.randomUUID());
        String first = client.signed(pact, organisation, "A. Jansen");

        HttpResponse<String> withdrawn = client.withdraw(pact, first, "2012-06-30", ALMELO);
        assertThat(withdrawn.statusCode()).as(withdrawn.body()).isEqualTo(200);
        assertThat(json(withdrawn).get("status").asString()).isEqualTo("WITHDRAWN");
        assertThat(json(withdrawn).get("withdrawnOn").asString()).isEqualTo("2012-06-30");
        assertThat(client.withdraw(pact, first, "2012-07-01", ALMELO).statusCode()).isEqualTo(409);

        String second = client.signed(pact, organisation, "B. Jansen");

        assertThat(second).isNotEqualTo(first);
        Pact stored = pacts().findForSystem(pact).orElseThrow();
        assertThat(stored.signatures()).extracting(Signature::status)
                .containsExactly(SignatureStatus.WITHDRAWN, SignatureStatus.ACTIVE);
        assertThat(stored.activeSignatureOf(organisation)).hasValueSatisfying(
                active -> assertThat(active.responsibleName()).isEqualTo("B. Jansen"));
    }

    @Test
    void aDraftCannotBeSigned() {
        String draft = client.draft();
        String organisation = client.organisation(ALMELO, "Early " + UUID.randomUUID());

        HttpResponse<String> answer = client.sign(draft, organisation, "A. Jansen");

        assertThat(answer.statusCode()).isEqualTo(409);
        assertThat(json(answer).get("detail").asString()).contains("draft");
    }

    @Test
    void invalidSigningsGet400WithTheFieldsToFix() {
        String pact = client.published();
        String organisation = client.organisation(ALMELO, "Invalid " + UUID.randomUUID());
        String path = "/api/pacts/" + pact + "/signatures";

        assertThat(errorFields(client.post(path, "{}", ALMELO)))
                .contains("organisationId", "responsibleName", "responsibleRole", "date", "consent");
        HttpResponse<String> noConsent = client.post(path, signJson(organisation, "A", "2011-03-15", false, "[]"),
                ALMELO);
        assertThat(errorFields(noConsent)).containsExactly("consent");
        assertThat(noConsent.body()).contains("must be true");
        assertThat(errorFields(client.post(path, signJson(organisation, "A", "2999-01-01", true, "[]"), ALMELO)))
                .containsExactly("date");
        assertThat(errorFields(client.post(path, signJson(organisation, "A", "2011-03-15", true,
                "[{\"lineOfWork\": 2, \"text\": \"ok\"}, {\"lineOfWork\": 7, \"text\": \"no such line\"}]"), ALMELO)))
                .containsExactly("commitments[1].lineOfWork");
        assertThat(errorFields(client.post(path, signJson(organisation, "A", "2011-03-15", true,
                "[{\"lineOfWork\": 1, \"text\": \" \"}]"), ALMELO))).containsExactly("commitments[0].text");
        assertThat(errorFields(client.post(path, signJson(organisation, "A", "15-03-2011", true, "[]"), ALMELO)))
                .containsExactly("date");
        assertThat(pacts().findForSystem(pact).orElseThrow().signatures()).isEmpty();
    }

    @Test
    void anUnknownOrAnotherCitysOrganisationIsTheSameFieldError() {
        String pact = client.published();
        String antwerp = client.organisation(ANTWERPEN, "de8 " + UUID.randomUUID());

        HttpResponse<String> foreign = client.sign(pact, antwerp, "A. Peeters");
        HttpResponse<String> unknown = client.sign(pact, UUID.randomUUID().toString(), "A. Peeters");

        assertThat(errorFields(foreign)).containsExactly("organisationId");
        assertThat(errorFields(unknown)).containsExactly("organisationId");
        assertThat(json(foreign).get("errors").get(0).get("message").asString())
                .isEqualTo(json(unknown).get("errors").get(0).get("message").asString());
    }

    @Test
    void onlyThePactsCitysOfficersRecordSignaturesAndWithdrawals() {
        String pact = client.published();
        String organisation = client.organisation(ALMELO, "Guarded " + UUID.randomUUID());
        String signature = client.signed(pact, organisation, "A. Jansen");

        assertThat(client.post("/api/pacts/" + pact + "/signatures",
                signJson(organisation, "X", "2011-03-15", true, "[]"), ANTWERPEN).statusCode()).isEqualTo(403);
        assertThat(client.withdraw(pact, signature, "2012-01-01", ANTWERPEN).statusCode()).isEqualTo(403);
        assertThat(client.withdraw(pact, signature, "2012-01-01", ALMELO_ORGANISER).statusCode()).isEqualTo(403);
        assertThat(client.get("/api/pacts/" + pact + "/signatures/" + signature, ANTWERPEN).statusCode())
                .isEqualTo(404);
        assertThat(client.withdraw(pact, "no-such-signature", "2012-01-01", ALMELO).statusCode()).isEqualTo(404);
        assertThat(errorFields(client.withdraw(pact, signature, "2010-01-01", ALMELO))).containsExactly("date");
        assertThat(errorFields(client.post("/api/pacts/" + pact + "/signatures/" + signature + "/withdraw", "{}",
                ALMELO))).containsExactly("date");
    }

    private Document organisationDocument(String id) {
        return mongo.findById(id, Document.class, mongo.getCollectionName(Organisation.class));
    }

    private static void await(CountDownLatch start) {
        try {
            start.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
