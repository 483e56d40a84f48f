package org.citybridge.organisations.vision;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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
 * The city's officers run a consultation: a district conversation with what it produced, contributions
 * from departments and the council, the counts of the overview (small enough to count by hand), the
 * filters, the export; another city finds none of it, and an adopted vision takes no more.
 */
@StackTest
class ConsultationOfficerIT {

    private static final String ALMELO = TestTokens.officer("almelo");
    private static final String ANTWERPEN = TestTokens.officer("antwerpen");

    @LocalServerPort
    int port;

    @Autowired
    VisionService visions;

    ApiClient api;

    @BeforeEach
    void api() {
        api = ApiClient.onPort(port);
    }

    @Test
    void aConversationAndTheContributionsOfficersEnterAreCountedPerQuestionGroupDistrictAndCommunity() {
        String vision = Consultations.consulting(visions, "almelo", Visibility.PUBLIC).id();
        String base = "/api/visions/" + vision;

        HttpResponse<String> held = api.post(base + "/conversations", """
                {"date": "2010-02-11", "district": " Kerkelanden ", "place": "Wijkcentrum De Schelf",
                 "attendance": {"RESIDENT": 23, "SELF_ORGANISATION": 4}, "notes": "Veel jongeren.",
                 "meetingReference": "congress-2010-kleurrijk"}
                """, ALMELO);
        assertThat(held.statusCode()).as(held.body()).isEqualTo(201);
        String conversation = json(held).get("id").asString();
        assertThat(held.headers().firstValue("Location")).hasValue(base + "/conversations/" + conversation);
        assertThat(json(held).get("district").asString()).isEqualTo("Kerkelanden");
        assertThat(json(held).get("totalAttendance").asInt()).isEqualTo(27);

        enter(base, "{\"group\":\"RESIDENT\",\"district\":\"Kerkelanden\",\"community\":\"Turks\",\"question\":1,"
                + "\"text\":\"Elkaar ontmoeten.\",\"conversationId\":\"" + conversation + "\"}");
        enter(base, "{\"group\":\"SELF_ORGANISATION\",\"district\":\"Kerkelanden\",\"community\":\"Turks\","
                + "\"question\":1,\"text\":\"Atib doet mee.\",\"authorName\":\"Atib\",\"showName\":true,"
                + "\"conversationId\":\"" + conversation + "\"}");
        enter(base, "{\"group\":\"DEPARTMENT\",\"question\":2,\"text\":\"Onderwijs: schakelklassen.\"}");
        enter(base, "{\"group\":\"COUNCIL\",\"district\":\"Centrum\",\"text\":\"Een vrije bijdrage.\"}");
        // From the public form: pending, so in no count but the pending one, until it is read.
        assertThat(api.post(base + "/public/contributions", "{\"group\":\"RESIDENT\",\"district\":\"Centrum\","
                + "\"question\":3,\"text\":\"Nog niet gelezen.\",\"consent\":true}", null).statusCode()).isEqualTo(202);

        JsonNode overview = json(api.get(base + "/overview", ALMELO));
        assertThat(overview.get("approved").asLong()).isEqualTo(4);
        assertThat(overview.get("pending").asLong()).isEqualTo(1);
        assertThat(overview.get("perQuestion").valueStream()
                .map(q -> (q.get("question").isNull() ? "free" : String.valueOf(q.get("question").asInt())) + "=" + q.get("count").asLong())
                .toList()).containsExactly("1=2", "2=1", "3=0", "free=1");
        assertThat(overview.get("perQuestion").get(0).get("text").asString()).isEqualTo(Consultations.QUESTION_1);
        JsonNode perGroup = overview.get("perGroup");
        assertThat(List.of(perGroup.get("RESIDENT").asLong(), perGroup.get("SELF_ORGANISATION").asLong(),
                perGroup.get("DEPARTMENT").asLong(), perGroup.get("COUNCIL").asLong(),
                perGroup.get("ADVISORY_BODY").asLong(), perGroup.get("ORGANISATION_OR_COMPANY").asLong()))
                .containsExactly(1L, 1L, 1L, 1L, 0L, 0L);
        assertThat(named(overview.get("perDistrict"))).containsExactly("Kerkelanden=2", "Centrum=1", "null=1");
        assertThat(named(overview.get("perCommunity"))).containsExactly("Turks=2", "null=2");

        assertThat(total(base + "/contributions")).isEqualTo(5);
        assertThat(total(base + "/contributions?question=1")).isEqualTo(2);
        assertThat(total(base + "/contributions?group=DEPARTMENT")).isEqualTo(1);
        assertThat(total(base + "/contributions?district=Kerkelanden&community=Turks")).isEqualTo(2);
        assertThat(total(base + "/contributions?moderation=PENDING")).isEqualTo(1);
        assertThat(total(base + "/contributions?conversationId=" + conversation)).isEqualTo(2);

        JsonNode meeting = json(api.get(base + "/conversations/" + conversation, ALMELO));
        assertThat(meeting.get("attendance").get("RESIDENT").asInt()).isEqualTo(23);
        assertThat(meeting.get("meetingReference").asString()).isEqualTo("congress-2010-kleurrijk");
        assertThat(meeting.get("contributions").valueStream().map(c -> c.get("text").asString()).toList())
                .containsExactly("Elkaar ontmoeten.", "Atib doet mee.");
        assertThat(json(api.get(base + "/conversations", ALMELO)).get("total").asLong()).isEqualTo(1);
    }

