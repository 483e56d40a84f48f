package org.citybridge.knowledge.handbook;

import java.util.Map;
import java.util.Optional;

import org.citybridge.platform.tenancy.Caller;

/**
 * The seam to the practices: a practice's texts as a handbook chapter quotes them, if the caller may
 * read the practice. {@link PracticeTextsFromPractices} implements it over the practices; the handbook copies the texts in when an
 * edition is published, so later edits of the practice never change a published edition.
 */
public interface PracticeTexts {

    Optional<PracticeText> find(Caller caller, String practiceId);

    /**
     * A practice's texts; any may be null where the practice leaves it empty.
     *
     * @param translations the title and summary in other languages, by language code
     */
    record PracticeText(String id, String title, String summary, String purpose, String rationale, String approach,
            String results, String municipality, String language, Map<String, FrozenChapter.Translation> translations) {

        public PracticeText {
            translations = translations == null ? Map.of() : Map.copyOf(translations);
        }

        /** The texts of a practice nobody translated. */
        public PracticeText(String id, String title, String summary, String purpose, String rationale,
                String approach, String results, String municipality, String language) {
            this(id, title, summary, purpose, rationale, approach, results, municipality, language, Map.of());
        }
    }
}
