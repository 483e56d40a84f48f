package org.citybridge.organisations.pact.web;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.citybridge.organisations.pact.LineOfWork;
import org.citybridge.organisations.pact.PactContent;
import org.citybridge.organisations.pact.Period;

/**
 * The body of {@code POST /api/pacts} and {@code PUT /api/pacts/{id}}: the whole text of the pact.
 * No municipality: a pact belongs to the city of the officer who writes it.
 */
record PactRequest(
        @NotBlank @Size(max = 200) String title,
        @NotBlank @Size(max = 200) String visionTitle,
        @NotNull @Valid PeriodRequest period,
        LocalDate signedOn,
        @Size(max = 20_000) String introduction,
        @Size(max = 50) List<@NotBlank @Size(max = 2_000) String> considerations,
        @Size(max = 2_000) String endorsement,
        @NotEmpty @Size(max = 20) List<@NotNull @Valid LineOfWorkRequest> linesOfWork,
        @Size(max = 5_000) String closing,
        @Size(max = 100) String visionId) {

    record PeriodRequest(@NotNull @Min(1900) @Max(2200) Integer fromYear, @NotNull @Min(1900) @Max(2200) Integer toYear) {
    }

    record LineOfWorkRequest(@NotNull @Min(1) @Max(99) Integer number, @NotBlank @Size(max = 300) String title) {
    }

    PactContent toContent() {
        return new PactContent(title.trim(), visionTitle.trim(), new Period(period.fromYear(), period.toYear()),
                signedOn, blankToNull(introduction), considerations == null ? List.of()
                        : considerations.stream().map(String::trim).toList(),
                blankToNull(endorsement),
                linesOfWork.stream().map(line -> new LineOfWork(line.number(), line.title().trim())).toList(),
                blankToNull(closing));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
