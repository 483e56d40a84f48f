package org.citybridge.knowledge.handbook.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.citybridge.knowledge.handbook.ChapterSource;
import org.citybridge.knowledge.handbook.EditionState;
import org.citybridge.knowledge.handbook.EditionText;
import org.citybridge.knowledge.handbook.FrozenChapter;
import org.citybridge.knowledge.handbook.FrozenChapter.Section;
import org.citybridge.knowledge.handbook.PdfPages;
import org.citybridge.platform.documents.DocumentLabels;
import org.citybridge.platform.documents.DocumentLanguage;
import org.junit.jupiter.api.Test;

/** The exports of an edition whose chapters run over several pages. */
class HandbookExportsTest {

    static final EditionLabels DUTCH = new EditionLabels(DocumentLabels.in(DocumentLanguage.NL));

    static final String LONG = String.join("\n\n", java.util.Collections.nCopies(14,
            "Alle afdelingen leverden input voor het praatstuk; stadsdeelgesprekken en de zelforganisaties "
                    + "brachten hun visie in. Wat werkte: een vaste overlegstructuur tussen gemeente en "
                    + "allochtone inwoners, langlopende afspraken met maatschappelijke organisaties."));

    static final EditionText EDITION = new EditionText("h1", "Handboek KleurRijk Almelo", "almelo", 1,
            EditionState.PUBLISHED, "Handboek KleurRijk Almelo, eerste editie",
            "Kennisoverdracht tussen gemeenten: bruggroepen Münster - Almelo, twee congressen en dit handboek.",
            Instant.parse("2011-12-15T12:00:00Z"), List.of(
                    new FrozenChapter(1, ChapterSource.PRACTICE, "p1", "Gastgezinnen voor nieuwkomers",
                            "Waarom dit hoofdstuk: Münster nam het over.", "Practice of almelo", "nl",
                            List.of(new Section("Summary", "Nieuwkomers krijgen een gastgezin.", List.of()),
                                    new Section("Approach", LONG, List.of()))),
                    new FrozenChapter(2, ChapterSource.STUDY, "s1",
                            "Interne analyse van het proces van mentaliteitsverandering", null,
                            "Study by University of Twente, commissioned by Gemeente Almelo", "nl",
                            List.of(new Section("Findings", null, List.of("Draagvlak bij alle betrokken partijen",
                                    "Actieve steun door bestuur en management"))))),
            List.of());

