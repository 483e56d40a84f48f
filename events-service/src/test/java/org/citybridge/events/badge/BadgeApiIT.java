package org.citybridge.events.badge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.citybridge.events.EventsClient;
import org.citybridge.events.ticket.QrDecoding;
import org.citybridge.platform.test.StackTest;
import org.citybridge.platform.test.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/** Badges over HTTP for real registrations: a person's own, and an organiser's sheets of every confirmed attendee. */
@StackTest
class BadgeApiIT {

    @LocalServerPort
    int port;

    @Test
    void aPersonsBadgeShowsTheCongressInTheirLanguageThemAndTheirTicket() throws IOException {
        EventsClient client = new EventsClient(port);
        JsonNode congress = client.congress("almelo", 10, 10, null);
        String english = congress.get("title").get("en").asString();
        JsonNode ayse = client.person(congress.get("id").asString(), "Ayşe Yılmaz", "Stichting De Brug", "Münster",
                "en", EventsClient.sessionId(congress, 2));
        JsonNode jan = client.person(congress.get("id").asString(), "Jan de Vries", null, "Almelo", "de");
        String path = "/api/registrations/" + ayse.get("code").asString() + "/badge";

        HttpResponse<byte[]> badge = client.bytesAsHolder(path, ayse);

        assertThat(badge.statusCode()).isEqualTo(200);
        assertThat(badge.headers().firstValue("Content-Type")).hasValue("application/pdf");
        try (PDDocument document = Loader.loadPDF(badge.body())) {
            assertThat(new PDFTextStripper().getText(document)).contains(english, "Ayşe Yılmaz", "Stichting De Brug",
                    "Münster");
            assertThat(QrDecoding.decode(new PDFRenderer(document).renderImageWithDPI(0, 200)))
                    .isEqualTo(client.secretOf(ayse));
        }
        assertThat(client.api().getBytes(path, null).statusCode()).as("without the token").isEqualTo(404);
        HttpResponse<byte[]> dutch = client.bytesAsHolder("/api/registrations/" + jan.get("code").asString()
                + "/badge", jan);
        try (PDDocument document = Loader.loadPDF(dutch.body())) {
            assertThat(new PDFTextStripper().getText(document)).as("no German title: the Dutch one")
                    .contains(congress.get("title").get("nl").asString()).doesNotContain(english);
            assertThat(squeezed(new PDFTextStripper().getText(document))).as("marked as Dutch on a German badge")
                    .contains(squeezed(congress.get("title").get("nl").asString() + " (NL)"));
        }
        HttpResponse<byte[]> asked = client.bytesAsHolder(path + "?lang=nl", ayse);
        try (PDDocument document = Loader.loadPDF(asked.body())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).as("?lang= asks for the Dutch title").contains(congress.get("title").get("nl").asString())
                    .doesNotContain(english, "(NL)");
        }
        assertThat(client.bytesAsHolder(path + "?lang=tr", ayse).statusCode()).isEqualTo(400);
    }

    private static String squeezed(String text) {
        return text.replaceAll("\\s+", "");
    }

    @Test
    void organisersPrintSheetsOfTheConfirmedAttendeesOfTheirOwnCongressOnly() throws IOException {
        EventsClient client = new EventsClient(port);
        String congress = client.congress("almelo", 20, 20, "\"coOrganisers\": [\"muenster\"]").get("id").asString();
        for (int i = 1; i <= 9; i++) {
            client.person(congress, "Deelnemer " + i, "Gemeente Almelo", "Almelo", "nl");
        }
        assertThat(client.cancel(client.person(congress, "Afgemelde Persoon", null, "Almelo", "nl")).statusCode())
                .isEqualTo(204);
        String path = "/api/congresses/" + congress + "/badges.pdf";

        HttpResponse<byte[]> sheets = client.api().getBytes(path, TestTokens.organiser("almelo"));

        assertThat(sheets.statusCode()).isEqualTo(200);
        try (PDDocument document = Loader.loadPDF(sheets.body())) {
            assertThat(document.getNumberOfPages()).isEqualTo(2);
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Deelnemer 1", "Deelnemer 9").doesNotContain("Afgemelde");
        }
        assertThat(client.api().getBytes(path, TestTokens.organiser("muenster")).statusCode()).as("co-organiser")
                .isEqualTo(200);
        assertThat(client.api().getBytes(path, TestTokens.organiser("antwerpen")).statusCode()).isEqualTo(404);
        assertThat(client.api().getBytes(path, TestTokens.officer("almelo")).statusCode()).isEqualTo(403);
    }
}
