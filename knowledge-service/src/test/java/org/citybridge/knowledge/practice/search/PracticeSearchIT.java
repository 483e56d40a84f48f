package org.citybridge.knowledge.practice.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.citybridge.knowledge.PracticeJson;
import org.citybridge.knowledge.practice.Language;
import org.citybridge.knowledge.practice.Practice;
import org.citybridge.knowledge.practice.PracticeContent;
import org.citybridge.knowledge.practice.PracticeService;
import org.citybridge.knowledge.theme.ThemeVocabulary;
import org.citybridge.platform.store.AggregateStores;
import org.citybridge.platform.test.ApiClient;
import org.citybridge.platform.test.StackTest;
import org.citybridge.platform.test.TestTokens;
import org.citybridge.platform.tenancy.Visibility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

import tools.jackson.databind.JsonNode;

/**
 * The search through the API. Each test marks its practices with a made-up word of its own and
 * searches for it, so that practices other tests wrote never count.
 */
@StackTest
class PracticeSearchIT {

    private static final Random RANDOM = new Random();

    @LocalServerPort
    int port;

    @Autowired
    PracticeIndex index;

    @Autowired
    PracticeService practices;

    @Autowired
    ThemeVocabulary themes;

    @Autowired
    AggregateStores stores;

    @Autowired
    MongoTemplate mongo;

    @Test
    void eachLanguageFindsTheOtherFormsOfItsWords() {
        String tag = tag();
        String dutch = published("antwerpen", "Een vrijwilliger in de buurt", tag + " buurtwerk", "nl", "NETWORK",
                "", "");
        String german = published("muenster", "Integrationskurs für Mütter", tag + " Mütter lernen Deutsch", "de",
                "NETWORK", "", "");
        String english = published("almelo", "Volunteering at the library", tag + " reading together", "en",
                "NETWORK", "", "");
        String french = published("antwerpen", "Le café des langues", tag + " rencontres", "fr", "NETWORK", "", "");

        assertThat(ids(search("vrijwilligers " + tag, "almelo"))).containsExactly(dutch);
        assertThat(ids(search("Integrationskurse " + tag, "almelo"))).containsExactly(german);
        assertThat(ids(search("volunteers " + tag, "antwerpen"))).containsExactly(english);
        assertThat(ids(search("cafe " + tag, "almelo"))).containsExactly(french);
        assertThat(ids(search("CAFÉ " + tag, "almelo"))).containsExactly(french);
    }

    @Test
    void matchedWordsAreMarkedInSnippets() {
        String tag = tag();
        published("antwerpen", "Vrijwilligers <b>in</b> de wijk", tag + " met buurtbewoners", "nl", "NETWORK", "", "");

        JsonNode hit = search("vrijwilliger " + tag, "almelo").get("items").get(0);

        assertThat(hit.get("snippets").get("title").asString())
                .isEqualTo("<mark>Vrijwilligers</mark> &lt;b&gt;in&lt;&#x2F;b&gt; de wijk");
        assertThat(hit.get("snippets").get("summary").asString()).contains("<mark>" + tag + "</mark>");
        assertThat(hit.get("municipality").asString()).isEqualTo("antwerpen");
        assertThat(hit.get("language").asString()).isEqualTo("nl");
        assertThat(hit.get("publishedAt").isNull()).isFalse();
    }

    @Test
    void aThemeNamedInAnotherLanguageFindsThePracticesTaggedWithIt() {
        String tag = tag();
        String dutch = published("antwerpen", "Vrijwilligers uit kansengroepen " + tag,
                "Bemiddelen voor vrijwilligers", "nl", "NETWORK", "\"volunteering\"", "");
        String untagged = published("antwerpen", "Vrijwilligers zonder thema " + tag, "Geen thema", "nl", "NETWORK",
                "", "");

        List<String> found = ids(get("/api/practices/search?q=Ehrenamt&municipality=antwerpen&sort=date&size=100",
                "muenster"));

        assertThat(found).contains(dutch).doesNotContain(untagged);
        assertThat(ids(get("/api/practices/search?q=b%C3%A9n%C3%A9volat&lang=fr&sort=date&size=100", "almelo")))
                .contains(dutch);
    }

