package org.citybridge.web.organisation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.context.MessageSource;

/**
 * One line of the "their version and yours" table after a stale save: the field, what is stored now, what the
 * person typed, and whether the two differ (those lines are the ones to look at).
 */
public record ConflictRow(String fieldKey, String theirs, String yours, boolean differs) {

    static List<ConflictRow> between(Organisation theirs, OrganisationForm yours, MessageSource messages,
            Locale locale) {
        List<ConflictRow> rows = new ArrayList<>();
        rows.add(row("officer.organisation.name", theirs.name(), yours.getName()));
        rows.add(row("officer.organisations.kind", label(messages, "officer.kind.", theirs.kind(), locale),
                label(messages, "officer.kind.", yours.getKind(), locale)));
        rows.add(row("officer.organisation.visibility", label(messages, "officer.visibility.", theirs.visibility(), locale),
                label(messages, "officer.visibility.", yours.getVisibility(), locale)));
        Organisation.Address stored = theirs.address();
        rows.add(row("officer.organisation.address",
                stored == null ? "" : join(stored.street(), stored.postalCode(), stored.city(), stored.country()),
                join(yours.getAddress().getStreet(), yours.getAddress().getPostalCode(), yours.getAddress().getCity(),
                        yours.getAddress().getCountry())));
        rows.add(row("officer.organisation.website", theirs.website(), yours.getWebsite()));
        rows.add(row("officer.organisation.communities", String.join(", ", theirs.communities()),
                yours.getCommunities() == null ? "" : Stream.of(yours.getCommunities().split("[\\n,]"))
                        .map(String::strip).filter(c -> !c.isEmpty()).collect(Collectors.joining(", "))));
        rows.add(row("officer.organisation.contacts",
                theirs.contactPersons().stream().map(Organisation.ContactPerson::name).collect(Collectors.joining(", ")),
                yours.getContactPersons().stream().map(OrganisationForm.ContactForm::getName)
                        .map(OrganisationForm::blankToNull).filter(Objects::nonNull).collect(Collectors.joining(", "))));
        return rows;
    }

    private static ConflictRow row(String fieldKey, String theirs, String yours) {
        String stored = theirs == null ? "" : theirs.strip();
        String typed = yours == null ? "" : yours.strip();
        return new ConflictRow(fieldKey, stored, typed, !stored.equals(typed));
    }

    private static String label(MessageSource messages, String prefix, String value, Locale locale) {
        return value == null || value.isBlank() ? "" : messages.getMessage(prefix + value, null, value, locale);
    }

    private static String join(String... parts) {
        return Stream.of(parts).map(OrganisationForm::blankToNull).filter(Objects::nonNull)
                .collect(Collectors.joining(" "));
    }
}
