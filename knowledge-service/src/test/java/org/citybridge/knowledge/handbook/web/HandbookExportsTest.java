package org.citybridge.knowledge.handbook.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.citybridge.knowledge.handbook.ChapterSource;
import org.citybridge.knowledge.handbook.EditionState;
import org.citybridge.knowledge.handbook.EditionText;
import org.citybridge.knowledge.handbook.FrozenChapter;
import org.citybridge.knowledge.handbook.FrozenChapter.Section;
import org.junit.jupiter.api.Test;

/** The exports of an edition whose chapters run over several pages. */
class HandbookExportsTest {

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
        byte[] pdf = HandbookPdf.render(EDITION);
        Path file = Path.of("target", "handbook-pages", "long-handbook.pdf");
        Files.createDirectories(file.getParent());
        Files.write(file, pdf);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).as("title, contents, introduction, a long chapter, a short one")
                    .isGreaterThanOrEqualTo(6);
            int studyPage = pageOf(document, "Chapter 2");
            assertThat(studyPage).isEqualTo(document.getNumberOfPages());
            assertThat(text(document, 2)).containsPattern("mentaliteitsverandering[ .]*" + studyPage)
                    .containsPattern("Gastgezinnen voor nieuwkomers[ .]*4");
            assertThat(text(document, studyPage)).contains("Draagvlak bij alle betrokken partijen",
                    "Handboek KleurRijk Almelo, eerste editie · edition 1", String.valueOf(studyPage));
            List<String> bookmarks = new java.util.ArrayList<>();
            for (PDOutlineItem item : document.getDocumentCatalog().getDocumentOutline().children()) {
                bookmarks.add(item.getTitle());
            }
            assertThat(bookmarks).containsExactly("Introduction", "1. Gastgezinnen voor nieuwkomers",
                    "2. Interne analyse van het proces van mentaliteitsverandering");
        }
    }

    @Test
    void markdownAndHtmlKeepParagraphsAndTheChaptersOrder() {
        String markdown = HandbookMarkdown.render(EDITION);
        assertThat(markdown).startsWith("# Handboek KleurRijk Almelo, eerste editie\n")
                .contains("**Handboek KleurRijk Almelo**", "*Edition 1, published 15 December 2011 · Almelo*",
                        "1. [Gastgezinnen voor nieuwkomers](#chapter-1)", "### Findings",
                        "- Actieve steun door bestuur en management");
        assertThat(markdown.indexOf("## 1. Gastgezinnen")).isLessThan(markdown.indexOf("## 2. Interne analyse"));
        String html = HandbookHtml.render(EDITION);
        assertThat(html).contains("<section id=\"chapter-2\">", "<li>Draagvlak bij alle betrokken partijen</li>",
                "Münster").containsPattern("(?s)<h3>Approach</h3>\\n(<p>Alle afdelingen.*?</p>\\n){14}");
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
