package org.citybridge.knowledge.handbook;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.citybridge.knowledge.handbook.FrozenChapter.Section;
import org.citybridge.knowledge.handbook.PracticeTexts.PracticeText;
import org.citybridge.knowledge.study.Study;
import org.citybridge.knowledge.study.StudyContent;
import org.citybridge.knowledge.study.StudyService;
import org.citybridge.platform.tenancy.Caller;
import org.citybridge.platform.tenancy.Visibility;
import org.springframework.stereotype.Component;

/** Turns a planned chapter into its texts, as the caller may read them now. */
@Component
class ChapterTexts {

    /** What a chapter's source says. */
    record Resolved(FrozenChapter chapter) {
    }

    private final PracticeTexts practices;
    private final StudyService studies;

    ChapterTexts(PracticeTexts practices, StudyService studies) {
        this.practices = practices;
        this.studies = studies;
    }

    /** Empty when the caller may not read the practice or study, or it does not exist. */
    Optional<Resolved> resolve(Caller caller, Chapter chapter, int number) {
        return switch (chapter.source()) {
            case PRACTICE -> practices.find(caller, chapter.refId()).map(text -> new Resolved(practice(chapter, number, text)));
            case STUDY -> studies.find(caller, chapter.refId())
                    .map(study -> new Resolved(study(chapter, number, study)));
        };
    }

    /**
     * Whether everyone who may read a handbook shared this widely may read the chapter's source too,
     * asked as such a reader: for a NETWORK handbook a member of no particular city (so neither one
     * city's private items nor a bridge group's count), for a PUBLIC one an anonymous visitor. Asking
     * the practices and studies themselves keeps their visibility rules in one place each.
     */
    boolean readableByEveryReaderOf(Visibility handbook, Chapter chapter) {
        Caller reader = switch (handbook) {
            case PRIVATE -> null;
            case NETWORK -> new Caller("handbook-reader", null, Set.of());
            case PUBLIC -> Caller.anonymous();
        };
        return reader == null || resolve(reader, chapter, 0).isPresent();
    }

    private static FrozenChapter practice(Chapter chapter, int number, PracticeText text) {
        List<Section> sections = new ArrayList<>();
        add(sections, "Summary", text.summary());
        add(sections, "Purpose", text.purpose());
        add(sections, "Rationale", text.rationale());
        add(sections, "Approach", text.approach());
        add(sections, "Results", text.results());
        return new FrozenChapter(number, ChapterSource.PRACTICE, chapter.refId(), text.title(), chapter.introduction(),
                "Practice of " + cityName(text.municipality()), text.language(), sections, text.translations());
    }

    private static FrozenChapter study(Chapter chapter, int number, Study study) {
        StudyContent content = study.content();
        List<Section> sections = new ArrayList<>();
        add(sections, "Summary", content.summary());
        if (!content.findings().isEmpty()) {
            sections.add(new Section("Findings", null, content.findings()));
        }
        String document = content.documentUrl() != null ? content.documentUrl()
                : content.documentAttachmentId() == null ? null
                        : "/api/studies/" + study.id() + "/document";
        add(sections, "Document", document);
        StringBuilder byline = new StringBuilder("Study by ").append(content.conductedBy());
        if (content.commissionedBy() != null) {
            byline.append(", commissioned by ").append(content.commissionedBy());
        }
        if (content.forWhom() != null) {
            byline.append(", for ").append(content.forWhom());
        }
        if (content.periodStart() != null) {
            byline.append(" (").append(content.periodStart())
                    .append(content.periodEnd() == null ? "" : " to " + content.periodEnd()).append(')');
        }
        return new FrozenChapter(number, ChapterSource.STUDY, chapter.refId(), content.title(),
                chapter.introduction(), byline.toString(), content.language(), sections);
    }

    private static String cityName(String municipality) {
        return municipality == null || municipality.isEmpty() ? "unknown city"
                : Character.toUpperCase(municipality.charAt(0)) + municipality.substring(1);
    }

    private static void add(List<Section> sections, String heading, String text) {
        if (text != null && !text.isBlank()) {
            sections.add(new Section(heading, text.strip(), List.of()));
        }
    }
}
