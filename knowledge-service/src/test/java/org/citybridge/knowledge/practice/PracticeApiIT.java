package org.citybridge.knowledge.practice;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;

import org.citybridge.knowledge.PracticeJson;
import org.citybridge.platform.test.ApiClient;
import org.citybridge.platform.test.StackTest;
import org.citybridge.platform.test.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

@StackTest
class PracticeApiIT {

    @LocalServerPort
    int port;

    @Test
    void anOfficerWritesADraftInTheCityOfItsTokenWhateverTheBodySays() {
        HttpResponse<String> created = api().post("/api/practices",
                "{\"title\":\"Weekendschool\",\"visibility\":\"NETWORK\",\"municipality\":\"antwerpen\"}",
                TestTokens.officer("almelo"));

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(created.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).startsWith("/api/practices/"));
        JsonNode practice = ApiClient.json(created);
        assertThat(practice.get("municipality").asString()).isEqualTo("almelo");
        assertThat(practice.get("status").asString()).isEqualTo("DRAFT");
        assertThat(practice.get("language").asString()).isEqualTo("nl");
    }

    @Test
    void writesEveryPartOfAPracticeAndReadsItBack() {
        HttpResponse<String> group = api().post("/api/bridge-groups",
                "{\"name\": \"Antwerpen - Münster\", \"memberCities\": [\"antwerpen\", \"muenster\"]}",
                TestTokens.admin());
        assertThat(group.statusCode()).as(group.body()).isEqualTo(201);
        String groupId = ApiClient.json(group).get("id").asString();
        String body = """
                {"title":"Sociaal adviseurs","summary":"Vrijwilligers uit allochtone gemeenschappen informeren.",
                 "purpose":"Kwetsbare groepen informeren","rationale":"Vertrouwen via de eigen gemeenschap",
                 "approach":"Homeparties","whatWorked":"Thuis, in de eigen taal","whatDidNot":"Grote zalen",
                 "targetGroups":["kwetsbare gezinnen"],"results":"360 homeparties per jaar",
                 "linkedActions":["demo-action-antwerpen-sociaal-adviseurs"],"themes":["family","health"],
                 "linesOfWork":[1,2],"language":"nl",
                 "translations":{"de":{"language":"de","title":"Soziale Berater","summary":"Ehrenamtliche informieren."},
                                 "en":{"title":"Social advisers"}},
                 "contactPerson":{"name":"An Peeters","role":"coördinator","email":"an@example.org"},
                 "visibility":"NETWORK","sharedWithGroups":["%s"]}""".formatted(groupId);
        HttpResponse<String> created = api().post("/api/practices", body, TestTokens.officer("antwerpen"));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);

        JsonNode read = ApiClient.json(api().get("/api/practices/" + id(created), TestTokens.officer("antwerpen")));
        assertThat(read.get("whatDidNot").asString()).isEqualTo("Grote zalen");
        assertThat(read.get("themes").toString()).isEqualTo("[\"family\",\"health\"]");
        assertThat(read.get("linesOfWork").toString()).isEqualTo("[1,2]");
        assertThat(read.get("translations").get("de").get("title").asString()).isEqualTo("Soziale Berater");
        assertThat(read.get("translations").get("en").get("language").asString()).isEqualTo("en");
        assertThat(read.get("contactPerson").get("email").asString()).isEqualTo("an@example.org");
        assertThat(read.get("sharedWithGroups").toString()).isEqualTo("[\"" + groupId + "\"]");
        assertThat(read.get("revision").asInt()).isEqualTo(1);
    }

    @Test
    void refusesThemesOutsideTheVocabularyAndMismatchedTranslations() {
        assertThat(api().post("/api/practices", "{\"title\":\"x\",\"themes\":[\"astrology\"]}",
                TestTokens.officer("almelo")).statusCode()).isEqualTo(400);
        assertThat(api().post("/api/practices",
                "{\"title\":\"x\",\"translations\":{\"de\":{\"language\":\"fr\",\"title\":\"y\"}}}",
                TestTokens.officer("almelo")).statusCode()).isEqualTo(400);
        assertThat(api().post("/api/practices", "{\"title\":\"x\",\"language\":\"es\"}",
                TestTokens.officer("almelo")).statusCode()).isEqualTo(400);
    }

    @Test
    void anotherCitySeesAPracticeOnlyOncePublishedAndShared() {
        String tag = UUID.randomUUID().toString();
        String own = write("almelo", "own " + tag, "PRIVATE");
        String sharedDraft = write("antwerpen", "draft " + tag, "NETWORK");
        String shared = write("antwerpen", "shared " + tag, "NETWORK");
        publish("antwerpen", shared);
        String foreign = write("antwerpen", "foreign " + tag, "PRIVATE");
        publish("antwerpen", foreign);

        HttpResponse<String> list = api().get("/api/practices?size=100", TestTokens.officer("almelo"));

        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains(own, shared).doesNotContain(foreign, sharedDraft).contains("\"total\"");
        assertThat(api().get("/api/practices/" + foreign, TestTokens.officer("almelo")).statusCode()).isEqualTo(404);
        assertThat(api().get("/api/practices/" + sharedDraft, TestTokens.officer("almelo")).statusCode())
                .isEqualTo(404);
        assertThat(api().get("/api/practices/" + shared, TestTokens.officer("almelo")).statusCode()).isEqualTo(200);
    }

    @Test
    void onlyPublishedPublicPracticesArePublic() {
        String publicDraft = write("almelo", "public draft", "PUBLIC");
        String network = write("almelo", "network", "NETWORK");
        publish("almelo", network);
        String published = write("almelo", "public", "PUBLIC");
        publish("almelo", published);

        assertThat(api().get("/api/practices/public/" + published, null).statusCode()).isEqualTo(200);
        assertThat(api().get("/api/practices/public/" + network, null).statusCode()).isEqualTo(404);
        assertThat(api().get("/api/practices/public/" + publicDraft, null).statusCode()).isEqualTo(404);
    }

    @Test
    void aChangeNeedsTheVersionReadAndKeepsThePreviousOneAsARevision() {
        String id = write("almelo", "Praatstuk", "PRIVATE");
        HttpResponse<String> read = api().get("/api/practices/" + id, TestTokens.officer("almelo"));
        String etag = read.headers().firstValue("ETag").orElseThrow();

        assertThat(put(id, null, "Praatstuk 2").statusCode()).isEqualTo(428);
        assertThat(put(id, "\"99\"", "Praatstuk 2").statusCode()).isEqualTo(412);
        HttpResponse<String> changed = put(id, etag, "Praatstuk 2");
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        assertThat(put(id, etag, "Praatstuk 3").statusCode()).as("the old version").isEqualTo(412);
        publish("almelo", id);

        HttpResponse<String> revisions = api().get("/api/practices/" + id + "/revisions",
                TestTokens.officer("almelo"));
        assertThat(revisions.statusCode()).isEqualTo(200);
        JsonNode page = ApiClient.json(revisions);
        assertThat(page.get("total").asInt()).isEqualTo(2);
        assertThat(page.get("items").get(0).get("number").asInt()).isEqualTo(2);
        assertThat(page.get("items").get(0).get("content").get("title").asString()).isEqualTo("Praatstuk 2");
        assertThat(page.get("items").get(1).get("content").get("title").asString()).isEqualTo("Praatstuk");
        assertThat(api().get("/api/practices/" + id + "/revisions", TestTokens.officer("antwerpen")).statusCode())
                .isEqualTo(404);
    }

    @Test
    void anotherCityCannotChangeOrPublishEvenWhatItMayRead() {
        String id = write("almelo", "gedeeld", "NETWORK");
        publish("almelo", id);

        assertThat(api().post("/api/practices/" + id + "/withdraw", "", TestTokens.officer("antwerpen")).statusCode())
                .isEqualTo(404);
        assertThat(api().post("/api/practices/" + id + "/publish", "", TestTokens.officer("almelo")).statusCode())
                .as("published already").isEqualTo(409);
    }

    @Test
    void onlyOfficersWritePracticesAndATokenIsNeeded() {
        assertThat(api().post("/api/practices", "{\"title\":\"x\"}", TestTokens.organiser("almelo")).statusCode())
                .isEqualTo(403);
        assertThat(api().get("/api/practices", null).statusCode()).isEqualTo(401);
    }

    @Test
    void themesAreListedForEveryone() {
        HttpResponse<String> themes = api().get("/api/themes", null);

        assertThat(themes.statusCode()).isEqualTo(200);
        JsonNode volunteering = null;
        for (JsonNode theme : ApiClient.json(themes)) {
            if (theme.get("code").asString().equals("volunteering")) {
                volunteering = theme;
            }
        }
        assertThat(volunteering).isNotNull();
        assertThat(volunteering.get("labels").get("de").asString()).isEqualTo("Ehrenamt");
        assertThat(volunteering.get("labels").get("nl").asString()).isEqualTo("Vrijwilligerswerk");
        assertThat(volunteering.get("labels").get("fr").asString()).isEqualTo("Bénévolat");
    }

    private HttpResponse<String> put(String id, String ifMatch, String title) {
        HttpRequest.Builder request = api().request("/api/practices/" + id, TestTokens.officer("almelo"))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(PracticeJson.practice(title, "PRIVATE")));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return api().send(request);
    }

    private void publish(String city, String id) {
        HttpResponse<String> published = api().post("/api/practices/" + id + "/publish", "", TestTokens.officer(city));
        assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
    }

    private String write(String city, String title, String visibility) {
        HttpResponse<String> created = api().post("/api/practices", PracticeJson.practice(title, visibility),
                TestTokens.officer(city));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return id(created);
    }

    private static String id(HttpResponse<String> response) {
        return ApiClient.json(response).get("id").asString();
    }

    private ApiClient api() {
        return ApiClient.onPort(port);
    }
}
