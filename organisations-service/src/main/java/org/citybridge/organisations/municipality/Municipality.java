package org.citybridge.organisations.municipality;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.citybridge.platform.store.AggregateRoot;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A member city of the network: the tenant that owns organisations, pacts, programmes and congresses.
 * Its id is a stable slug ({@code almelo}) that tokens carry in their {@code municipality} claim.
 */
@Document("municipalities")
public class Municipality extends AggregateRoot {

    /** A figure the city presents itself with, and where it comes from. */
    public record Fact(String label, String value, String source) {
    }

    /** Domain event: the city became a member; messaging/MunicipalityEvents publishes it. */
    public record Joined(String municipalityId, String name, String country, List<String> languages, Long population,
            LocalDate joinedOn) {
    }

    @Id
    private String id;
    private String name;
    private String country;
    private List<String> languages;
    private Long population;
    private List<Fact> facts;
    private LocalDate joinedOn;

    protected Municipality() {
    }

    public static Municipality join(String slug, String name, String country, List<String> languages, Long population,
            List<Fact> facts, LocalDate joinedOn) {
        Municipality municipality = new Municipality();
        municipality.id = slug;
        municipality.name = name.trim();
        municipality.country = country.toUpperCase(Locale.ROOT);
        municipality.languages = languages == null ? List.of() : List.copyOf(languages);
        municipality.population = population;
        municipality.facts = facts == null ? List.of() : List.copyOf(facts);
        municipality.joinedOn = joinedOn == null ? LocalDate.now() : joinedOn;
        municipality.record(new Joined(slug, municipality.name, municipality.country, municipality.languages,
                municipality.population, municipality.joinedOn));
        return municipality;
    }

    @Override
    public String id() {
        return id;
    }

    /** A member's events are its own: the envelope's municipality is the member itself. */
    @Override
    public String municipality() {
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
