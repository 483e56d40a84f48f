package org.citybridge.organisations.vision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.citybridge.platform.domain.ConflictException;
import org.citybridge.platform.domain.InvalidValueException;
import org.citybridge.platform.tenancy.Visibility;
import org.junit.jupiter.api.Test;

/** The rules of a contribution and the overview's counts, without Spring. */
class ContributionTest {

    private static final Instant NOW = Instant.parse("2010-03-01T10:00:00Z");

    private final VisionProcess vision = consulting();

    @Test
    void anOfficersEntryCountsAtOnceAndTheFormsWaitsForModeration() {
        Contribution entered = Contribution.enteredByOfficer(vision, submission(SourceGroup.DEPARTMENT, 1), null,
                "officer@almelo", NOW);
        Contribution sent = Contribution.sentOnPublicForm(vision, submission(SourceGroup.RESIDENT, 2), NOW);

        assertThat(entered.moderation()).isEqualTo(Moderation.APPROVED);
        assertThat(entered.visibility()).isEqualTo(Visibility.PRIVATE);
        assertThat(entered.municipality()).isEqualTo("almelo");
        assertThat(sent.moderation()).isEqualTo(Moderation.PENDING);
        assertThat(sent.channel()).isEqualTo(ContributionChannel.PUBLIC_FORM);
    }

    @Test
    void theNameIsPublicOnlyWhereTheSenderAgreedAndLabelsAreTidied() {
        Contribution anonymous = Contribution.sentOnPublicForm(vision, new Submission(SourceGroup.RESIDENT,
                "  Kerkelanden  Noord ", " ", null, "Tekst", "Fatma", false, true), NOW);
        Contribution named = Contribution.sentOnPublicForm(vision, new Submission(SourceGroup.RESIDENT, null, null,
                null, "Tekst", "Jan", true, true), NOW);

        assertThat(anonymous.publicAuthorName()).isNull();
        assertThat(anonymous.authorName()).isEqualTo("Fatma");
        assertThat(anonymous.district()).isEqualTo("Kerkelanden Noord");
        assertThat(anonymous.community()).isNull();
        assertThat(named.publicAuthorName()).isEqualTo("Jan");
    }

    @Test
    void theFormNeedsConsentAndAQuestionOfTheVisionAndAnAdoptedVisionTakesNone() {
        assertThatThrownBy(() -> Contribution.sentOnPublicForm(vision, new Submission(SourceGroup.RESIDENT, null,
                null, null, "Tekst", null, false, false), NOW)).isInstanceOf(InvalidValueException.class)
                .extracting("property").isEqualTo("consent");
        assertThatThrownBy(() -> Contribution.enteredByOfficer(vision, submission(SourceGroup.COUNCIL, 4), null,
                "officer@almelo", NOW)).isInstanceOf(InvalidValueException.class).extracting("property")
                .isEqualTo("question");
        vision.adopt(new AdoptedVision(List.of(new Objective("respect", "Respect", List.of())), List.of(),
                LocalDate.of(2010, 6, 30)));
        assertThatThrownBy(() -> Contribution.enteredByOfficer(vision, submission(SourceGroup.COUNCIL, 1), null,
                "officer@almelo", NOW)).isInstanceOf(ConflictException.class);
    }

    @Test
    void theOverviewCountsEveryQuestionAndGroupAlsoThoseWithoutAnswers() {
        List<Contribution> approved = List.of(
                Contribution.enteredByOfficer(vision, new Submission(SourceGroup.RESIDENT, "Centrum", "Turks", 1,
                        "a", null, false, false), null, "o", NOW),
                Contribution.enteredByOfficer(vision, new Submission(SourceGroup.RESIDENT, "Centrum", null, 1,
                        "b", null, false, false), null, "o", NOW),
                Contribution.enteredByOfficer(vision, new Submission(SourceGroup.COUNCIL, null, null, null,
                        "c", null, false, false), null, "o", NOW));

        ConsultationOverview overview = ConsultationOverview.of(vision.content(), approved, 5);

        assertThat(overview.approved()).isEqualTo(3);
        assertThat(overview.pending()).isEqualTo(5);
        assertThat(overview.perQuestion()).extracting(q -> q.number() + "=" + q.count())
                .containsExactly("1=2", "2=0", "null=1");
        assertThat(overview.perGroup()).containsEntry(SourceGroup.RESIDENT, 2L).containsEntry(SourceGroup.COUNCIL, 1L)
                .containsEntry(SourceGroup.DEPARTMENT, 0L).hasSize(SourceGroup.values().length);
        assertThat(overview.perDistrict()).extracting(d -> d.name() + "=" + d.count())
                .containsExactly("Centrum=2", "null=1");
        assertThat(overview.perCommunity()).extracting(c -> c.name() + "=" + c.count())
                .containsExactly("null=2", "Turks=1");
    }

    private static Submission submission(SourceGroup group, Integer question) {
        return new Submission(group, null, null, question, "Een bijdrage.", null, false, true);
    }

    private static VisionProcess consulting() {
        VisionProcess vision = VisionProcess.prepare("almelo", new VisionContent("KleurRijk", List.of(), null, null,
                List.of(new Question(1, "Wat verwacht u?"), new Question(2, "Wat doet u zelf?"))), Visibility.PUBLIC,
                NOW);
        vision.openConsultation(NOW);
        return vision;
    }
}
