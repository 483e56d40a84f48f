package org.citybridge.knowledge.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.citybridge.knowledge.practice.PracticeService;
import org.citybridge.platform.test.ApiClient;
import org.citybridge.platform.test.StackTest;
import org.citybridge.platform.test.TestTokens;
import org.citybridge.knowledge.theme.ThemeVocabulary;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import tools.jackson.databind.JsonNode;

/**
 * The demo practices load, once, published, searchable, with the private one kept to its city; started
 * with the demo switched on, the whole demo loads in its order (the handbook after the practices).
 */
@StackTest
@TestPropertySource(properties = "citybridge.demo.enabled=true")
class KnowledgeDemoDataIT {

    @LocalServerPort
    int port;

    @Autowired
    PracticeService practices;

    @Autowired
    ThemeVocabulary themes;

    @Test
    void loadsEveryDemoPracticeOnceWithThemesFromTheVocabulary() throws Exception {
        new KnowledgeDemoData(practices).load();
        for (KnowledgeDemoData.DemoPractice demo : KnowledgeDemoData.demoPractices()) {
            assertThat(demo.themes()).allSatisfy(theme -> assertThat(themes.contains(theme)).as(theme).isTrue());
            HttpResponse<String> read = api().get("/api/practices/" + demo.id(), TestTokens.officer(demo.municipality()));
            assertThat(read.statusCode()).as(demo.id()).isEqualTo(200);
            assertThat(ApiClient.json(read).get("status").asString()).isEqualTo("PUBLISHED");
            assertThat(ApiClient.json(read).get("revision").asInt()).as("loaded once").isEqualTo(2);
        }
        assertThat(api().get("/api/practices/demo-practice-antwerpen-roma-bemiddeling", TestTokens.officer("almelo"))
                .statusCode()).isEqualTo(404);
        assertThat(api().get("/api/practices/public/demo-practice-antwerpen-weekendschool", null).statusCode())
                .isEqualTo(200);
    }

    @Test
    void atStartTheHandbookIsLoadedAfterThePracticesItQuotes() {
        JsonNode edition = ApiClient.json(api().get("/api/handbooks/demo-handbook-kleurrijk-almelo/editions/1",
                TestTokens.officer("antwerpen")));
        assertThat(edition.get("state").asString()).isEqualTo("PUBLISHED");
        assertThat(edition.get("frozenChapters").valueStream().map(chapter -> chapter.get("source").asString())
                .toList()).containsExactly("STUDY", "STUDY", "PRACTICE", "PRACTICE", "PRACTICE");
    }

    @Test
    void theDemoAnswersTheCrossLanguageSearch() {
        JsonNode found = ApiClient.json(api().get("/api/practices/search?q=Ehrenamt&size=50",
                TestTokens.officer("muenster")));

        assertThat(found.toString()).contains("demo-practice-antwerpen-sociaal-adviseurs",
                "demo-practice-antwerpen-inburgeringscoaches", "demo-practice-almelo-language-cafe");
        JsonNode weekend = ApiClient.json(api().get("/api/practices/public/search?q=weekendschool", null));
        assertThat(weekend.toString()).contains("demo-practice-antwerpen-weekendschool")
                .doesNotContain("roma-bemiddeling");
    }

    private ApiClient api() {
        return ApiClient.onPort(port);
    }
}
