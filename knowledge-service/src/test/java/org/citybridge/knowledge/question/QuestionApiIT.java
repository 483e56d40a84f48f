package org.citybridge.knowledge.question;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.UUID;

import org.citybridge.knowledge.KnowledgeClient;
import org.citybridge.platform.test.StackTest;
import org.citybridge.platform.test.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/** Questions between cities through the API: addressing, answers, the accepted answer, helpful marks, the inbox. */
@StackTest
class QuestionApiIT {

    static final String ALMELO = TestTokens.officer("almelo");
    static final String MUENSTER = TestTokens.officer("muenster");
    static final String ANTWERPEN = TestTokens.officer("antwerpen");

    @LocalServerPort
    int port;

    KnowledgeClient client;

    @BeforeEach
    void client() {
        client = new KnowledgeClient(port);
    }

    @Test
    void theAskerAcceptsOneAnswerMayChangeItAndTurnsTheQuestionIntoAPractice() {
        String word = "gastgezin" + UUID.randomUUID().toString().substring(0, 8);
        String question = ask("Hoe werven jullie " + word + "?", "\"audience\": \"MUNICIPALITIES\", "
                + "\"municipalities\": [\"muenster\", \"antwerpen\"]", ALMELO);
        String fromMuenster = answer(question, "Über die Migrantenselbstorganisationen.", MUENSTER);
        String fromAntwerpen = answer(question, "Via de buurtsecretariaten.", ANTWERPEN);

        assertThat(client.post(accept(question, fromMuenster), "", MUENSTER).statusCode())
                .as("only the asking city accepts").isEqualTo(403);
        JsonNode accepted = KnowledgeClient.ok(client.post(accept(question, fromMuenster), "", ALMELO));
        assertThat(accepted.get("status").asString()).isEqualTo("ACCEPTED");
        assertThat(accepted.get("acceptedAnswerId").asString()).isEqualTo(fromMuenster);
        JsonNode changed = KnowledgeClient.ok(client.post(accept(question, fromAntwerpen), "", ALMELO));
        assertThat(changed.get("acceptedAnswerId").asString()).as("the asker changed their mind").isEqualTo(fromAntwerpen);
        assertThat(changed.get("answers").valueStream().filter(answer -> answer.get("accepted").asBoolean()).toList())
                .singleElement().satisfies(only -> assertThat(only.get("id").asString()).isEqualTo(fromAntwerpen));

        JsonNode created = KnowledgeClient.created(client.post("/api/questions/" + question + "/practice", "", ALMELO));
        String practiceId = created.get("practiceId").asString();
        assertThat(practiceId).as("one practice per question").isEqualTo("from-question-" + question);
        JsonNode practice = KnowledgeClient.ok(client.get("/api/practices/" + practiceId, ALMELO));
        assertThat(practice.get("municipality").asString()).isEqualTo("almelo");
        assertThat(practice.get("status").asString()).isEqualTo("DRAFT");
        assertThat(practice.get("visibility").asString()).isEqualTo("PRIVATE");
        assertThat(practice.get("title").asString()).contains(word);
        assertThat(practice.get("summary").asString()).isEqualTo("Wie heeft ervaring hiermee?");
        assertThat(practice.get("approach").asString()).isEqualTo("Via de buurtsecretariaten.");
        assertThat(practice.get("language").asString()).isEqualTo("nl");
        assertThat(practice.get("themes").valueStream().map(JsonNode::asString).toList())
                .as("the asker's word, mapped to the vocabulary's code").containsExactly("volunteering");
        assertThat(client.get("/api/practices/" + practiceId, MUENSTER).statusCode())
                .as("a draft of Almelo, not shared").isEqualTo(404);
        assertThat(KnowledgeClient.ok(client.get("/api/questions/" + question, ALMELO)).get("practiceId").asString())
                .isEqualTo(practiceId);
        assertThat(client.post("/api/questions/" + question + "/practice", "", ALMELO).statusCode())
                .as("once only").isEqualTo(409);
    }

