package org.citybridge.organisations.organisation;

import java.util.Objects;

/** An organisation's id, typed so that it cannot be passed where a pact's or a signature's is meant. */
public record OrganisationId(String value) {

    public OrganisationId {
        Objects.requireNonNull(value, "an organisation id");
    }

    @Override
    public String toString() {
        return value;
    }
}
