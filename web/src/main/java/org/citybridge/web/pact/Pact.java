package org.citybridge.web.pact;

import java.time.LocalDate;
import java.util.List;

/** A pact as {@code GET /api/pacts/{id}} answers it (the parts the pages show). */
public record Pact(String id, String municipality, String title, String visionTitle, Period period,
        LocalDate signedOn, String status, List<LineOfWork> linesOfWork, String introduction) {

    public Pact {
        linesOfWork = linesOfWork == null ? List.of() : List.copyOf(linesOfWork);
    }

    public boolean published() {
        return "PUBLISHED".equals(status);
    }

    public record Period(int fromYear, int toYear) {
    }

    public record LineOfWork(int number, String title) {
    }

    /** One organisation that signed and has not withdrawn, as the signatories list shows it. */
    public record Signatory(String signatureId, String organisationId, String organisationName, String kind,
            String responsibleName, String responsibleRole, LocalDate date, List<Commitment> commitments) {

        public Signatory {
            commitments = commitments == null ? List.of() : List.copyOf(commitments);
        }
    }

    public record Commitment(int lineOfWork, String lineOfWorkTitle, String text) {
    }
}
