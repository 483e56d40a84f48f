package org.citybridge.organisations.pact.web;

import java.time.Instant;
import java.time.LocalDate;

import org.citybridge.organisations.pact.Pact;
import org.citybridge.organisations.pact.PactStatus;
import org.citybridge.organisations.pact.web.PactResponse.PeriodResponse;

/** A pact in a list: without its text, which {@code GET /api/pacts/{id}} gives. */
record PactSummaryResponse(String id, String municipality, String title, String visionTitle, PeriodResponse period,
        LocalDate signedOn, PactStatus status, Instant publishedAt, int activeSignatures) {

    static PactSummaryResponse of(Pact pact) {
        return new PactSummaryResponse(pact.id(), pact.municipality(), pact.content().title(),
                pact.content().visionTitle(),
                new PeriodResponse(pact.content().period().fromYear(), pact.content().period().toYear()),
                pact.content().signedOn(), pact.status(), pact.publishedAt(), pact.activeSignatures().size());
    }
}