    @Test
    void theModerationQueueHoldsThePublicFormsContributionsUntilAnOfficerDecides() {
        String vision = Consultations.consulting(visions, "almelo", Visibility.PUBLIC).id();
        String base = "/api/visions/" + vision;
        for (String text : List.of("Eerste", "Tweede")) {
            api.post(base + "/public/contributions", "{\"group\":\"RESIDENT\",\"text\":\"" + text
                    + "\",\"consent\":true}", null);
        }

        JsonNode queue = json(api.get(base + "/moderation", ALMELO));
        assertThat(queue.get("items").valueStream().map(c -> c.get("text").asString()).toList())
                .as("oldest first").containsExactly("Eerste", "Tweede");
        String first = queue.get("items").get(0).get("id").asString();
        String second = queue.get("items").get(1).get("id").asString();

        HttpResponse<String> approved = api.post(base + "/contributions/" + first + "/approve", "", ALMELO);
        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
        assertThat(json(approved).get("moderation").asString()).isEqualTo("APPROVED");
        assertThat(json(api.post(base + "/contributions/" + second + "/reject", "", ALMELO)).get("moderation")
                .asString()).isEqualTo("REJECTED");

        assertThat(json(api.get(base + "/moderation", ALMELO)).get("total").asLong()).isZero();
        JsonNode overview = json(api.get(base + "/overview", ALMELO));
        assertThat(overview.get("approved").asLong()).isEqualTo(1);
        assertThat(overview.get("pending").asLong()).isZero();
    }

