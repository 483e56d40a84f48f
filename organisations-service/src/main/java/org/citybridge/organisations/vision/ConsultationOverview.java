package org.citybridge.organisations.vision;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * An officer's view of what a consultation has brought in so far: the approved contributions counted
 * per question (every question of the vision, none left out for having no answers yet, and the free
 * ones), per group (every group, so that a silent one shows as 0), per district and per community
 * (most first; those without one counted under null), and how many wait for moderation.
 */
public record ConsultationOverview(long approved, long pending, List<QuestionCount> perQuestion,
        Map<SourceGroup, Long> perGroup, List<NamedCount> perDistrict, List<NamedCount> perCommunity) {

    /** @param number null for the free contributions, which answer no question */
    public record QuestionCount(Integer number, String text, long count) {
    }

    /** @param name null for the contributions that name none */
    public record NamedCount(String name, long count) {
    }

    public static ConsultationOverview of(VisionContent vision, List<Contribution> approved, long pending) {
        List<QuestionCount> perQuestion = new ArrayList<>();
        for (Question question : vision.questions()) {
            perQuestion.add(new QuestionCount(question.number(), question.text(),
                    approved.stream().filter(c -> Objects.equals(c.question(), question.number())).count()));
        }
        // A question removed from the content after it was answered still has its answers counted.
        approved.stream().map(Contribution::question).filter(Objects::nonNull).distinct()
                .filter(number -> vision.question(number).isEmpty()).sorted()
                .forEach(number -> perQuestion.add(new QuestionCount(number, null,
                        approved.stream().filter(c -> number.equals(c.question())).count())));
        perQuestion.add(new QuestionCount(null, null, approved.stream().filter(c -> c.question() == null).count()));

        Map<SourceGroup, Long> perGroup = new EnumMap<>(SourceGroup.class);
        for (SourceGroup group : SourceGroup.values()) {
            perGroup.put(group, approved.stream().filter(c -> c.group() == group).count());
        }
        return new ConsultationOverview(approved.size(), pending, List.copyOf(perQuestion),
                Collections.unmodifiableMap(perGroup),
                countBy(approved, Contribution::district), countBy(approved, Contribution::community));
    }

    private static List<NamedCount> countBy(List<Contribution> contributions, Function<Contribution, String> name) {
        Map<String, Long> counts = contributions.stream().collect(Collectors.groupingBy(
                c -> Objects.requireNonNullElse(name.apply(c), ""), LinkedHashMap::new, Collectors.counting()));
        return counts.entrySet().stream()
                .map(entry -> new NamedCount(entry.getKey().isEmpty() ? null : entry.getKey(), entry.getValue()))
                .sorted(Comparator.comparingLong(NamedCount::count).reversed()
                        .thenComparing(NamedCount::name, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }
}
