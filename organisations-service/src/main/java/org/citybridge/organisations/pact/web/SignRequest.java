package org.citybridge.organisations.pact.web;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.citybridge.organisations.organisation.OrganisationId;
import org.citybridge.organisations.pact.Commitment;
import org.citybridge.organisations.pact.Pledge;

/**
 * The body of {@code POST /api/pacts/{id}/signatures}: an organisation of the pact's city signs, with
 * the person responsible for it and, per line of work, what it undertakes (optional).
 *
 * @param consent the organisation agrees that its name, logo and responsible person are shown publicly
 */
record SignRequest(
        @NotBlank @Size(max = 100) String organisationId,
        @NotBlank @Size(max = 200) String responsibleName,
        @NotBlank @Size(max = 200) String responsibleRole,
        @NotNull @PastOrPresent LocalDate date,
        @NotNull @AssertTrue(message = "must be true: signing publishes the organisation and its responsible person on the pact's public page")
        Boolean consent,
        @Size(max = 20) List<@NotNull @Valid CommitmentRequest> commitments) {

    record CommitmentRequest(@NotNull @Min(1) Integer lineOfWork, @NotBlank @Size(max = 2_000) String text) {
    }

    Pledge toPledge() {
        return new Pledge(new OrganisationId(organisationId.trim()), responsibleName, responsibleRole, date,
                commitments == null ? List.of()
                        : commitments.stream().map(c -> new Commitment(c.lineOfWork(), c.text().strip())).toList());
    }
}
