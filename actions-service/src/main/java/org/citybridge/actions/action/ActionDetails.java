package org.citybridge.actions.action;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import org.citybridge.actions.programme.Period;
import org.citybridge.platform.domain.InvalidValueException;

/**
 * What an officer writes of an action. The references in it (goal, line of work, organisations) are
 * checked by {@link ActionService} against the programme, the pact and the organisations it knows.
 *
 * @param goal the number of the programme's goal or ambition it serves
 */
public record ActionDetails(String title, String description, Integer goal, LineOfWork lineOfWork, Owner owner,
        List<String> partners, List<String> targetGroups, Period period, Resources resources) {

    public ActionDetails {
        if (title == null || title.isBlank()) {
            throw new InvalidValueException("title", "must not be blank");
        }
        title = title.trim();
        description = description == null ? null : description.trim();
        partners = partners == null ? List.of()
                : partners.stream().filter(Objects::nonNull).map(String::trim).distinct().toList();
        targetGroups = targetGroups == null ? List.of()
                : targetGroups.stream().filter(Objects::nonNull).map(String::trim).filter(s -> !s.isEmpty())
                        .distinct().toList();
        resources = resources == null ? Resources.NONE : resources;
    }

    /** The organisations it names: its owner's, if any, and its partners. */
    public List<String> organisations() {
        return owner != null && owner.organisationId() != null
                ? Stream.concat(Stream.of(owner.organisationId()), partners.stream())
                        .distinct().toList()
                : partners;
    }
}
