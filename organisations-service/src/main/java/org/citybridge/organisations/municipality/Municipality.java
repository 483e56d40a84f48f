package org.citybridge.organisations.municipality;

import java.time.LocalDate;
import java.util.List;

import org.citybridge.organisations.messaging.MunicipalityEvents;
import org.citybridge.platform.outbox.OutboxAggregate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A member city of the network: the tenant that owns organisations, pacts, programmes and congresses.
 * Its id is a stable slug ({@code almelo}) that tokens carry in their {@code municipality} claim.
 */
@Document("municipalities")
public class Municipality extends OutboxAggregate {

    /** A figure the city presents itself with, and where it comes from. */
    public record Fact(String label, String value, String source) {
    }

    @Id
    private String id;
    private String name;
    private String country;
    private List<String> languages;
    private Long population;
    private List<Fact> facts;
    private LocalDate joinedOn;
    @Version
    private Long version;

    protected Municipality() {
    }

    public static Municipality join(String slug, String name, String country, List<String> languages, Long population,
            List<Fact> facts, LocalDate joinedOn) {
        Municipality municipality = new Municipality();
        municipality.id = slug;
        municipality.name = name.trim();
        municipality.country = country.toUpperCase(java.util.Locale.ROOT);
        municipality.languages = languages == null ? List.of() : List.copyOf(languages);
        municipality.population = population;
        municipality.facts = facts == null ? List.of() : List.copyOf(facts);
        municipality.joinedOn = joinedOn == null ? LocalDate.now() : joinedOn;
        municipality.record(MunicipalityEvents.JOINED, slug, slug, MunicipalityEvents.joined(municipality));
        return municipality;
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String country() {
        return country;
    }

    public List<String> languages() {
        return languages;
    }

    public Long population() {
        return population;
    }

    public List<Fact> facts() {
        return facts;
    }

    public LocalDate joinedOn() {
        return joinedOn;
    }
}
