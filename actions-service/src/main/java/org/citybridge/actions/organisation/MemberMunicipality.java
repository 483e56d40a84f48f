package org.citybridge.actions.organisation;

import java.util.List;
import java.util.OptionalLong;

import org.citybridge.platform.store.AggregateRoot;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * What organisations-service announced about a member municipality, as far as the actions need it.
 * Data of the whole network, not of one city, so it is kept in a network-wide store (a read model
 * store is for tenant-owned copies). It records no events of its own.
 */
@Document("municipalities")
class MemberMunicipality extends AggregateRoot {

    @Id
    private String id;
    private Long population;
    /** The languages the city writes in, its first the one its documents are in; null before they were announced. */
    private List<String> languages;
    /** The sequence of the newest event applied: an older one (a replay) changes nothing. */
    private Long sequence;

    protected MemberMunicipality() {
    }

    private MemberMunicipality(String id, Long population, List<String> languages, Long sequence) {
        this.id = id;
        this.population = population;
        this.languages = languages == null ? null : List.copyOf(languages);
        this.sequence = sequence;
    }

    static MemberMunicipality joined(String id, Long population, Long sequence) {
        return joined(id, population, null, sequence);
    }

    static MemberMunicipality joined(String id, Long population, List<String> languages, Long sequence) {
        return new MemberMunicipality(id, population, languages, sequence);
    }

    /** Takes the announced population unless this already knows newer news; says whether it did. */
    boolean learnPopulation(Long announced, Long eventSequence) {
        return learn(announced, languages, eventSequence);
    }

    /** Takes the announced population and languages unless this already knows newer news; says whether it did. */
    boolean learn(Long announcedPopulation, List<String> announcedLanguages, Long eventSequence) {
        if (eventSequence != null && sequence != null && eventSequence <= sequence) {
            return false;
        }
        population = announcedPopulation;
        languages = announcedLanguages == null ? null : List.copyOf(announcedLanguages);
        sequence = eventSequence;
        return true;
    }

    @Override
    public String id() {
        return id;
    }

    /** A municipality's own data: it is its own tenant. */
    @Override
    public String municipality() {
        return id;
    }

    List<String> languages() {
        return languages == null ? List.of() : languages;
    }

    OptionalLong population() {
        return population == null ? OptionalLong.empty() : OptionalLong.of(population);
    }
}
