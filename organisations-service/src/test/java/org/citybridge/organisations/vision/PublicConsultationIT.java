package org.citybridge.organisations.vision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citybridge.organisations.vision.ConsultationOfficerIT.errorFields;
import static org.citybridge.organisations.vision.ConsultationOfficerIT.json;

import java.net.http.HttpResponse;
import java.util.List;

import org.citybridge.platform.tenancy.Visibility;
import org.citybridge.platform.test.ApiClient;
import org.citybridge.platform.test.StackTest;
import org.citybridge.platform.test.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/**
 * Residents and organisations answer a public consultation without an account: with consent, held
 * until an officer approves, anonymous on the page unless they agreed to be named; nothing of a
 * vision that is not public, and nothing of anyone else in the answer.
 */
@StackTest
class PublicConsultationIT {

    private static final String ALMELO = TestTokens.officer("almelo");

    @LocalServerPort
    int port;

    @Autowired
    VisionService visions;

    ApiClient api;

    @BeforeEach
    void api() {
        api = ApiClient.onPort(port);
    }

    /** An approval can be taken back: an officer who let something offensive through takes it off the page. */
    @Test
    void aRejectedOrWithdrawnApprovalIsOffThePublicPage() {
        VisionProcess vision = Consultations.consulting(visions, "almelo", Visibility.PUBLIC);
        String base = "/api/visions/" + vision.id();
        String id = json(api.post(base + "/contributions", """
                {"group": "RESIDENT", "text": "Eerst goedgekeurd", "consent": true}""", ALMELO)).get("id").asString();
        assertThat(api.get(base + "/public", null).body()).contains("Eerst goedgekeurd");

        HttpResponse<String> rejected = api.post(base + "/contributions/" + id + "/reject", "", ALMELO);

        assertThat(rejected.statusCode()).as(rejected.body()).isEqualTo(200);
        assertThat(api.get(base + "/public", null).body()).doesNotContain("Eerst goedgekeurd");
        assertThat(api.post(base + "/contributions/" + id + "/approve", "", ALMELO).statusCode()).isEqualTo(200);
        assertThat(api.get(base + "/public", null).body()).contains("Eerst goedgekeurd");
    }

    /** What an officer noted in a meeting counts in the overview; it is published only with consent. */
    @Test
    void anOfficersEntryIsPublishedOnlyWithTheSpeakersConsent() {
        VisionProcess vision = Consultations.consulting(visions, "almelo", Visibility.PUBLIC);
        String base = "/api/visions/" + vision.id();
        api.post(base + "/contributions", "{\"group\":\"RESIDENT\",\"text\":\"Gezegd in de wijk\"}", ALMELO);
        api.post(base + "/contributions", "{\"group\":\"RESIDENT\",\"text\":\"Mag gepubliceerd\",\"consent\":true}",
                ALMELO);

        String page = api.get(base + "/public", null).body();

        assertThat(page).contains("Mag gepubliceerd").doesNotContain("Gezegd in de wijk");
        assertThat(json(api.get(base + "/overview", ALMELO)).get("approved").asLong()).isEqualTo(2);
    }

    @Test
    void aContributionFromTheFormIsShownOnlyOnceApprovedAndWithoutTheNameOfAnAnonymousSender() {
        VisionProcess vision = Consultations.consulting(visions, "almelo", Visibility.PUBLIC);
        String base = "/api/visions/" + vision.id();

        HttpResponse<String> page = api.get(base + "/public", null);
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        assertThat(json(page).get("title").asString()).isEqualTo(vision.title());
        assertThat(json(page).get("status").asString()).isEqualTo("CONSULTING");
        assertThat(json(page).get("discussionPaper").get("title").asString()).isEqualTo("Hoe maken we Almelo kleurRijk?");
        assertThat(json(page).get("phases").size()).isEqualTo(2);
        assertThat(json(page).get("questions").valueStream().map(q -> q.get("text").asString()).toList())
                .containsExactly(Consultations.QUESTION_1, Consultations.QUESTION_2, Consultations.QUESTION_3);

        HttpResponse<String> sent = api.post(base + "/public/contributions", """
                {"group": "RESIDENT", "district": "Kerkelanden", "community": "Marokkaans", "question": 1,
                 "text": "Meer ontmoetingen in de wijk.", "authorName": "Fatma Yilmaz", "showName": false,
                 "consent": true}
                """, null);
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(202);
        assertThat(json(sent).get("moderation").asString()).isEqualTo("PENDING");
        assertThat(json(sent).has("id")).isFalse();
        assertThat(sent.body()).doesNotContain("almelo").doesNotContain("Fatma").doesNotContain("ontmoetingen");

        assertThat(publicTexts(base)).as("pending: nobody else sees it yet").isEmpty();

        String pending = json(api.get("/api/visions/" + vision.id() + "/moderation", ALMELO)).get("items").get(0)
                .get("id").asString();
        assertThat(api.post(base + "/contributions/" + pending + "/approve", "", ALMELO).statusCode()).isEqualTo(200);

        JsonNode shown = json(api.get(base + "/public", null)).get("contributions");
        assertThat(shown.get("total").asLong()).isEqualTo(1);
        JsonNode contribution = shown.get("items").get(0);
        assertThat(contribution.get("text").asString()).isEqualTo("Meer ontmoetingen in de wijk.");
        assertThat(contribution.get("district").asString()).isEqualTo("Kerkelanden");
        assertThat(contribution.get("authorName").isNull()).isTrue();
        assertThat(contribution.has("id")).isFalse();
        assertThat(api.get(base + "/public", null).body()).doesNotContain("Fatma");
    }

