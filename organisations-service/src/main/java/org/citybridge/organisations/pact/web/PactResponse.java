package org.citybridge.organisations.pact.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.citybridge.organisations.pact.Pact;
import org.citybridge.organisations.pact.PactContent;
import org.citybridge.organisations.pact.PactStatus;

record PactResponse(String id, String municipality, String title, String visionTitle, PeriodResponse period,
        LocalDate signedOn, String introduction, List<String> considerations, String endorsement,
        List<LineOfWorkResponse> linesOfWork,
        String closing, String visionId, PactStatus status, Instant createdAt, Instant publishedAt,
        int activeSignatures) {

    record PeriodResponse(int fromYear, int toYear) {
    }

    record LineOfWorkResponse(int number, String title) {
    }

    static PactResponse of(Pact pact) {
        PactContent content = pact.content();
        return new PactResponse(pact.id(), pact.municipality(), content.title(), content.visionTitle(),
                new PeriodResponse(content.period().fromYear(), content.period().toYear()), content.signedOn(),
                content.introduction(), content.considerations(), content.endorsement(), content.linesOfWork().stream()
                        .map(line -> new LineOfWorkResponse(line.number(), line.title())).toList(),
                content.closing(), pact.visionId(), pact.status(), pact.createdAt(), pact.publishedAt(),
                pact.activeSignatures().size());
    }
}
