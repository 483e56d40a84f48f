package org.citybridge.events.badge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.citybridge.events.InMemoryTicketHolders;
import org.citybridge.events.TicketingClient;
import org.citybridge.events.ticket.QrDecoding;
import org.citybridge.events.ticket.TicketHolder;
import org.citybridge.platform.test.StackTest;
import org.citybridge.platform.test.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Badges over HTTP: a person's own, and an organiser's sheets of every confirmed attendee. */
@StackTest
class BadgeApiIT {

    @LocalServerPort
    int port;

    @Autowired
    InMemoryTicketHolders holders;

    @Test
    void aPersonsBadgeShowsThemAndCarriesTheirTicket() throws IOException {
        TicketingClient client = new TicketingClient(port, holders);
        String congress = holders.congress("almelo");
        TicketHolder ayse = holders.confirmed(congress, "Ayşe Yılmaz", "Stichting De Brug", "Münster", List.of("plenair"));
        String path = "/api/registrations/" + ayse.code() + "/badge";

        HttpResponse<byte[]> badge = client.bytesAsHolder(path, ayse);

        assertThat(badge.statusCode()).isEqualTo(200);
        assertThat(badge.headers().firstValue("Content-Type")).hasValue("application/pdf");
        try (PDDocument document = Loader.loadPDF(badge.body())) {
            assertThat(new PDFTextStripper().getText(document)).contains("Ayşe Yılmaz", "Stichting De Brug", "Münster");
            assertThat(QrDecoding.decode(new PDFRenderer(document).renderImageWithDPI(0, 200)))
                    .isEqualTo(client.secretOf(ayse));
        }
        assertThat(client.api().getBytes(path, null).statusCode()).as("without the token").isEqualTo(404);
    }

    @Test
    void organisersPrintSheetsOfTheConfirmedAttendeesOfTheirOwnCongressOnly() throws IOException {
        TicketingClient client = new TicketingClient(port, holders);
        String congress = holders.congress("almelo");
        for (int i = 1; i <= 9; i++) {
            holders.confirmed(congress, "Deelnemer " + i, "Gemeente Almelo", "Almelo", List.of());
        }
        holders.cancel(holders.confirmed(congress, "Afgemelde Persoon", null, "Almelo", List.of()));
        String path = "/api/congresses/" + congress + "/badges.pdf";

        HttpResponse<byte[]> sheets = client.api().getBytes(path, TestTokens.organiser("almelo"));

        assertThat(sheets.statusCode()).isEqualTo(200);
        try (PDDocument document = Loader.loadPDF(sheets.body())) {
            assertThat(document.getNumberOfPages()).isEqualTo(2);
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Deelnemer 1", "Deelnemer 9").doesNotContain("Afgemelde");
        }
        assertThat(client.api().getBytes(path, TestTokens.organiser("antwerpen")).statusCode()).isEqualTo(404);
        assertThat(client.api().getBytes(path, TestTokens.officer("almelo")).statusCode()).isEqualTo(403);
    }
}
