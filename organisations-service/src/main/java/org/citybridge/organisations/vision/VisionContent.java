package org.citybridge.organisations.vision;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.citybridge.platform.domain.InvalidValueException;

/**
 * What officers write of a vision process before it is adopted: its title, planned phases, the
 * discussion paper that opens it (Almelo's "Hoe maken we Almelo kleurRijk?") and the questions put to
 * participants.
 */
public record VisionContent(String title, List<Phase> phases, String paperTitle, String paperText,
        List<Question> questions) {

    public VisionContent {
        if (title == null || title.isBlank()) {
            throw new InvalidValueException("title", "must not be blank");
        }
        title = title.strip();
        phases = phases == null ? List.of() : List.copyOf(phases);
        questions = questions == null ? List.of() : List.copyOf(questions);
        Set<Integer> numbers = new HashSet<>();
        for (Question question : questions) {
            if (!numbers.add(question.number())) {
                throw new InvalidValueException("questions", "number " + question.number() + " is used twice");
            }
        }
        Set<PhaseKind> kinds = new HashSet<>();
        for (Phase phase : phases) {
            if (!kinds.add(phase.kind())) {
                throw new InvalidValueException("phases", phase.kind() + " is planned twice");
            }
        }
    }

    public Optional<Question> question(int number) {
        return questions.stream().filter(question -> question.number() == number).findFirst();
    }
}
