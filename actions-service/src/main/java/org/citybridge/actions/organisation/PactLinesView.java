package org.citybridge.actions.organisation;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.citybridge.platform.tenancy.TenantOwned;
import org.citybridge.platform.tenancy.Visibility;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The lines of work of a city's latest published pact: one document per city ({@code id} is the
 * municipality). A published pact is public.
 */
@Document("pact_lines")
record PactLinesView(@Id String id, String municipality, Visibility visibility, String pactId, Instant publishedAt,
        List<Line> lines) implements TenantOwned {

    record Line(int number, String title) {
    }

    static PactLinesView of(String municipality, String pactId, Instant publishedAt, List<Line> lines) {
        return new PactLinesView(municipality, municipality, Visibility.PUBLIC, pactId, publishedAt, List.copyOf(lines));
    }

    Optional<String> title(int number) {
        return lines.stream().filter(line -> line.number() == number).map(Line::title).findFirst();
    }
}
