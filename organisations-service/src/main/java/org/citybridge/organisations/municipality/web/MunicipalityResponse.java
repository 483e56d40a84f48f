package org.citybridge.organisations.municipality.web;

import java.time.LocalDate;
import java.util.List;

import org.citybridge.organisations.municipality.Municipality;

record MunicipalityResponse(String id, String name, String country, List<String> languages, Long population,
        List<Municipality.Fact> facts, LocalDate joinedOn) {

    static MunicipalityResponse of(Municipality municipality) {
        return new MunicipalityResponse(municipality.id(), municipality.name(), municipality.country(),
                municipality.languages(), municipality.population(), municipality.facts(), municipality.joinedOn());
    }
}
