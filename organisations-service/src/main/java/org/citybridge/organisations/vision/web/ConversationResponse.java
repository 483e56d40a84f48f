package org.citybridge.organisations.vision.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.citybridge.organisations.vision.ConversationService.ConversationWithContributions;
import org.citybridge.organisations.vision.DistrictConversation;
import org.citybridge.organisations.vision.Meeting;
import org.citybridge.organisations.vision.SourceGroup;

/**
 * A district conversation as its city's officers read it; {@code contributions} are those it produced,
 * given on {@code GET .../conversations/{conversationId}} only (null in lists).
 */
record ConversationResponse(String id, String visionId, LocalDate date, String district, String place,
        Map<SourceGroup, Integer> attendance, int totalAttendance, String notes, String meetingReference,
        Instant recordedAt, List<ContributionResponse> contributions) {

    static ConversationResponse of(DistrictConversation conversation) {
        return of(conversation, null);
    }

    static ConversationResponse of(ConversationWithContributions found) {
        return of(found.conversation(), found.contributions().stream().map(ContributionResponse::of).toList());
    }

    private static ConversationResponse of(DistrictConversation conversation, List<ContributionResponse> produced) {
        Meeting meeting = conversation.meeting();
        Map<SourceGroup, Integer> attendance = new EnumMap<>(SourceGroup.class);
        meeting.attendance().forEach(group -> attendance.put(group.group(), group.count()));
        return new ConversationResponse(conversation.id(), conversation.visionId(), meeting.date(), meeting.district(),
                meeting.place(), attendance, meeting.totalAttendance(), meeting.notes(), meeting.meetingReference(),
                conversation.recordedAt(), produced);
    }
}
