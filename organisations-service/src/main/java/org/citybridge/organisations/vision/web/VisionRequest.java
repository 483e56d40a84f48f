package org.citybridge.organisations.vision.web;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.citybridge.organisations.vision.Phase;
import org.citybridge.organisations.vision.PhaseKind;
import org.citybridge.organisations.vision.Question;
import org.citybridge.organisations.vision.VisionContent;
import org.citybridge.platform.tenancy.Visibility;

/** A vision process as officers write it; it belongs to the caller's city. */
record VisionRequest(@NotBlank @Size(max = 200) String title, @Size(max = 10) List<@NotNull @Valid PhaseJson> phases,
        @Size(max = 300) String paperTitle, @Size(max = 100_000) String paperText,
        @Size(max = 30) List<@NotNull @Valid QuestionJson> questions, Visibility visibility) {

    record PhaseJson(@NotNull PhaseKind kind, LocalDate start, LocalDate end) {
    }

    record QuestionJson(@NotNull @Min(1) @Max(99) Integer number, @NotBlank @Size(max = 1000) String text) {
    }

    VisionContent toContent() {
        return new VisionContent(title,
                phases == null ? List.of() : phases.stream().map(p -> new Phase(p.kind(), p.start(), p.end())).toList(),
                paperTitle, paperText,
                questions == null ? List.of() : questions.stream().map(q -> new Question(q.number(), q.text())).toList());
    }
}
