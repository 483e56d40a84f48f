package org.citybridge.organisations.pact;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Pacts and signings for tests, shaped like Almelo's (seed 003). */
public final class PactFixtures {

    public static final List<LineOfWork> ALMELO_LINES = List.of(
            new LineOfWork(1, "Gemengde participatie"),
            new LineOfWork(2, "Interculturalisatie van voorzieningen"),
            new LineOfWork(3, "Afspiegeling in scholen, bedrijven en organisaties"),
            new LineOfWork(4, "Samenwerking en kennisuitwisseling"));

    private PactFixtures() {
    }

    public static PactContent content(String title) {
        return new PactContent(title, "Thuis en Actief in KleurRijk Almelo", new Period(2011, 2014),
                LocalDate.of(2011, 3, 1), "In onze kleurrijke samenleving raakt integratie ons allemaal.",
                List.of("dat Almelo een zeer kleurrijke bevolking heeft"),
                "Onderschrijven de Visie en willen werken langs de volgende lijnen:", ALMELO_LINES,
                "Samen stellen wij een actieprogramma op.");
    }

    public static Pact publishedPact(String title) {
        Pact pact = Pact.draft("almelo", content(title));
        pact.publish(Instant.now());
        return pact;
    }

    public static Signing signing(String organisationId, String organisationName, Commitment... commitments) {
        return new Signing(organisationId, organisationName, "A. Voorbeeld", "Voorzitter", LocalDate.of(2011, 3, 15),
                List.of(commitments));
    }

    public static String id() {
        return UUID.randomUUID().toString();
    }
}