    @Test
    void totalsAndEveryFacetCountLeaveOutWhatTheCallerMayNotSee() {
        String tag = tag();
        published("antwerpen", "A1 " + tag, "prive", "nl", "PRIVATE", "\"education\"", "\"ouders\"");
        draft("antwerpen", "A2 " + tag, "prive concept", "nl", "PRIVATE", "\"roma\"", "\"roma-gezinnen\"");
        String a3 = published("antwerpen", "A3 " + tag, "netwerk", "nl", "NETWORK", "\"education\"", "\"jongeren\"");
        draft("antwerpen", "A4 " + tag, "netwerk concept", "de", "NETWORK", "\"housing\"", "\"senioren\"");
        String a5 = published("antwerpen", "A5 " + tag, "publiek", "en", "PUBLIC", "\"work\"", "\"jongeren\"");
        String l1 = draft("almelo", "L1 " + tag, "eigen concept", "nl", "PRIVATE", "\"youth\"", "\"scholieren\"");

        JsonNode almelo = search(tag, "almelo");
        assertThat(almelo.get("total").asLong()).isEqualTo(3);
        assertThat(ids(almelo)).containsExactlyInAnyOrder(a3, a5, l1);
        assertThat(facet(almelo, "municipality")).isEqualTo(Map.of("antwerpen", 2L, "almelo", 1L));
        assertThat(facet(almelo, "theme")).isEqualTo(Map.of("education", 1L, "work", 1L, "youth", 1L));
        assertThat(facet(almelo, "targetGroup")).isEqualTo(Map.of("jongeren", 2L, "scholieren", 1L));
        assertThat(facet(almelo, "language")).isEqualTo(Map.of("nl", 2L, "en", 1L));
        assertThat(facet(almelo, "lineOfWork")).isEqualTo(Map.of("1", 3L));

        JsonNode antwerpen = search(tag, "antwerpen");
        assertThat(antwerpen.get("total").asLong()).isEqualTo(5);
        assertThat(facet(antwerpen, "theme")).isEqualTo(Map.of("education", 2L, "roma", 1L, "housing", 1L,
                "work", 1L));
        assertThat(facet(antwerpen, "municipality")).isEqualTo(Map.of("antwerpen", 5L));

        JsonNode admin = ApiClient.json(api().get("/api/practices/search?q=" + tag, TestTokens.admin()));
        assertThat(admin.get("total").asLong()).isEqualTo(2);

        JsonNode anonymous = ApiClient.json(api().get("/api/practices/public/search?q=" + tag, null));
        assertThat(anonymous.get("total").asLong()).isEqualTo(1);
        assertThat(ids(anonymous)).containsExactly(a5);
        assertThat(facet(anonymous, "theme")).isEqualTo(Map.of("work", 1L));
    }

    @Test
    void filtersAreDrillDownsOrWithinADimensionAndAcrossDimensions() {
        String tag = tag();
        String education = published("antwerpen", "E " + tag, "x", "nl", "NETWORK", "\"education\"", "\"jongeren\"");
        String youth = published("almelo", "Y " + tag, "x", "nl", "NETWORK", "\"youth\"", "\"jongeren\"");
        published("almelo", "W " + tag, "x", "en", "NETWORK", "\"work\"", "\"werkzoekenden\"");

        assertThat(ids(get("/api/practices/search?q=" + tag + "&theme=education", "muenster")))
                .containsExactly(education);
        assertThat(ids(get("/api/practices/search?q=" + tag + "&theme=education&theme=youth", "muenster")))
                .containsExactlyInAnyOrder(education, youth);
        assertThat(ids(get("/api/practices/search?q=" + tag + "&targetGroup=jongeren&municipality=almelo", "muenster")))
                .containsExactly(youth);
        assertThat(get("/api/practices/search?q=" + tag + "&language=en", "muenster").get("total").asLong())
                .isEqualTo(1);
    }

    @Test
    void pagesAndSortsByDate() {
        String tag = tag();
        List<String> written = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            written.add(published("almelo", "P" + i + " " + tag, "x", "nl", "NETWORK", "", ""));
        }

        JsonNode first = get("/api/practices/search?q=" + tag + "&sort=date&size=2&page=0", "antwerpen");
        JsonNode last = get("/api/practices/search?q=" + tag + "&sort=date&size=2&page=2", "antwerpen");

