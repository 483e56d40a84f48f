package org.citybridge.organisations.vision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;

import org.citybridge.platform.domain.InvalidValueException;
import org.junit.jupiter.api.Test;

/** A contribution from the public form waits for an officer; one an officer entered may name its meeting. */
class ContributionModerationTest {

    private static final Instant LATER = VisionProcessTest.NOW.plusSeconds(3600);

    private final VisionProcess vision = opened();

    private static VisionProcess opened() {
        VisionProcess vision = VisionProcessTest.prepared();
        vision.openConsultation(VisionProcessTest.NOW);
        return vision;
    }

    @Test
    void anOfficerApprovesOrRejectsWhatTheFormBrought() {
        Contribution sent = Contribution.sentOnPublicForm(vision, form("Meer groen"), VisionProcessTest.NOW);
        Contribution other = Contribution.sentOnPublicForm(vision, form("Reclame"), VisionProcessTest.NOW);
        assertThat(sent.moderation()).isEqualTo(Moderation.PENDING);
        assertThat(sent.moderatedAt()).isNull();

        sent.approve("anna", LATER);
        other.reject("anna", LATER);

        assertThat(sent.moderation()).isEqualTo(Moderation.APPROVED);
        assertThat(sent.moderatedAt()).isEqualTo(LATER);
        assertThat(other.moderation()).isEqualTo(Moderation.REJECTED);
        assertThat(other.moderatedAt()).isEqualTo(LATER);
        assertThatThrownBy(() -> sent.approve(null, LATER)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void whatTheFormBroughtIsKeptAsSent() {
        Contribution sent = Contribution.sentOnPublicForm(vision, new Submission(SourceGroup.RESIDENT, "Noord",
                "jongeren", 2, "Meer groen", "Ayşe", true, true), VisionProcessTest.NOW);

        assertThat(sent.id()).isNotBlank();
        assertThat(sent.visionId()).isEqualTo(vision.id());
        assertThat(sent.text()).isEqualTo("Meer groen");
        assertThat(sent.consent()).isTrue();
        assertThat(sent.showName()).isTrue();
        assertThat(sent.publicAuthorName()).isEqualTo("Ayşe");
        assertThat(sent.receivedAt()).isEqualTo(VisionProcessTest.NOW);
        assertThat(sent.channel()).isEqualTo(ContributionChannel.PUBLIC_FORM);
        assertThat(sent.conversationId()).isNull();
    }

    @Test
    void anOfficersEntryNamesTheMeetingItCameFromButOnlyOneOfThisVision() {
        DistrictConversation meeting = DistrictConversation.held(vision,
                new Meeting(LocalDate.of(2010, 3, 4), "Noord", null, null, null, null), "anna", VisionProcessTest.NOW);
        DistrictConversation elsewhere = DistrictConversation.held(opened(),
                new Meeting(LocalDate.of(2010, 3, 4), "Zuid", null, null, null, null), "anna", VisionProcessTest.NOW);

        Contribution entered = Contribution.enteredByOfficer(vision, form("Meer groen"), meeting, "anna",
                VisionProcessTest.NOW);

        assertThat(entered.conversationId()).isEqualTo(meeting.id());
        assertThat(entered.consent()).isTrue();
        assertThatThrownBy(() -> Contribution.enteredByOfficer(vision, form("x"), elsewhere, "anna",
                VisionProcessTest.NOW)).isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.property()).isEqualTo("conversationId"));
    }

    @Test
    void withoutConsentTheNameStaysHidden() {
        Contribution sent = Contribution.sentOnPublicForm(vision, new Submission(SourceGroup.RESIDENT, null, null, 1,
                "Meer groen", "Ayşe", false, true), VisionProcessTest.NOW);

        assertThat(sent.showName()).isFalse();
        assertThat(sent.publicAuthorName()).isNull();
    }

    private static Submission form(String text) {
        return new Submission(SourceGroup.RESIDENT, null, null, 1, text, null, false, true);
    }
}
