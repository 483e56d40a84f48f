package org.citybridge.organisations.vision.web;

import java.time.LocalDate;
import java.util.Map;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.citybridge.organisations.vision.Attendance;
import org.citybridge.organisations.vision.Meeting;
import org.citybridge.organisations.vision.SourceGroup;

/**
 * The body of {@code POST /api/visions/{visionId}/conversations}: a district conversation as an officer
 * records it.
 *
 * @param attendance       how many came per group, e.g. {@code {"RESIDENT": 23, "SELF_ORGANISATION": 4}}
 * @param meetingReference the id of the congress or meeting in events-service it was part of, if any
 */
record ConversationRequest(
        @NotNull LocalDate date,
        @NotBlank @Size(max = 100) String district,
        @Size(max = 200) String place,
        Map<SourceGroup, @NotNull @Min(0) Integer> attendance,
        @Size(max = 20_000) String notes,
        @Size(max = 100) String meetingReference) {

    Meeting toMeeting() {
        return new Meeting(date, district, place, attendance == null ? null : attendance.entrySet().stream()
                .map(entry -> new Attendance(entry.getKey(), entry.getValue())).toList(), notes, meetingReference);
    }
}
