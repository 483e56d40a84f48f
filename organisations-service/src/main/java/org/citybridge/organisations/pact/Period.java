package org.citybridge.organisations.pact;

import org.citybridge.platform.domain.InvalidValueException;

/** The years a pact runs, both included: Almelo's runs 2011-2014. */
public record Period(int fromYear, int toYear) {

    public Period {
        if (fromYear > toYear) {
            throw new InvalidValueException("period", "fromYear must not be after toYear");
        }
    }

    @Override
    public String toString() {
        return fromYear == toYear ? String.valueOf(fromYear) : fromYear + "-" + toYear;
    }
}
