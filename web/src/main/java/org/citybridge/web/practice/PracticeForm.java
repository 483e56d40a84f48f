package org.citybridge.web.practice;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.util.MultiValueMap;

/**
 * The practice form as the officer filled it in. Its inputs are named as the API names the fields
 * ({@code contactPerson.email}, {@code translations[de].title}), so that the API's field errors land next to the
 * input they are about.
 *
 * @param version the ETag of the version the officer edits (empty for a new practice): saving over someone
 *                else's later change is refused, not silent
 */
record PracticeForm(String title, String summary, String purpose, String rationale, String approach,
        String whatWorked, String whatDidNot, String targetGroups, String results, List<String> themes,
        List<String> linesOfWork, String language, Map<String, Translated> translations, String contactName,
        String contactRole, String contactEmail, String contactPhone, String visibility, List<String> sharedWithGroups,
        List<String> linkedActions, String version) {

    /** The languages a practice may be written in (the API's), and so the translations the form offers. */
    static final List<String> LANGUAGES = List.of("nl", "de", "en", "fr");
    static final List<String> VISIBILITIES = List.of("PRIVATE", "NETWORK", "PUBLIC");
    static final List<Integer> LINES_OF_WORK = List.of(1, 2, 3, 4);
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    record Translated(String title, String summary) {
    }

    static PracticeForm empty(String language) {
        return new PracticeForm("", "", "", "", "", "", "", "", "", List.of(), List.of(),
                LANGUAGES.contains(language) ? language : "nl", Map.of(), "", "", "", "", "PRIVATE", List.of(),
                List.of(), "");
    }

    static PracticeForm of(Practice practice, String version) {
        Map<String, Translated> translations = new LinkedHashMap<>();
        practice.translations().forEach((language, translation) -> translations.put(language,
                new Translated(nz(translation.title()), nz(translation.summary()))));
        Practice.Contact contact = practice.contactPerson();
        return new PracticeForm(nz(practice.title()), nz(practice.summary()), nz(practice.purpose()),
                nz(practice.rationale()), nz(practice.approach()), nz(practice.whatWorked()), nz(practice.whatDidNot()),
                String.join("\n", practice.targetGroups()), nz(practice.results()), practice.themes(),
                practice.linesOfWork().stream().map(String::valueOf).toList(), practice.language(), translations,
                contact == null ? "" : nz(contact.name()), contact == null ? "" : nz(contact.role()),
                contact == null ? "" : nz(contact.email()), contact == null ? "" : nz(contact.phone()),
                practice.visibility(), List.copyOf(practice.sharedWithGroups()),
                practice.linkedActions().stream().map(Practice.LinkedAction::actionId).toList(), version);
    }

    static PracticeForm from(MultiValueMap<String, String> params) {
        Map<String, Translated> translations = new LinkedHashMap<>();
        for (String language : LANGUAGES) {
            String title = text(params, "translations[" + language + "].title");
            String summary = text(params, "translations[" + language + "].summary");
            if (!title.isBlank() || !summary.isBlank()) {
                translations.put(language, new Translated(title, summary));
            }
        }
        return new PracticeForm(text(params, "title"), text(params, "summary"), text(params, "purpose"),
                text(params, "rationale"), text(params, "approach"), text(params, "whatWorked"),
                text(params, "whatDidNot"), text(params, "targetGroups"), text(params, "results"),
                all(params, "themes"), all(params, "linesOfWork"), text(params, "language"), translations,
                text(params, "contactPerson.name"), text(params, "contactPerson.role"),
                text(params, "contactPerson.email"), text(params, "contactPerson.phone"), text(params, "visibility"),
                all(params, "sharedWithGroups"), all(params, "linkedActions"), text(params, "version"));
    }

    /**
     * What the page can tell before asking the API, as message keys by field: the title is required, and a
     * contact needs a name and a plausible address. The API checks everything again.
     */
    Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        if (title.isBlank()) {
            problems.put("title", "knowledge.practice.error.titleRequired");
        }
        boolean anyContact = !(contactRole.isBlank() && contactEmail.isBlank() && contactPhone.isBlank());
        if (anyContact && contactName.isBlank()) {
            problems.put("contactPerson.name", "knowledge.practice.error.contactName");
        }
        if (!contactEmail.isBlank() && !EMAIL.matcher(contactEmail).matches()) {
            problems.put("contactPerson.email", "knowledge.practice.error.email");
        }
        translations.forEach((language, translation) -> {
            if (translation.title().isBlank()) {
                problems.put("translations[" + language + "].title", "knowledge.practice.error.translationTitle");
            }
        });
        return problems;
    }

    /** The body of {@code POST} or {@code PUT /api/practices}: blanks left out, lists split. */
    Request toRequest() {
        Map<String, Translated> given = new LinkedHashMap<>();
        translations.forEach((language, translation) -> given.put(language,
                new Translated(translation.title(), blankToNull(translation.summary()))));
        Contact contact = contactName.isBlank() && contactRole.isBlank() && contactEmail.isBlank()
                && contactPhone.isBlank() ? null
                        : new Contact(contactName, blankToNull(contactRole), blankToNull(contactEmail),
                                blankToNull(contactPhone));
        List<String> groups = Arrays.stream(targetGroups.split("\\R")).map(String::strip)
                .filter(group -> !group.isEmpty()).toList();
        List<Integer> lines = linesOfWork.stream().filter(line -> line.matches("[0-9]{1,2}")).map(Integer::valueOf)
                .toList();
        return new Request(title.strip(), blankToNull(summary), blankToNull(purpose), blankToNull(rationale),
                blankToNull(approach), blankToNull(whatWorked), blankToNull(whatDidNot), groups, blankToNull(results),
                linkedActions, themes, lines, LANGUAGES.contains(language) ? language : "nl", given, contact,
                VISIBILITIES.contains(visibility) ? visibility : "PRIVATE", sharedWithGroups);
    }

    record Request(String title, String summary, String purpose, String rationale, String approach, String whatWorked,
            String whatDidNot, List<String> targetGroups, String results, List<String> linkedActions,
            List<String> themes, List<Integer> linesOfWork, String language, Map<String, Translated> translations,
            Contact contactPerson, String visibility, List<String> sharedWithGroups) {
    }

    record Contact(String name, String role, String email, String phone) {
    }

    public boolean hasTheme(String code) {
        return themes.contains(code);
    }

    public boolean hasLineOfWork(int line) {
        return linesOfWork.contains(String.valueOf(line));
    }

    public boolean sharedWith(String group) {
        return sharedWithGroups.contains(group);
    }

    public Translated translation(String language) {
        return translations.getOrDefault(language, new Translated("", ""));
    }

    private static String text(MultiValueMap<String, String> params, String name) {
        String value = params.getFirst(name);
        return value == null ? "" : value;
    }

    private static List<String> all(MultiValueMap<String, String> params, String name) {
        List<String> values = params.get(name);
        return values == null ? List.of() : values.stream().filter(value -> !value.isBlank()).distinct().toList();
    }

    private static String nz(String text) {
        return text == null ? "" : text;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
