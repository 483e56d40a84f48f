package org.citybridge.knowledge.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.citybridge.knowledge.KnowledgeClient;
import org.citybridge.knowledge.demo.ExchangeDemoData.Tally;
import org.citybridge.knowledge.handbook.HandbookService;
import org.citybridge.knowledge.practice.PracticeService;
import org.citybridge.platform.store.AggregateStores;
import org.citybridge.platform.test.StackTest;
import org.citybridge.platform.test.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/**
 * The loader against the real store and API. Built here from the context's beans rather than switched
 * on with {@code citybridge.demo.enabled}, which would give this class a Spring context of its own;
 * loading is idempotent, so each test loads first: the practices, then the rest, as {@link DemoLoader} does.
 */
@StackTest
class ExchangeDemoDataIT {

    @LocalServerPort
    int port;

    @Autowired
    AggregateStores stores;

    @Autowired
    HandbookService handbooks;

    @Autowired
    PracticeService practices;

    ExchangeDemoData demo;
    KnowledgeClient client;

    @BeforeEach
    void load() {
        new KnowledgeDemoData(practices).load();
        demo = new ExchangeDemoData(stores, handbooks);
        demo.load();
        client = new KnowledgeClient(port);
    }

    @Test
    void aSecondStartAddsNothing() {
        List<Tally> again = demo.load();
        assertThat(again).extracting(Tally::added).containsOnly(0);
        assertThat(again).extracting(Tally::alreadyThere).containsExactly(1, 2, 3, 1);
    }

    @Test
    void theBridgeGroupIsMuensterAndAlmelosWithItsTwoCongresses() {
        JsonNode group = KnowledgeClient.ok(client.get("/api/bridge-groups/demo-bridge-group-muenster-almelo",
                TestTokens.officer("muenster")));
        assertThat(group.get("name").asString()).isEqualTo("Bruggroep Münster - Almelo");
        assertThat(group.get("meetings").valueStream().map(meeting -> meeting.get("date").asString()).toList())
                .containsExactly("2010-11-18", "2011-11-24");
        assertThat(client.get("/api/bridge-groups/demo-bridge-group-muenster-almelo", TestTokens.officer("antwerpen"))
                .statusCode()).isEqualTo(404);
    }

    @Test
    void theHandbooksFirstEditionIsPublishedFromTheTwoStudiesAndThreePractices() throws IOException {
        String edition = "/api/handbooks/demo-handbook-kleurrijk-almelo/editions/1";
        JsonNode published = KnowledgeClient.ok(client.get(edition, TestTokens.officer("antwerpen")));
        assertThat(published.get("state").asString()).isEqualTo("PUBLISHED");
        assertThat(published.get("frozenChapters").valueStream().map(chapter -> chapter.get("byline").asString())
                .toList()).satisfiesExactly(
                        ut -> assertThat(ut).startsWith("Study by University of Twente"),
                        variya -> assertThat(variya).startsWith("Study by Variya"),
                        almelo -> assertThat(almelo).isEqualTo("Practice of Almelo"),
                        antwerpen -> assertThat(antwerpen).isEqualTo("Practice of Antwerpen"),
                        muenster -> assertThat(muenster).startsWith("Practice of M"));
        assertThat(published.get("frozenChapters").valueStream().map(chapter -> chapter.get("refId").asString())
                .toList()).containsSubsequence("demo-practice-almelo-netwerklunch",
                        "demo-practice-antwerpen-weekendschool", "demo-practice-muenster-ehrenamtliche-lotsen");
        HttpResponse<byte[]> pdf = client.api().getBytes(edition + ".pdf", TestTokens.officer("muenster"));
        assertThat(pdf.statusCode()).isEqualTo(200);
        Path file = Path.of("target", "handbook-pages", "demo-handbook.pdf");
        Files.createDirectories(file.getParent());
        Files.write(file, pdf.body());
    }

    @Test
    void almeloReadsMuenstersPracticeSharedWithTheirBridgeGroupAndAntwerpenDoesNot() {
        String shared = "/api/practices/demo-practice-muenster-integrationskurse-muetter";
        JsonNode read = KnowledgeClient.ok(client.get(shared, TestTokens.officer("almelo")));
        assertThat(read.get("visibility").asString()).isEqualTo("PRIVATE");
        assertThat(client.get(shared, TestTokens.officer("antwerpen")).statusCode()).isEqualTo(404);
        JsonNode group = KnowledgeClient.ok(client.get("/api/bridge-groups/demo-bridge-group-muenster-almelo",
                TestTokens.officer("almelo")));
        assertThat(group.get("sharedPractices").get("first").valueStream().map(item -> item.get("id").asString())
                .toList()).contains("demo-practice-muenster-integrationskurse-muetter");
    }

    @Test
    void theQuestionsGoBetweenTheThreeCitiesOneWithAnAcceptedAnswer() {
        JsonNode accepted = KnowledgeClient.ok(client.get("/api/questions/demo-question-almelo-gastgezinnen",
                TestTokens.officer("muenster")));
        assertThat(accepted.get("status").asString()).isEqualTo("ACCEPTED");
        assertThat(accepted.get("answers").get(0).get("accepted").asBoolean()).isTrue();
        assertThat(client.get("/api/questions/demo-question-almelo-gastgezinnen", TestTokens.officer("antwerpen"))
                .statusCode()).as("asked to the bridge group only").isEqualTo(404);
        JsonNode network = KnowledgeClient.ok(client.get("/api/questions/demo-question-muenster-selbstorganisationen",
                TestTokens.officer("antwerpen")));
        assertThat(network.get("answers")).hasSize(2);
        JsonNode inbox = KnowledgeClient.ok(client.get("/api/questions/inbox?size=100", TestTokens.officer("almelo")));
        assertThat(inbox.get("questions").get("items").valueStream().map(item -> item.get("id").asString()).toList())
                .contains("demo-question-antwerpen-ouderen").doesNotContain("demo-question-muenster-selbstorganisationen");
    }
}
