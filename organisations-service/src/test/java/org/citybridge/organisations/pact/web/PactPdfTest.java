package org.citybridge.organisations.pact.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.citybridge.organisations.organisation.OrganisationKind;
import org.citybridge.organisations.pact.Commitment;
import org.citybridge.organisations.pact.Pact;
import org.citybridge.organisations.pact.PactFixtures;
import org.citybridge.organisations.pact.PdfFiles;
import org.citybridge.organisations.pact.Signatory;
import org.citybridge.organisations.pact.Signature;
import org.citybridge.platform.documents.DocumentLabels;
import org.citybridge.platform.documents.DocumentLanguage;
import org.junit.jupiter.api.Test;

class PactPdfTest {

    private static final DocumentLabels DUTCH = DocumentLabels.in(DocumentLanguage.NL);
    private static final DocumentLabels GERMAN = DocumentLabels.in(DocumentLanguage.DE);
    private static final DocumentLabels ENGLISH = DocumentLabels.in(DocumentLanguage.EN);

    @Test
    void printsTheTextTheLinesOfWorkAndTheSignatoriesWithTheirPngLogos() throws Exception {
        Pact pact = PactFixtures.publishedPact("Integratiepact KleurRijk Almelo 2011-2014");
        Signature atib = pact.sign("s1", PactFixtures.signing("org-1", "ATIB Almelo", new Commitment(1, "Vrijwilligers")),
                Instant.now(), "o");
        Signature svg = pact.sign("s2", PactFixtures.signing("org-2", "Variya"), Instant.now(), "o");

        byte[] pdf = PactPdf.render(pact, List.of(
                new Signatory(atib, "ATIB Almelo", OrganisationKind.SELF_ORGANISATION, PdfFiles.png(), "image/png"),
                new Signatory(svg, "Stichting Şükran Yılmaz", OrganisationKind.CIVIL_SOCIETY,
                        "<svg xmlns=\"http://www.w3.org/2000/svg\"/>".getBytes(StandardCharsets.UTF_8), "image/svg+xml")),
                DUTCH, DocumentLanguage.NL);

        String text = PdfFiles.text(pdf);
        assertThat(text).contains("Integratiepact KleurRijk Almelo 2011-2014", "Thuis en Actief in KleurRijk Almelo",
                "Gemengde participatie", "Samenwerking en kennisuitwisseling", "dat Almelo een zeer kleurrijke bevolking heeft",
                "ATIB Almelo", "A. Voorbeeld", "Voorzitter", "15 maart 2011", "Stichting Şükran Yılmaz");
        assertThat(PdfFiles.images(pdf)).as("the PNG logo is drawn, the SVG one skipped").isEqualTo(1);
    }

    @Test
    void aLogoThatIsNotWhatItClaimsLeavesTheCellEmpty() throws Exception {
        Pact pact = PactFixtures.publishedPact("Pact");
        Signature signature = pact.sign("s1", PactFixtures.signing("org-1", "ATIB Almelo"), Instant.now(), "o");

        byte[] pdf = PactPdf.render(pact, List.of(new Signatory(signature, "ATIB Almelo", null,
                "not a png".getBytes(StandardCharsets.UTF_8), "image/png")), DUTCH, DocumentLanguage.NL);

        assertThat(PdfFiles.text(pdf)).contains("ATIB Almelo");
        assertThat(PdfFiles.images(pdf)).isZero();
    }

    @Test
    void aDraftSaysSoAndAPactWithoutSignaturesToo() throws Exception {
        Pact draft = Pact.draft("almelo", PactFixtures.content("Concept pact"));

        String text = PdfFiles.text(PactPdf.render(draft, List.of(), ENGLISH, DocumentLanguage.EN));

        assertThat(text).contains("Concept pact", "DRAFT", "No signatures yet.");
    }

    @Test
    void aDutchPactReadInDutchIsDutchThroughout() throws Exception {
        Pact pact = PactFixtures.publishedPact("Integratiepact KleurRijk Almelo 2011-2014");
        Signature signature = pact.sign("s1", PactFixtures.signing("org-1", "ATIB Almelo",
                new Commitment(1, "Vrijwilligers")), Instant.now(), "o");

        byte[] pdf = PactPdf.render(pact, List.of(new Signatory(signature, "ATIB Almelo", null, null, null)), DUTCH,
                DocumentLanguage.NL);

        // Table headings wrap inside their cells: the words are compared with the line breaks as spaces.
        String text = PdfFiles.text(pdf).replaceAll("\\s+", " ");
        assertThat(text).contains("Visie: Thuis en Actief", "Looptijd 2011-2014", "gedateerd 1 maart 2011",
                "Ondertekenaars", "Naam organisatie", "Naam verantwoordelijke", "Functie", "Datum", "Toezeggingen:",
                "15 maart 2011");
        assertThat(text).doesNotContain("Vision", "Period", "dated", "Signatories", "Organisation",
                "Responsible", "Role", "Date", "Commitments", "March", "(NL)");
        assertThat(PdfFiles.language(pdf)).isEqualTo("nl");
    }

    @Test
    void aDutchPactReadInGermanHasGermanLabelsAndMarksItsDutchText() throws Exception {
        Pact draft = Pact.draft("almelo", PactFixtures.content("Integratiepact KleurRijk Almelo"));

        byte[] pdf = PactPdf.render(draft, List.of(), GERMAN, DocumentLanguage.NL);
        // For a person to look at (pdftoppm -png -r 80 target/pact-de.pdf target/pact-de).
        Files.write(Path.of("target", "pact-de.pdf"), pdf);

        String text = PdfFiles.text(pdf);
        assertThat(text).contains("ENTWURF", "Leitbild: Thuis en Actief", "Laufzeit 2011-2014",
                "datiert 1. März 2011", "Unterzeichner", "Noch keine Unterschriften.",
                "Integratiepact KleurRijk Almelo (NL)", "Gemengde participatie (NL)",
                "auf Niederländisch verfasst (NL)");
        assertThat(text).doesNotContain("DRAFT", "CONCEPT", "Vision", "Period", "Signatories", "No signatures");
        assertThat(PdfFiles.language(pdf)).isEqualTo("de");
    }

    @Test
    void fileNamesAreReadableAscii() {
        assertThat(PactDocumentsController.fileName(PactFixtures.publishedPact(
                "Integratiepact KleurRijk Almelo 2011-2014"), ".pdf"))
                .isEqualTo("integratiepact-kleurrijk-almelo-2011-2014.pdf");
        assertThat(PactDocumentsController.fileName(PactFixtures.publishedPact("Münster: Pakt für Vielfalt!"),
                "-signatures.csv")).isEqualTo("munster-pakt-fur-vielfalt-signatures.csv");
        assertThat(PactDocumentsController.fileName(PactFixtures.publishedPact("???"), ".pdf")).isEqualTo("pact.pdf");
    }
}