    @Test
    void theExportHasApprovedAndPendingOnesWithTheirStateInCellsNoSpreadsheetRuns() {
        String vision = Consultations.consulting(visions, "almelo", Visibility.PUBLIC).id();
        String base = "/api/visions/" + vision;
        enter(base, "{\"group\":\"ADVISORY_BODY\",\"district\":\"Nieuwstraat\",\"question\":2,"
                + "\"text\":\"Adviesraad: \\\"meer\\\" menging, ook in Münster.\",\"authorName\":\"Adviesraad\"}");
        api.post(base + "/public/contributions", "{\"group\":\"RESIDENT\",\"text\":\"=HYPERLINK(\\\"http://x\\\")\","
                + "\"consent\":true}", null);
        api.post(base + "/public/contributions", "{\"group\":\"RESIDENT\",\"text\":\"Weggelaten\",\"consent\":true}",
                null);
        String dropped = json(api.get(base + "/contributions?moderation=PENDING", ALMELO)).get("items")
                .valueStream().filter(c -> c.get("text").asString().equals("Weggelaten")).findFirst().orElseThrow()
                .get("id").asString();
        api.post(base + "/contributions/" + dropped + "/reject", "", ALMELO);

        HttpResponse<byte[]> export = api.getBytes(base + "/contributions.csv", ALMELO);

        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(export.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/csv"));
        assertThat(export.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                disposition -> assertThat(disposition).contains("attachment").contains("-contributions.csv"));
        String csv = new String(export.body(), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFmoderation,contributionId,receivedAt,channel,group,district,community,"
                + "question,questionText,text,authorName,showName,consent,conversationId\r\n");
        List<String> rows = List.of(csv.substring(1).split("\r\n"));
        assertThat(rows).hasSize(3);
        assertThat(rows.get(1)).startsWith("APPROVED,").contains(",OFFICER,ADVISORY_BODY,Nieuwstraat,,2,"
                + Consultations.QUESTION_2 + ",\"Adviesraad: \"\"meer\"\" menging, ook in Münster.\",Adviesraad,false,false,");
        assertThat(rows.get(2)).startsWith("PENDING,").contains(",PUBLIC_FORM,RESIDENT,")
                .contains(",\"'=HYPERLINK(\"\"http://x\"\")\",");
        assertThat(csv).doesNotContain("Weggelaten");
    }

    @Test
    void anotherCitysOfficerFindsNoneOfItEvenOfAPublicVision() {
        String vision = Consultations.consulting(visions, "almelo", Visibility.PUBLIC).id();
        String base = "/api/visions/" + vision;
        String contribution = enter(base, "{\"group\":\"RESIDENT\",\"text\":\"Van Almelo.\"}");
        String conversation = json(api.post(base + "/conversations", "{\"date\":\"2010-02-11\",\"district\":\"Centrum\"}",
                ALMELO)).get("id").asString();

        for (String path : List.of("/contributions", "/contributions/" + contribution, "/moderation", "/overview",
                "/contributions.csv", "/conversations", "/conversations/" + conversation)) {
            HttpResponse<String> read = api.get(base + path, ANTWERPEN);
            assertThat(read.statusCode()).as("GET %s: %s", path, read.body()).isEqualTo(404);
            assertThat(read.body()).doesNotContain("Van Almelo.");
        }
        assertThat(api.post(base + "/contributions", "{\"group\":\"RESIDENT\",\"text\":\"Van Antwerpen.\"}",
                ANTWERPEN).statusCode()).isEqualTo(404);
        assertThat(api.post(base + "/contributions/" + contribution + "/reject", "", ANTWERPEN).statusCode())
                .isEqualTo(404);
        assertThat(api.post(base + "/conversations", "{\"date\":\"2010-02-11\",\"district\":\"Centrum\"}", ANTWERPEN)
                .statusCode()).isEqualTo(404);
        assertThat(total(base + "/contributions")).as("nothing Antwerpen sent arrived").isEqualTo(1);
        assertThat(json(api.get(base + "/contributions/" + contribution, ALMELO)).get("moderation").asString())
                .isEqualTo("APPROVED");
    }

    @Test
    void wrongValuesAre400NamingTheFieldAndAnAdoptedVisionTakesNoMore() {
        VisionProcess consulting = Consultations.consulting(visions, "almelo", Visibility.PRIVATE);
        String base = "/api/visions/" + consulting.id();

        assertThat(errorFields(api.post(base + "/contributions", "{\"group\":\"RESIDENT\",\"question\":7,"
                + "\"text\":\"x\"}", ALMELO))).containsExactly("question");
        assertThat(errorFields(api.post(base + "/contributions", "{\"text\":\"x\",\"authorName\":\""
                + "a".repeat(201) + "\"}", ALMELO))).containsExactlyInAnyOrder("group", "authorName");
        assertThat(errorFields(api.post(base + "/contributions", "{\"group\":\"RESIDENT\",\"text\":\"x\","
                + "\"conversationId\":\"no-such-conversation\"}", ALMELO))).containsExactly("conversationId");
        assertThat(errorFields(api.post(base + "/conversations", "{\"district\":\" \","
                + "\"attendance\":{\"RESIDENT\":-1}}", ALMELO))).contains("date", "district");

        Consultations.adopted(visions, consulting);

        HttpResponse<String> late = api.post(base + "/contributions", "{\"group\":\"RESIDENT\",\"text\":\"Te laat.\"}",
                ALMELO);
        assertThat(late.statusCode()).as(late.body()).isEqualTo(409);
        assertThat(api.post(base + "/conversations", "{\"date\":\"2010-08-01\",\"district\":\"Centrum\"}", ALMELO)
                .statusCode()).isEqualTo(409);
        assertThat(total(base + "/contributions")).isZero();
    }

    private String enter(String base, String json) {
        HttpResponse<String> entered = api.post(base + "/contributions", json, ALMELO);
        assertThat(entered.statusCode()).as(entered.body()).isEqualTo(201);
        assertThat(json(entered).get("moderation").asString()).isEqualTo("APPROVED");
        assertThat(json(entered).get("channel").asString()).isEqualTo("OFFICER");
        return json(entered).get("id").asString();
    }

    private long total(String path) {
        HttpResponse<String> page = api.get(path, ALMELO);
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        return json(page).get("total").asLong();
    }

    private static List<String> named(JsonNode counts) {
        return counts.valueStream().map(c -> (c.get("name").isNull() ? "null" : c.get("name").asString()) + "="
                + c.get("count").asLong()).toList();
    }

    static List<String> errorFields(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        return json(response).get("errors").valueStream().map(error -> error.get("field").asString()).toList();
    }

    static JsonNode json(HttpResponse<String> response) {
        return ApiClient.json(response);
    }
}
