package org.citybridge.organisations.vision;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.citybridge.platform.domain.InvalidValueException;

/**
 * What an officer records of a district conversation.
 *
 * @param meetingReference the congress or meeting of events-service it was part of (its id), if any;
 *                         a reference only, not checked here, so that a meeting entered later still fits
 */
public record Meeting(LocalDate date, String district, String place, List<Attendance> attendance, String notes,
        String meetingReference) {

    public Meeting {
        if (date == null) {
            throw new InvalidValueException("date", "must not be null");
        }
        district = Submission.label(district);
        if (district == null) {
            throw new InvalidValueException("district", "must not be blank");
        }
        place = Submission.label(place);
        notes = notes == null || notes.isBlank() ? null : notes.strip();
        meetingReference = Submission.label(meetingReference);
        attendance = attendance == null ? List.of() : List.copyOf(attendance);
        Set<SourceGroup> counted = EnumSet.noneOf(SourceGroup.class);
        for (Attendance group : attendance) {
            if (!counted.add(group.group())) {
                throw new InvalidValueException("attendance", group.group() + " is counted twice");
            }
        }
    }

    public int totalAttendance() {
        return attendance.stream().mapToInt(Attendance::count).sum();
    }
}
