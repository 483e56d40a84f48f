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

/** What a vision process allows at each step, and the news it makes. */
class VisionProcessTest {

    static final Instant NOW = Instant.parse("2010-02-15T09:00:00Z");

    static VisionContent content(List<Question> questions) {
        return new VisionContent("KleurRijk Almelo", List.of(), "Hoe maken we Almelo kleurRijk?", null, questions);
    }

    static VisionProcess prepared() {
        return VisionProcess.prepare("almelo", content(List.of(new Question(1, "Wat verwacht u?"),
                new Question(2, "Welke bijdrage?"))), Visibility.PUBLIC, NOW);
    }

    static AdoptedVision adoption() {
        return new AdoptedVision(List.of(new Objective("duurzame-inzet", "Duurzame inzet", List.of("Open dialoog"))),
                List.of("Budget en fte"), LocalDate.of(2010, 8, 31));
    }

    @Test
    void openingIsNewsAndOpensThePublicFormOfAPublicProcessOnly() {
        VisionProcess vision = prepared();
        assertThat(vision.openToThePublic()).isFalse();

        vision.openConsultation(NOW);

        assertThat(vision.openToThePublic()).isTrue();
        assertThat(vision.recordedEvents()).singleElement().isInstanceOf(VisionProcess.ConsultationOpened.class);
        assertThatThrownBy(() -> vision.openConsultation(NOW)).isInstanceOf(ConflictException.class);
        VisionProcess closed = VisionProcess.prepare("almelo", content(List.of(new Question(1, "q"))),
                Visibility.NETWORK, NOW);
        closed.openConsultation(NOW);
        assertThat(closed.openToThePublic()).as("a NETWORK process is for the cities, not the public").isFalse();
    }

    @Test
    void aConsultationNeedsAQuestion() {
        VisionProcess empty = VisionProcess.prepare("almelo", content(List.of()), Visibility.PUBLIC, NOW);

        assertThatThrownBy(() -> empty.openConsultation(NOW)).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("questions");
    }

    @Test
    void onlyAConsultedVisionIsAdopted() {
        VisionProcess vision = prepared();

        assertThatThrownBy(() -> vision.adopt(adoption())).isInstanceOf(ConflictException.class)
                .hasMessageContaining("open it first");
    }

    @Test
    void anAdoptedVisionNeverChangesAndARevisionIsANewVersionNamingIt() {
        VisionProcess vision = prepared();
        vision.openConsultation(NOW);
        vision.adopt(adoption());

        assertThatThrownBy(() -> vision.revise(content(List.of()), null)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> vision.writeSynthesis(1, "x")).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> vision.adopt(adoption())).isInstanceOf(ConflictException.class);
        assertThat(vision.takesContributions()).isFalse();

        VisionProcess revision = vision.revision(NOW);
        assertThat(revision.edition()).isEqualTo(2);
        assertThat(revision.revises()).isEqualTo(vision.id());
        assertThat(revision.status()).isEqualTo(VisionStatus.PREPARING);
        assertThat(revision.content()).isEqualTo(vision.content());
        assertThatThrownBy(() -> prepared().revision(NOW)).as("only an adopted vision is revised")
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void aQuestionWithASynthesisStays() {
        VisionProcess vision = prepared();
        vision.writeSynthesis(2, "Organisaties bieden vrijwilligers aan.");

        assertThatThrownBy(() -> vision.revise(content(List.of(new Question(1, "Wat verwacht u?"))), null))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("2");
        vision.writeSynthesis(2, " ");
        vision.revise(content(List.of(new Question(1, "Wat verwacht u?"))), null);
        assertThat(vision.content().questions()).hasSize(1);
    }
}
