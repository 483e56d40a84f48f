package org.citybridge.organisations.vision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.bson.Document;
import org.citybridge.platform.domain.ConflictException;
import org.citybridge.platform.domain.InvalidValueException;
import org.junit.jupiter.api.Test;

/** District meetings, phases and the filters of a consultation, as an officer records and reads them. */
class VisionValuesTest {

    private static final LocalDate DAY = LocalDate.of(2010, 3, 4);

    @Test
    void aMeetingCountsItsAttendanceOncePerGroup() {
        Meeting meeting = new Meeting(DAY, "  Kerkelanden\tNoord ", " Buurthuis ",
                List.of(new Attendance(SourceGroup.RESIDENT, 12), new Attendance(SourceGroup.COUNCIL, 3)), "  ", " ");

        assertThat(meeting.district()).isEqualTo("Kerkelanden Noord");
        assertThat(meeting.place()).isEqualTo("Buurthuis");
        assertThat(meeting.notes()).isNull();
        assertThat(meeting.meetingReference()).isNull();
        assertThat(meeting.totalAttendance()).isEqualTo(15);
        assertThat(new Meeting(DAY, "Noord", null, null, " veel vragen ", "m-1").notes()).isEqualTo("veel vragen");
        assertThat(new Meeting(DAY, "Noord", null, null, null, null).attendance()).isEmpty();
    }

    @Test
    void aMeetingNeedsADateADistrictAndEachGroupOnce() {
        assertThatThrownBy(() -> new Meeting(null, "Noord", null, null, null, null))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.property()).isEqualTo("date"));
        assertThatThrownBy(() -> new Meeting(DAY, " ", null, null, null, null))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.property()).isEqualTo("district"));
        assertThatThrownBy(() -> new Meeting(DAY, "Noord", null, List.of(new Attendance(SourceGroup.RESIDENT, 1),
                new Attendance(SourceGroup.RESIDENT, 2)), null, null))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.property()).isEqualTo("attendance"));
    }

    @Test
    void attendanceNamesAGroupAndIsNeverNegative() {
        assertThat(new Attendance(SourceGroup.RESIDENT, 0).count()).isZero();
        assertThatThrownBy(() -> new Attendance(SourceGroup.RESIDENT, -1)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new Attendance(null, 1)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void aPhaseDoesNotEndBeforeItStarts() {
        assertThat(new Phase(PhaseKind.values()[0], DAY, DAY).end()).isEqualTo(DAY);
        assertThat(new Phase(PhaseKind.values()[0], null, DAY).start()).isNull();
        assertThat(new Phase(PhaseKind.values()[0], DAY, null).end()).isNull();
        assertThatThrownBy(() -> new Phase(PhaseKind.values()[0], DAY, DAY.minusDays(1)))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new Phase(null, DAY, DAY)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void departmentsAndTheCouncilSpeakThroughOfficersNotThePublicForm() {
        assertThat(SourceGroup.RESIDENT.answersOnThePublicForm()).isTrue();
        assertThat(SourceGroup.DEPARTMENT.answersOnThePublicForm()).isFalse();
        assertThat(SourceGroup.COUNCIL.answersOnThePublicForm()).isFalse();
    }

    @Test
    void aConversationIsRecordedForAVisionStillInConsultationAndStaysPrivate() {
        VisionProcess vision = VisionProcessTest.prepared();
        vision.openConsultation(VisionProcessTest.NOW);
        Meeting meeting = new Meeting(DAY, "Noord", null, null, null, null);

        DistrictConversation conversation = DistrictConversation.held(vision, meeting, "anna", VisionProcessTest.NOW);

        assertThat(conversation.visionId()).isEqualTo(vision.id());
        assertThat(conversation.meeting()).isEqualTo(meeting);
        assertThat(conversation.recordedAt()).isEqualTo(VisionProcessTest.NOW);
        assertThat(conversation.municipality()).isEqualTo("almelo");
        assertThat(conversation.id()).isNotBlank();

        vision.adopt(VisionProcessTest.adoption());
        assertThatThrownBy(() -> DistrictConversation.held(vision, meeting, "anna", VisionProcessTest.NOW))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void anAdoptedVisionSaysWhenAndWhat() {
        VisionProcess vision = VisionProcessTest.prepared();
        assertThat(vision.isAdopted()).isFalse();
        assertThat(vision.adoptedOn()).isNull();
        vision.openConsultation(VisionProcessTest.NOW);

        vision.adopt(VisionProcessTest.adoption());

        assertThat(vision.isAdopted()).isTrue();
        assertThat(vision.adopted()).isEqualTo(VisionProcessTest.adoption());
        assertThat(vision.adoptedOn()).isEqualTo(LocalDate.of(2010, 8, 31));
        assertThat(vision.title()).isEqualTo("KleurRijk Almelo");
        assertThat(vision.createdAt()).isEqualTo(VisionProcessTest.NOW);
        assertThat(vision.consultationOpenedAt()).isEqualTo(VisionProcessTest.NOW);
        assertThat(vision.recordedEvents()).last().isInstanceOf(VisionProcess.Adopted.class);
        assertThatThrownBy(() -> vision.adopt(VisionProcessTest.adoption())).isInstanceOf(ConflictException.class);
    }

    @Test
    void aContributionFilterNarrowsOnlyByWhatIsGiven() {
        assertThat(criteria(ContributionFilter.none())).isEqualTo(new Document("visionId", "v1"));
        assertThat(criteria(ContributionFilter.only(Moderation.values()[0])))
                .isEqualTo(new Document("visionId", "v1").append("moderation", Moderation.values()[0]));
        assertThat(criteria(new ContributionFilter(2, SourceGroup.RESIDENT, " Noord ", "  ", null, "c1")))
                .isEqualTo(new Document("visionId", "v1").append("question", 2).append("group", SourceGroup.RESIDENT)
                        .append("district", "Noord").append("conversationId", "c1"));
        assertThat(criteria(new ContributionFilter(null, null, null, " jongeren ", null, null)))
                .isEqualTo(new Document("visionId", "v1").append("community", "jongeren"));
    }

    private static Document criteria(ContributionFilter filter) {
        return filter.criteria("v1").getCriteriaObject();
    }
}
