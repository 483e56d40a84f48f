package org.citybridge.organisations.pact;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.bson.Document;
import org.citybridge.organisations.organisation.Organisation;
import org.citybridge.organisations.vision.VisionProcess;
import org.citybridge.platform.store.AggregateStores;
import org.citybridge.platform.store.TenantStore;
import org.citybridge.platform.test.StackTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * With the demo data on, Almelo's pact of seed 003 is there, published and signed by the demo
 * organisations, which the organisations' loader must therefore have loaded first. The context is
 * closed afterwards so that its outbox relay does not run beside the shared one.
 */
@StackTest
@TestPropertySource(properties = "citybridge.demo.enabled=true")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class PactDemoDataIT {

    static final String PACT = "demo-almelo-pact-2011";

    @Autowired
    AggregateStores stores;

    TenantStore<Pact> pacts() {
        return stores.tenantOwned(Pact.class);
    }

    @Autowired
    List<ApplicationRunner> runners;

    @Autowired
    MongoTemplate mongo;

    @LocalServerPort
    int port;

    @Test
    void almelosPactIsPublishedWithTheSeedsTextAndSignedByTheDemoOrganisations() {
        Pact pact = pacts().findForSystem(PACT).orElseThrow();

        assertThat(pact.municipality()).isEqualTo("almelo");
        assertThat(pact.isPublished()).isTrue();
        assertThat(pact.content().title()).isEqualTo("Integratiepact KleurRijk Almelo 2011-2014");
        assertThat(pact.content().visionTitle()).isEqualTo("Thuis en Actief in KleurRijk Almelo");
        assertThat(pact.content().introduction()).startsWith("In het kader van het Integratievisie- project")
                .contains("waarin 25% van de inwoners allochtoon is");
        assertThat(pact.content().considerations()).hasSize(5).contains("dat integratie een zaak is die ons allen aangaat");
        assertThat(pact.content().linesOfWork()).extracting(LineOfWork::title).containsExactly("Gemengde participatie",
                "Interculturalisatie van voorzieningen", "Afspiegeling in scholen, bedrijven en organisaties",
                "Samenwerking en kennisuitwisseling");
        assertThat(pact.activeSignatures()).extracting(Signature::organisationId)
                .containsExactly("demo-almelo-atib", "demo-almelo-ut", "demo-almelo-variya");
        assertThat(pact.activeSignatures()).allSatisfy(
                signature -> assertThat(signature.responsibleName()).endsWith("(fictief)"));
        Document atib = mongo.findById("demo-almelo-atib", Document.class,
                mongo.getCollectionName(Organisation.class));
        assertThat(atib.getBoolean("publiclyListed")).isTrue();

        String page = new PactClient(port).get("/api/pacts/" + PACT + "/signatories", null).body();
        assertThat(page).contains("ATIB Almelo", "Universiteit Twente", "Variya");
    }

    /** Seed 003's pact endorses the vision seed 000 sets out to make; the demo links them. */
    @Test
    void theVisionItEndorsesIsAlmelosAdoptedVisionOfSeed000() {
        Pact pact = pacts().findForSystem(PACT).orElseThrow();
        VisionProcess vision = stores.tenantOwned(VisionProcess.class).findForSystem(pact.visionId()).orElseThrow();

        assertThat(vision.municipality()).isEqualTo("almelo");
        assertThat(vision.isAdopted()).isTrue();
        assertThat(vision.content().paperTitle()).isEqualTo("Hoe maken we Almelo kleurRijk?");
        assertThat(vision.content().questions()).hasSize(3);
        assertThat(vision.adopted().objectives()).extracting(objective -> objective.title()).containsExactly(
                "Wederzijds begrip en respect", "Gemengde participatie en actief burgerschap",
                "Gelijkwaardige posities", "Duurzame inzet");
        assertThat(vision.adopted().successFactors()).contains("Monitoring via reguliere PC-cyclus").hasSize(6);
        VisionProcess revision = stores.tenantOwned(VisionProcess.class).findForSystem("demo-almelo-vision-kleurrijk-2")
                .orElseThrow();
        assertThat(revision.revises()).isEqualTo(vision.id());
        assertThat(revision.openToThePublic()).as("so that the public form can be tried").isTrue();

        PactClient client = new PactClient(port);
        String page = client.get("/api/visions/demo-almelo-vision-kleurrijk-2/public", null).body();
        assertThat(page).as("the approved public contribution, by name; not the pending one")
                .contains("Voorbeeld Bewoner").doesNotContain("sportvereniging");
        String overview = client.get("/api/visions/" + vision.id() + "/overview", PactClient.ALMELO).body();
        assertThat(overview).as("a contribution from each of the six groups").contains("\"COUNCIL\":1")
                .contains("\"RESIDENT\":2");
    }

    @Test
    void loadingAgainAddsNothing() throws Exception {
        Long version = pacts().findForSystem(PACT).orElseThrow().version();

        for (ApplicationRunner runner : runners) {
            runner.run(null);
        }

        Pact again = pacts().findForSystem(PACT).orElseThrow();
        assertThat(again.version()).isEqualTo(version);
        assertThat(again.signatures()).hasSize(3);
    }
}