    @Test
    void aSenderWhoAgreedIsNamedAndARejectedOneNeverShows() {
        String base = "/api/visions/" + Consultations.consulting(visions, "almelo", Visibility.PUBLIC).id();
        api.post(base + "/public/contributions", "{\"group\":\"ORGANISATION_OR_COMPANY\",\"text\":\"Stage-plekken.\","
                + "\"authorName\":\"Bakkerij Jansen\",\"showName\":true,\"consent\":true}", null);
        api.post(base + "/public/contributions", "{\"group\":\"RESIDENT\",\"text\":\"Iets kwetsends.\","
                + "\"consent\":true}", null);
        for (JsonNode waiting : json(api.get(base + "/moderation", ALMELO)).get("items")) {
            String decision = waiting.get("text").asString().equals("Stage-plekken.") ? "approve" : "reject";
            api.post(base + "/contributions/" + waiting.get("id").asString() + "/" + decision, "", ALMELO);
        }

        JsonNode shown = json(api.get(base + "/public", null)).get("contributions");
        assertThat(shown.get("items").valueStream().map(c -> c.get("authorName").asString() + ": "
                + c.get("text").asString()).toList()).containsExactly("Bakkerij Jansen: Stage-plekken.");
    }

    @Test
    void withoutConsentOrWithAGroupThatSpeaksThroughTheCityItIs400AndNothingIsKept() {
        String base = "/api/visions/" + Consultations.consulting(visions, "almelo", Visibility.PUBLIC).id();

        assertThat(errorFields(api.post(base + "/public/contributions", "{\"group\":\"RESIDENT\",\"text\":\"x\"}",
                null))).containsExactly("consent");
        assertThat(errorFields(api.post(base + "/public/contributions", "{\"group\":\"RESIDENT\",\"text\":\"x\","
                + "\"consent\":false}", null))).containsExactly("consent");
        assertThat(errorFields(api.post(base + "/public/contributions", "{\"group\":\"COUNCIL\",\"text\":\"x\","
                + "\"consent\":true}", null))).containsExactly("group");
        assertThat(errorFields(api.post(base + "/public/contributions", "{\"group\":\"RESIDENT\",\"question\":9,"
                + "\"text\":\"x\",\"consent\":true}", null))).containsExactly("question");
        assertThat(errorFields(api.post(base + "/public/contributions", "{\"group\":\"RESIDENT\",\"text\":\""
                + "x".repeat(5_001) + "\",\"consent\":true}", null))).containsExactly("text");

        assertThat(json(api.get(base + "/contributions", ALMELO)).get("total").asLong()).isZero();
    }

    @Test
    void aVisionThatIsNotPublicOrNotYetConsultingDoesNotExistHereAndAnAdoptedOneTakesNoMore() {
        String contribution = "{\"group\":\"RESIDENT\",\"text\":\"x\",\"consent\":true}";
        for (VisionProcess hidden : List.of(Consultations.consulting(visions, "almelo", Visibility.PRIVATE),
                Consultations.consulting(visions, "almelo", Visibility.NETWORK),
                Consultations.preparing(visions, "almelo", Visibility.PUBLIC))) {
            String base = "/api/visions/" + hidden.id();
            HttpResponse<String> page = api.get(base + "/public", null);
            assertThat(page.statusCode()).as("%s %s", hidden.visibility(), hidden.status()).isEqualTo(404);
            assertThat(page.body()).doesNotContain(hidden.title());
            assertThat(api.get(base + "/public", TestTokens.officer("antwerpen")).statusCode()).isEqualTo(404);
            assertThat(api.post(base + "/public/contributions", contribution, null).statusCode()).isEqualTo(404);
            assertThat(json(api.get(base + "/contributions", ALMELO)).get("total").asLong()).isZero();
        }

        VisionProcess adopted = Consultations.adopted(visions,
                Consultations.consulting(visions, "almelo", Visibility.PUBLIC));
        String base = "/api/visions/" + adopted.id();
        assertThat(json(api.get(base + "/public", null)).get("status").asString()).isEqualTo("ADOPTED");
        assertThat(api.post(base + "/public/contributions", contribution, null).statusCode()).isEqualTo(409);
        assertThat(api.get("/api/visions/no-such-vision/public", null).statusCode()).isEqualTo(404);
    }

    private List<String> publicTexts(String base) {
        HttpResponse<String> page = api.get(base + "/public", null);
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        return json(page).get("contributions").get("items").valueStream().map(c -> c.get("text").asString()).toList();
    }
}
