package org.citybridge.organisations.vision;

import org.citybridge.platform.domain.InvalidValueException;

/** How many of one group came to a district conversation. */
public record Attendance(SourceGroup group, int count) {

    public Attendance {
        if (group == null) {
            throw new InvalidValueException("attendance", "names no group");
        }
        if (count < 0) {
            throw new InvalidValueException("attendance." + group, "must not be negative");
        }
    }
}