    @Test
    void thePdfsContentsNameThePageEachChapterStartsOnAndBookmarkIt() throws IOException {
        byte[] pdf = HandbookPdf.render(EDITION, DUTCH);
        Path file = Path.of("target", "handbook-pages", "long-handbook.pdf");
        Files.createDirectories(file.getParent());
        Files.write(file, pdf);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).as("title, contents, introduction, a long chapter, a short one")
                    .isGreaterThanOrEqualTo(6);
            int studyPage = pageOf(document, "Hoofdstuk 2");
            assertThat(studyPage).isEqualTo(document.getNumberOfPages());
            assertThat(text(document, 2)).containsPattern("mentaliteitsverandering[ .]*" + studyPage)
                    .containsPattern("Gastgezinnen voor nieuwkomers[ .]*4");
            assertThat(text(document, studyPage)).contains("Draagvlak bij alle betrokken partijen",
                    "Handboek KleurRijk Almelo, eerste editie · editie 1", String.valueOf(studyPage));
            List<String> bookmarks = new java.util.ArrayList<>();
            for (PDOutlineItem item : document.getDocumentCatalog().getDocumentOutline().children()) {
                bookmarks.add(item.getTitle());
            }
            assertThat(bookmarks).containsExactly("Inleiding", "1. Gastgezinnen voor nieuwkomers",
                    "2. Interne analyse van het proces van mentaliteitsverandering");
        }
    }

    @Test
    void markdownAndHtmlKeepParagraphsAndTheChaptersOrder() {
        String markdown = HandbookMarkdown.render(EDITION, DUTCH);
        assertThat(markdown).startsWith("# Handboek KleurRijk Almelo, eerste editie\n")
                .contains("**Handboek KleurRijk Almelo**", "*Editie 1, gepubliceerd op 15 december 2011 · Almelo*",
                        "1. [Gastgezinnen voor nieuwkomers](#chapter-1)", "### Bevindingen",
                        "- Actieve steun door bestuur en management");
        assertThat(markdown.indexOf("## 1. Gastgezinnen")).isLessThan(markdown.indexOf("## 2. Interne analyse"));
        String html = HandbookHtml.render(EDITION, DUTCH);
        assertThat(html).contains("<section id=\"chapter-2\">", "<li>Draagvlak bij alle betrokken partijen</li>",
                "Münster").containsPattern("(?s)<h3>Aanpak</h3>\\n(<p>Alle afdelingen.*?</p>\\n){14}");
    }

    @Test
    void aDutchHandbookReadInDutchHasNoEnglishWordAndNoMark() throws IOException {
        String pdf = PdfPages.text(HandbookPdf.render(EDITION, DUTCH)).replaceAll("\\s+", " ");
        String markdown = HandbookMarkdown.render(EDITION, DUTCH);

        for (String text : List.of(pdf, markdown)) {
            assertThat(text).contains("Inhoud", "Inleiding", "Samenvatting", "Aanpak", "Bevindingen",
                    "Praktijkvoorbeeld van Almelo", "Onderzoek door University of Twente, in opdracht van Gemeente Almelo",
                    "gepubliceerd op 15 december 2011");
            assertThat(text).doesNotContain("Contents", "Introduction", "Chapter", "Summary", "Approach", "Findings",
                    "Practice of", "Study by", "commissioned", "published", "December", "(NL)");
        }
        assertThat(pdf).contains("Hoofdstuk 1 · praktijkvoorbeeld", "Hoofdstuk 2 · onderzoek");
        assertThat(EditionLabels.writtenIn(EDITION)).isEqualTo(DocumentLanguage.NL);
    }

    @Test
    void readInGermanTheWordsAreGermanAndTheDutchChaptersMarked() throws IOException {
        EditionLabels german = new EditionLabels(DocumentLabels.in(DocumentLanguage.DE));
        byte[] bytes = HandbookPdf.render(EDITION, german);
        String pdf = PdfPages.text(bytes).replaceAll("\\s+", " ");
        String html = HandbookHtml.render(EDITION, german);

        assertThat(pdf).contains("Inhalt", "Einleitung", "Kapitel 2 · Studie", "1. Gastgezinnen voor nieuwkomers (NL)",
                "Praxisbeispiel aus Almelo", "Studie von University of Twente, im Auftrag von Gemeente Almelo",
                "Ausgabe 1, veröffentlicht am 15. Dezember 2011", "Zusammenfassung", "Erkenntnisse",
                "in dieser Sprache verfasst und nicht übersetzt");
        assertThat(pdf).doesNotContain("Inhoud", "Contents", "Hoofdstuk", "Samenvatting", "Summary");
        try (PDDocument document = Loader.loadPDF(bytes)) {
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("de");
        }
        assertThat(html).contains("<html lang=\"de\">", "<nav aria-label=\"Inhalt\">",
                "<span lang=\"nl\">Gastgezinnen voor nieuwkomers</span> (NL)", "<h3>Vorgehen (NL)</h3>\n<div lang=\"nl\">");
    }

    @Test
    void aTranslatedTitleAndSummaryAreShownInTheReadersLanguageTheRestMarked() throws IOException {
        FrozenChapter translated = new FrozenChapter(1, ChapterSource.PRACTICE, "p1", "Gastgezinnen voor nieuwkomers",
                null, "Practice of almelo", "nl", List.of(new Section("Summary", "Nieuwkomers krijgen een gastgezin.",
                        List.of()), new Section("Approach", "Vrijwillige gezinnen uit de wijk.", List.of())),
                Map.of("de", new FrozenChapter.Translation("Gastfamilien für Neuangekommene",
                        "Neuangekommene bekommen eine Gastfamilie.")));
        EditionText edition = new EditionText("h1", "Handbuch", "muenster", 1, EditionState.PUBLISHED, "Handbuch", null,
                Instant.parse("2011-12-15T12:00:00Z"), List.of(translated), List.of());
        EditionLabels german = new EditionLabels(DocumentLabels.in(DocumentLanguage.DE));

        String pdf = PdfPages.text(HandbookPdf.render(edition, german)).replaceAll("\\s+", " ");
        String html = HandbookHtml.render(edition, german);
        String dutch = HandbookMarkdown.render(edition, DUTCH);

        assertThat(pdf).contains("1. Gastfamilien für Neuangekommene", "Zusammenfassung Neuangekommene bekommen",
                "Vorgehen (NL) Vrijwillige gezinnen").doesNotContain("Gastgezinnen", "Nieuwkomers krijgen",
                        "Gastfamilien für Neuangekommene (NL)", "Zusammenfassung (NL)");
        assertThat(html).contains("<h2>1. Gastfamilien für Neuangekommene</h2>", "<h3>Zusammenfassung</h3>\n<p>",
                "<h3>Vorgehen (NL)</h3>\n<div lang=\"nl\">");
        assertThat(dutch).as("a Dutch reader reads the original").contains("## 1. Gastgezinnen voor nieuwkomers",
                "Nieuwkomers krijgen een gastgezin.").doesNotContain("Gastfamilien", "(NL)");
    }

    @Test
    void aStudysBylineReadsInTheReadersWordsWithItsDates() {
        FrozenChapter study = new FrozenChapter(3, ChapterSource.STUDY, "s2", "Externe analyse", null,
                "Study by Bureau Berenschot, commissioned by Gemeente Almelo, for de stuurgroep (2010-06-01 to 2011-03-31)",
                "nl", List.of());

        assertThat(new EditionLabels(DocumentLabels.in(DocumentLanguage.NL)).byline(study)).isEqualTo(
                "Onderzoek door Bureau Berenschot, in opdracht van Gemeente Almelo, voor de stuurgroep "
                        + "(1 juni 2010 tot 31 maart 2011)");
        assertThat(new EditionLabels(DocumentLabels.in(DocumentLanguage.EN)).byline(study)).isEqualTo(study.byline()
                .replace("2010-06-01 to 2011-03-31", "1 June 2010 to 31 March 2011"));
    }

    private static int pageOf(PDDocument document, String text) throws IOException {
        for (int page = 1; page <= document.getNumberOfPages(); page++) {
            if (text(document, page).contains(text)) {
                return page;
            }
        }
        throw new AssertionError(text + " on no page");
    }

    private static String text(PDDocument document, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(document);
    }
}
