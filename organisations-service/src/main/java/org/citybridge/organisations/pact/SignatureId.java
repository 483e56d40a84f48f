package org.citybridge.organisations.pact;

import java.util.Objects;

/** A signature's id within its pact. */
public record SignatureId(String value) {

    public SignatureId {
        Objects.requireNonNull(value, "a signature id");
    }

    @Override
    public String toString() {
        return value;
    }
}
