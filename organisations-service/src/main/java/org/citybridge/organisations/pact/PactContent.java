package org.citybridge.organisations.pact;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.citybridge.platform.domain.InvalidValueException;

/**
 * What the city's officers write of a pact while it is a draft: the text of the pact form (seed 003)
 * and the lines of work organisations commit to.
 *
 * @param signedOn       the date the pact carries ("Maart 2011"); the day of the month when the text names none is the 1st
 * @param introduction   paragraphs separated by blank lines
 * @param considerations the "Overwegende, dat ..." clauses, in order
 * @param endorsement    the sentence that leads from the considerations to the lines of work
 * @param closing        the text after the lines of work, e.g. the promise of an action programme
 */
public record PactContent(String title, String visionTitle, Period period, LocalDate signedOn, String introduction,
        List<String> considerations, String endorsement, List<LineOfWork> linesOfWork, String closing) {

    public PactContent {
        considerations = considerations == null ? List.of() : List.copyOf(considerations);
        linesOfWork = linesOfWork == null ? List.of() : linesOfWork.stream()
                .sorted((a, b) -> Integer.compare(a.number(), b.number())).toList();
        Set<Integer> numbers = new HashSet<>();
        for (LineOfWork line : linesOfWork) {
            if (!numbers.add(line.number())) {
                throw new InvalidValueException("linesOfWork", "numbers must be unique; " + line.number() + " repeats");
            }
        }
        if (linesOfWork.isEmpty()) {
            throw new InvalidValueException("linesOfWork", "must name at least one line of work");
        }
    }

    boolean hasLineOfWork(int number) {
        return linesOfWork.stream().anyMatch(line -> line.number() == number);
    }
}