        assertThat(first.get("total").asLong()).isEqualTo(5);
        assertThat(first.get("page").asInt()).isZero();
        assertThat(first.get("size").asInt()).isEqualTo(2);
        assertThat(ids(first)).containsExactly(written.get(4), written.get(3));
        assertThat(ids(last)).containsExactly(written.get(0));
    }

    @Test
    void oddQueriesAreAnsweredAndBadParametersAre400s() {
        for (String odd : List.of("\"(unbalanced AND ~~ [", "*", "-", "title:x OR", "\\", "de het een")) {
            HttpResponse<String> answer = api().get("/api/practices/search?q=" + encode(odd),
                    TestTokens.officer("almelo"));
            assertThat(answer.statusCode()).as(odd).isEqualTo(200);
        }
        HttpResponse<String> tooLong = api().get("/api/practices/search?q=" + "a".repeat(501),
                TestTokens.officer("almelo"));
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(tooLong.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(api().get("/api/practices/search?size=1000", TestTokens.officer("almelo")).statusCode())
                .isEqualTo(400);
        assertThat(api().get("/api/practices/search?page=600&size=20", TestTokens.officer("almelo")).statusCode())
                .isEqualTo(400);
        assertThat(api().get("/api/practices/search?sort=popularity", TestTokens.officer("almelo")).statusCode())
                .isEqualTo(400);
        assertThat(api().get("/api/practices/search?lang=es", TestTokens.officer("almelo")).statusCode())
                .isEqualTo(400);
    }

    @Test
    void aRebuiltIndexGivesTheSameAnswers() throws Exception {
        String tag = tag();
        published("antwerpen", "Vrijwilligers " + tag, "prive", "nl", "PRIVATE", "\"volunteering\"", "\"ouders\"");
        published("antwerpen", "Volunteers " + tag, "network", "en", "NETWORK", "\"volunteering\"", "\"parents\"");
        draft("almelo", "Vrijwilliger " + tag, "concept", "nl", "PRIVATE", "\"youth\"", "\"jongeren\"");
        SearchQuery query = new SearchQuery("volunteer " + tag, null, null, null, null, null, null, 0, 20, null);

        try (PracticeIndex second = new PracticeIndex(practices, themes, new SearchProperties(null, null))) {
            second.rebuild();
            for (String city : new String[] {"almelo", "antwerpen", "muenster"}) {
                assertThat(second.search(query, city, false, Set.of())).as(city)
                        .isEqualTo(index.search(query, city, false, Set.of()));
            }
            assertThat(second.search(query, null, true, Set.of())).isEqualTo(index.search(query, null, true, Set.of()));
            // Almelo: Antwerp's published English one; its own draft is about youth, not volunteering.
            assertThat(second.search(query, "almelo", false, Set.of()).total()).isEqualTo(1);
            // Antwerpen: both of its own, the Dutch one through its theme.
            assertThat(second.search(query, "antwerpen", false, Set.of()).total()).isEqualTo(2);
        }
    }

    @Test
    void theRebuildReadsEveryPracticeOnceInBatches() {
        published("almelo", "R1 " + tag(), "x", "nl", "NETWORK", "", "");
        published("almelo", "R2 " + tag(), "x", "nl", "NETWORK", "", "");
        long before = mongo.count(new Query(), Practice.class);

        List<String> ids = new ArrayList<>();
        practices.forEachForIndex(3, batch -> {
            assertThat(batch).hasSizeLessThanOrEqualTo(3);
            batch.forEach(practice -> ids.add(practice.id()));
        });

        assertThat(ids).doesNotHaveDuplicates().isSorted();
        assertThat((long) ids.size()).isBetween(before, mongo.count(new Query(), Practice.class));
    }

    @Test
    void aPracticeSavedElsewhereArrivesThroughItsEvents() {
        String tag = tag();
        // Saved through the store, as another instance would: this instance hears of it only from Kafka.
        Practice practice = Practice.draft("almelo", new PracticeContent("Elders opgeslagen " + tag, null, null, null,
                null, null, null, List.of(), null, List.of(), List.of(), List.of(), Language.NL, Map.of(), null),
                Visibility.PRIVATE, Set.of(), "elsewhere");
        stores.tenantOwned(Practice.class).save(practice);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(ids(search(tag, "almelo")))
                .containsExactly(practice.id()));
    }

    private JsonNode search(String q, String city) {
        return get("/api/practices/search?q=" + encode(q), city);
    }

    private JsonNode get(String path, String city) {
        HttpResponse<String> response = api().get(path, TestTokens.officer(city));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return ApiClient.json(response);
    }

    private static List<String> ids(JsonNode result) {
        List<String> ids = new ArrayList<>();
        result.get("items").forEach(item -> ids.add(item.get("id").asString()));
        return ids;
    }

    private static Map<String, Long> facet(JsonNode result, String dimension) {
        Map<String, Long> counts = new java.util.HashMap<>();
        result.get("facets").get(dimension).forEach(value -> counts.put(value.get("value").asString(),
                value.get("count").asLong()));
        return counts;
    }

    private String published(String city, String title, String summary, String language, String visibility,
            String themes, String targetGroups) {
        String id = draft(city, title, summary, language, visibility, themes, targetGroups);
        HttpResponse<String> published = api().post("/api/practices/" + id + "/publish", "", TestTokens.officer(city));
        assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
        return id;
    }

    private String draft(String city, String title, String summary, String language, String visibility,
            String themes, String targetGroups) {
        HttpResponse<String> created = api().post("/api/practices",
                PracticeJson.practice(title, summary, language, visibility, themes, targetGroups),
                TestTokens.officer(city));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return ApiClient.json(created).get("id").asString();
    }

    /** A made-up word no stemmer changes and no other test uses. */
    private static String tag() {
        StringBuilder tag = new StringBuilder("zq");
        for (int i = 0; i < 8; i++) {
            tag.append((char) ('a' + RANDOM.nextInt(26)));
        }
        return tag.append("x").toString();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private ApiClient api() {
        return ApiClient.onPort(port);
    }
}
