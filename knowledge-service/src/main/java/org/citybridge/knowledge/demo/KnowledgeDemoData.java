package org.citybridge.knowledge.demo;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.citybridge.knowledge.practice.ContactPerson;
import org.citybridge.knowledge.practice.Language;
import org.citybridge.knowledge.practice.Practice;
import org.citybridge.knowledge.practice.PracticeContent;
import org.citybridge.knowledge.practice.PracticeService;
import org.citybridge.knowledge.practice.Translation;
import org.citybridge.platform.demo.DemoFiles;
import org.citybridge.platform.tenancy.Visibility;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import tools.jackson.core.type.TypeReference;

/**
 * Loads the demo practices ({@code demo/practices.json}) when {@code citybridge.demo.enabled} is set, as
 * {@code ./citybridge up} does: Antwerp's spearhead actions in Dutch from seed 002, Almelo's network
 * lunch from seed 000, and a few fictitious ones (marked so in their text) in German from Münster and in
 * English from Almelo. All published; one private (Roma mediation) to show that other cities never see
 * it, one private shared with the Münster–Almelo bridge group. Ids are fixed, so a second start adds
 * nothing and changes nothing an officer edited. The themes ship with the service (themes/themes.json).
 */
@Component
@ConditionalOnProperty("citybridge.demo.enabled")
class KnowledgeDemoData {

    private static final Logger log = LoggerFactory.getLogger(KnowledgeDemoData.class);
    private static final String BY = "demo-data";

    record DemoTranslation(String language, String title, String summary) {
    }

    /**
     * One practice of {@code demo/practices.json}.
     *
     * @param fictitious which fields are invented rather than taken from the seeds
     * @param source     where the seeds say it
     */
    record DemoPractice(String id, String municipality, String title, String summary, String purpose,
            String rationale, String approach, String whatWorked, String whatDidNot, List<String> targetGroups,
            String results, List<String> linkedActions, List<String> themes, List<Integer> linesOfWork,
            String language, Map<String, DemoTranslation> translations, ContactPerson contactPerson,
            Visibility visibility, Set<String> sharedWithGroups, List<String> fictitious, String source) {

        PracticeContent content() {
            Map<Language, Translation> translated = new EnumMap<>(Language.class);
            if (translations != null) {
                translations.forEach((code, translation) -> translated.put(Language.ofCode(code),
                        new Translation(Language.ofCode(code), translation.title(), translation.summary())));
            }
            return new PracticeContent(title, summary, purpose, rationale, approach, whatWorked, whatDidNot,
                    targetGroups, results, linkedActions, themes, linesOfWork, Language.ofCode(language), translated,
                    contactPerson);
        }
    }

    private final PracticeService practices;

    KnowledgeDemoData(PracticeService practices) {
        this.practices = practices;
    }

    static List<DemoPractice> demoPractices() {
        return DemoFiles.read("practices.json", new TypeReference<List<DemoPractice>>() { });
    }

    /** Answers how many it added; {@link DemoLoader} runs it before the exchange that quotes the practices. */
    int load() {
        int added = 0;
        for (DemoPractice demo : demoPractices()) {
            Practice practice = Practice.draftWithId(demo.id(), demo.municipality(), demo.content(), demo.visibility(),
                    demo.sharedWithGroups(), BY);
            practice.publish(BY);
            if (practices.addIfAbsent(practice)) {
                added++;
            }
        }
        log.info("Demo practices: {} added", added);
        return added;
    }
}
