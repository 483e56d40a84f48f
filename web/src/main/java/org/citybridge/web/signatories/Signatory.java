package org.citybridge.web.signatories;

import java.time.LocalDate;
import java.util.List;

/**
 * One organisation on a published pact's public list: what it agreed to show when it signed.
 *
 * @param logoUrl the organisation's logo under the API ({@code /api/organisations/{id}/logo}), or null
 */
public record Signatory(String signatureId, String organisationId, String organisationName, String kind,
        String logoUrl, String responsibleName, String responsibleRole, LocalDate date, List<Commitment> commitments) {

    public Signatory {
        commitments = commitments == null ? List.of() : List.copyOf(commitments);
    }

    /** Up to two letters for the place of a missing logo. */
    public String initials() {
        if (organisationName == null || organisationName.isBlank()) {
            return "?";
        }
        StringBuilder letters = new StringBuilder();
        for (String word : organisationName.strip().split("\\s+")) {
            if (!word.isEmpty() && Character.isLetterOrDigit(word.codePointAt(0)) && letters.length() < 2) {
                letters.appendCodePoint(Character.toUpperCase(word.codePointAt(0)));
            }
        }
        return letters.isEmpty() ? "?" : letters.toString();
    }

    /** A logo only from the API's own path: the page never loads an image from elsewhere. */
    public boolean hasLogo() {
        return logoUrl != null && logoUrl.startsWith("/api/organisations/");
    }

    public record Commitment(int lineOfWork, String lineOfWorkTitle, String text) {
    }
}
