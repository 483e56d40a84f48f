package org.citybridge.web.organisation;

import java.util.Optional;

/** The directory's search and filters, as the list page's query string carries them. */
public record OrganisationSearch(String q, String kind, String community, String status, String sort,
        String direction, Integer page) {

    Optional<String> text() {
        return present(q);
    }

    Optional<String> kindChosen() {
        return present(kind).filter(OrganisationPagesController.KINDS::contains);
    }

    Optional<String> communityChosen() {
        return present(community);
    }

    Optional<String> statusChosen() {
        return present(status).filter(s -> s.equals("ACTIVE") || s.equals("INACTIVE"));
    }

    public String sortOrDefault() {
        return "registeredAt".equals(sort) ? "registeredAt" : "name";
    }

    public String directionOrDefault() {
        return "desc".equals(direction) ? "desc" : "asc";
    }

    int pageOrFirst() {
        return page == null || page < 0 ? 0 : Math.min(page, 10_000);
    }

    private static Optional<String> present(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }
}
