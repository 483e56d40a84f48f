package org.citybridge.organisations.pact;

import java.util.Objects;

/** A pact's id, typed so that it cannot be swapped with an organisation's or a signature's. */
public record PactId(String value) {

    public PactId {
        Objects.requireNonNull(value, "a pact id");
    }

    @Override
    public String toString() {
        return value;
    }
}
