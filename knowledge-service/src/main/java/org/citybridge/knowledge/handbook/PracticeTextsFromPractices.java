package org.citybridge.knowledge.handbook;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.citybridge.knowledge.practice.PracticeService;
import org.citybridge.platform.domain.NotFoundException;
import org.citybridge.platform.tenancy.Caller;
import org.springframework.stereotype.Component;

/**
 * The practices as the handbook quotes them, read as the caller it is given: the practices' own
 * visibility rules decide, so the handbook's check that every reader of an edition may read each of its
 * sources asks the same rules every other read of a practice does.
 */
@Component
class PracticeTextsFromPractices implements PracticeTexts {

    private final PracticeService practices;

    PracticeTextsFromPractices(PracticeService practices) {
        this.practices = practices;
    }

    private static Map<String, FrozenChapter.Translation> translations(
            org.citybridge.knowledge.practice.PracticeTexts texts) {
        Map<String, FrozenChapter.Translation> translations = new HashMap<>();
        texts.translations().forEach((language, translation) -> translations.put(language.code(),
                new FrozenChapter.Translation(translation.title(), translation.summary())));
        return translations;
    }

    @Override
    public Optional<PracticeText> find(Caller caller, String practiceId) {
        try {
            org.citybridge.knowledge.practice.PracticeTexts texts = practices.textsFor(caller, practiceId);
            return Optional.of(new PracticeText(texts.id(), texts.title(), texts.summary(), texts.purpose(),
                    texts.rationale(), texts.approach(), texts.results(), texts.municipality(),
                    texts.language().code(), translations(texts)));
        } catch (NotFoundException hidden) {
            return Optional.empty();
        }
    }
}