    @Test
    void anOpenQuestionCannotBeTurnedIntoAPractice() {
        String question = ask("Open vraag", "\"audience\": \"NETWORK\"", ALMELO);
        assertThat(client.post("/api/questions/" + question + "/practice", "", ALMELO).statusCode()).isEqualTo(409);
    }

    @Test
    void aQuestionToACityOutsideTheNetworkIsRefused() {
        HttpResponse<String> asked = client.post("/api/questions", body("Aan Atlantis",
                "\"audience\": \"MUNICIPALITIES\", \"municipalities\": [\"muenster\", \"atlantis\"]"), ALMELO);
        assertThat(asked.statusCode()).as(asked.body()).isEqualTo(400);
        assertThat(asked.body()).contains("atlantis");
    }

    @Test
    void acceptedQuestionsComeFirstInTheListAndTextSearchIgnoresCaseAndAccents() {
        String word = "Zelforganisatie" + UUID.randomUUID().toString().substring(0, 8);
        String open = ask("Eerste " + word, "\"audience\": \"NETWORK\"", ALMELO);
        String solved = ask("Tweede " + word, "\"audience\": \"NETWORK\"", ALMELO);
        String newest = ask("Derde " + word + " über Münster", "\"audience\": \"NETWORK\"", ALMELO);
        client.post(accept(solved, answer(solved, "Zo doen wij het.", ANTWERPEN)), "", ALMELO);

        JsonNode found = KnowledgeClient.ok(client.get("/api/questions?q=" + word.toLowerCase(), MUENSTER));
        assertThat(found.get("total").asLong()).isEqualTo(3);
        assertThat(found.get("items").valueStream().map(item -> item.get("id").asString()).toList())
                .containsExactly(solved, newest, open);
        JsonNode accentless = KnowledgeClient.ok(client.get("/api/questions?q=" + word + "+uber+munster", ANTWERPEN));
        assertThat(accentless.get("items").valueStream().map(item -> item.get("id").asString()).toList())
                .containsExactly(newest);
        JsonNode onlyOpen = KnowledgeClient.ok(client.get("/api/questions?status=open&q=" + word, ANTWERPEN));
        assertThat(onlyOpen.get("items").valueStream().map(item -> item.get("id").asString()).toList())
                .containsExactly(newest, open);
        assertThat(client.get("/api/questions?status=closed", ANTWERPEN).statusCode()).isEqualTo(400);
        assertThat(client.get("/api/questions?q=" + "x".repeat(201), ANTWERPEN).statusCode()).isEqualTo(400);
        assertThat(KnowledgeClient.ok(client.get("/api/questions?q=(.*", ANTWERPEN)).get("total").asLong())
                .as("a query is a literal, never a regular expression").isZero();
        // Found by the abuse suite: a NUL ended MongoDB's pattern string, a 500. The platform now refuses
        // control characters in a query string before any controller sees them.
        HttpResponse<String> withNul = client.get("/api/questions?q=" + word + "%00uber", ANTWERPEN);
        assertThat(withNul.statusCode()).as(withNul.body()).isEqualTo(400);
        assertThat(withNul.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
    }

    @Test
    void aCityTheQuestionIsNotAddressedToNeitherSeesNorAnswersIt() {
        String word = "Inburgering" + UUID.randomUUID().toString().substring(0, 8);
        String question = ask(word, "\"audience\": \"MUNICIPALITIES\", \"municipalities\": [\"muenster\"]", ALMELO);
        String fromMuenster = answer(question, "So machen wir das.", MUENSTER);

        assertThat(client.get("/api/questions/" + question, ANTWERPEN).statusCode()).isEqualTo(404);
        assertThat(client.post("/api/questions/" + question + "/answers", "{\"body\": \"Wij ook!\"}", ANTWERPEN)
                .statusCode()).isEqualTo(404);
        assertThat(client.post(helpful(question, fromMuenster), "", ANTWERPEN).statusCode()).isEqualTo(404);
        assertThat(KnowledgeClient.ok(client.get("/api/questions?q=" + word, ANTWERPEN)).get("total").asLong()).isZero();
        assertThat(client.get("/api/questions/" + question, TestTokens.admin()).statusCode())
                .as("the admin reads what the network shares; this is not shared").isEqualTo(404);
        assertThat(client.post("/api/questions/" + question + "/answers", "{\"body\": \"Zelf\"}", ALMELO).statusCode())
                .as("the asking city reads it but does not answer itself").isEqualTo(403);
        assertThat(KnowledgeClient.ok(client.get("/api/questions?q=" + word, MUENSTER)).get("total").asLong()).isOne();
    }

    @Test
    void anInvitedOfficerOfAnotherCityReadsAndAnswersWhereTheirColleaguesGet404() {
        String expert = "expert-" + UUID.randomUUID() + "@antwerpen";
        String expertToken = TestTokens.bearer(expert, "antwerpen", "OFFICER");
        String question = ask("Roma-bemiddeling", "\"audience\": \"MUNICIPALITIES\", \"municipalities\": [\"muenster\"], "
                + "\"invite\": [\"" + expert + "\"]", ALMELO);

        JsonNode inbox = KnowledgeClient.ok(client.get("/api/questions/inbox", expertToken));
        assertThat(inbox.get("invitingYou").asLong()).isOne();
        assertThat(ids(inbox.get("questions"))).contains(question);
        assertThat(client.get("/api/questions/" + question, ANTWERPEN).statusCode()).isEqualTo(404);
        answer(question, "De8 werkt met bemiddelaars uit de gemeenschap.", expertToken);
        assertThat(ids(KnowledgeClient.ok(client.get("/api/questions/inbox", ANTWERPEN)).get("questions")))
                .doesNotContain(question);
    }

    @Test
    void theInboxHoldsOpenQuestionsToTheCityThatItHasNotAnsweredNewestFirst() {
        String older = ask("Ouders en taal", "\"audience\": \"MUNICIPALITIES\", \"municipalities\": [\"muenster\"]", ALMELO);
        String newer = ask("Welkom heten", "\"audience\": \"NETWORK\"", ALMELO);
        String toAntwerpen = ask("Buurtsecretariaten", "\"audience\": \"MUNICIPALITIES\", \"municipalities\": [\"antwerpen\"]", ALMELO);

        JsonNode inbox = KnowledgeClient.ok(client.get("/api/questions/inbox?size=100", MUENSTER));
        assertThat(ids(inbox.get("questions"))).containsSubsequence(newer, older).doesNotContain(toAntwerpen);
        assertThat(inbox.get("waiting").asLong()).isEqualTo(inbox.get("questions").get("total").asLong());
        long waiting = inbox.get("waiting").asLong();

        answer(older, "Elternabende in der Muttersprache.", TestTokens.bearer("colleague@muenster", "muenster", "OFFICER"));
        JsonNode after = KnowledgeClient.ok(client.get("/api/questions/inbox?size=100", MUENSTER));
        assertThat(ids(after.get("questions"))).as("a colleague of the same city answered it").doesNotContain(older)
                .contains(newer);
        assertThat(after.get("waiting").asLong()).isEqualTo(waiting - 1);
        assertThat(ids(KnowledgeClient.ok(client.get("/api/questions/inbox?size=100", ALMELO)).get("questions")))
                .as("not one's own city's questions").doesNotContain(older, newer, toAntwerpen);
        assertThat(client.get("/api/questions/inbox?size=1000", MUENSTER).statusCode()).isEqualTo(400);
    }

    @Test
    void anAnswerIsMarkedHelpfulOncePerPersonAndNotByItsAuthor() {
        String question = ask("Vrijwilligers werven", "\"audience\": \"NETWORK\"", ALMELO);
        String fromMuenster = answer(question, "Über Sportvereine.", MUENSTER);

        client.post(helpful(question, fromMuenster), "", ANTWERPEN);
        JsonNode twice = KnowledgeClient.ok(client.post(helpful(question, fromMuenster), "", ANTWERPEN));
        JsonNode marked = twice.get("answers").get(0);
        assertThat(marked.get("helpfulCount").asInt()).isOne();
        assertThat(marked.get("helpfulToYou").asBoolean()).isTrue();
        JsonNode byAlmelo = KnowledgeClient.ok(client.post(helpful(question, fromMuenster), "", ALMELO));
        assertThat(byAlmelo.get("answers").get(0).get("helpfulCount").asInt()).isEqualTo(2);
        assertThat(client.post(helpful(question, fromMuenster), "", MUENSTER).statusCode()).isEqualTo(409);
        assertThat(client.post(helpful(question, "no-such-answer"), "", ANTWERPEN).statusCode()).isEqualTo(404);
    }

    @Test
    void aQuestionToABridgeGroupReachesItsMemberCitiesOnly() {
        String group = KnowledgeClient.id(client.post("/api/bridge-groups", """
                {"name": "Bruggroep %s", "purpose": "Kennisoverdracht", "memberCities": ["almelo", "muenster"]}
                """.formatted(UUID.randomUUID()), TestTokens.admin()));
        String question = ask("Aan de bruggroep", "\"audience\": \"BRIDGE_GROUP\", \"bridgeGroupId\": \"" + group + "\"",
                ALMELO);

        JsonNode read = KnowledgeClient.ok(client.get("/api/questions/" + question, MUENSTER));
        assertThat(read.get("addressedTo").valueStream().map(JsonNode::asString).toList()).containsExactly("muenster");
        assertThat(read.get("youMayAnswer").asBoolean()).isTrue();
        assertThat(client.get("/api/questions/" + question, ANTWERPEN).statusCode()).isEqualTo(404);
        assertThat(client.post("/api/questions", body("Niet lid", "\"audience\": \"BRIDGE_GROUP\", \"bridgeGroupId\": \""
                + group + "\""), ANTWERPEN).statusCode()).as("a city outside the group cannot address it").isEqualTo(404);
    }

    @Test
    void aQuestionNeedsItsAudienceAndBoundedFields() {
        assertThat(client.post("/api/questions", body("Aan wie?", "\"audience\": \"MUNICIPALITIES\""), ALMELO)
                .statusCode()).isEqualTo(400);
        assertThat(client.post("/api/questions", body("Aan onszelf", "\"audience\": \"MUNICIPALITIES\", "
                + "\"municipalities\": [\"almelo\"]"), ALMELO).statusCode()).isEqualTo(400);
        assertThat(client.post("/api/questions", body("x".repeat(201), "\"audience\": \"NETWORK\""), ALMELO)
                .statusCode()).isEqualTo(400);
        assertThat(client.post("/api/questions", body("Geen groep", "\"audience\": \"BRIDGE_GROUP\""), ALMELO)
                .statusCode()).isEqualTo(400);
        assertThat(client.post("/api/questions", "{\"title\": ", ALMELO).statusCode()).isEqualTo(400);
    }

    private String ask(String title, String audience, String token) {
        return KnowledgeClient.id(client.post("/api/questions", body(title, audience), token));
    }

    private static String body(String title, String audience) {
        return """
                {"title": "%s", "body": "Wie heeft ervaring hiermee?", "language": "nl",
                 "themes": ["vrijwilligers"], %s}
                """.formatted(title, audience);
    }

    private String answer(String question, String text, String token) {
        JsonNode answered = KnowledgeClient.created(client.post("/api/questions/" + question + "/answers",
                "{\"body\": \"" + text + "\"}", token));
        return answered.get("answers").valueStream().filter(answer -> answer.get("body").asString().equals(text))
                .findFirst().orElseThrow().get("id").asString();
    }

    private static String accept(String question, String answer) {
        return "/api/questions/" + question + "/answers/" + answer + "/accept";
    }

    private static String helpful(String question, String answer) {
        return "/api/questions/" + question + "/answers/" + answer + "/helpful";
    }

    private static java.util.List<String> ids(JsonNode page) {
        return page.get("items").valueStream().map(item -> item.get("id").asString()).toList();
    }
}
