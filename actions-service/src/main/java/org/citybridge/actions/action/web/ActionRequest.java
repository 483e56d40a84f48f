package org.citybridge.actions.action.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.citybridge.actions.action.ActionDetails;
import org.citybridge.actions.action.LineOfWork;
import org.citybridge.actions.action.Owner;
import org.citybridge.actions.action.Resources;
import org.citybridge.actions.programme.Period;
import org.citybridge.platform.tenancy.Visibility;

/**
 * An action as an officer writes it. The line of work is named by number; its title is taken from
 * the city's published pact.
 */
record ActionRequest(@NotBlank @Size(max = 300) String title, @Size(max = 8000) String description,
        @Min(1) @Max(99) Integer goal, @Min(1) @Max(99) Integer lineOfWork, @Valid OwnerJson owner,
        @Size(max = 50) List<@NotBlank @Size(max = 100) String> partners,
        @Size(max = 30) List<@NotBlank @Size(max = 200) String> targetGroups, @Valid PeriodJson period,
        @Valid ResourcesJson resources, Visibility visibility) {

    record OwnerJson(@Size(max = 100) String organisationId, @Size(max = 300) String name) {
    }

    record PeriodJson(@NotNull LocalDate start, @NotNull LocalDate end) {
    }

    /** Budget in EUR (cents at most), staff in FTE; each optional, none negative, none with endless decimals. */
    record ResourcesJson(
            @DecimalMin("0") @DecimalMax("1000000000000") @Digits(integer = 13, fraction = 2) BigDecimal budgetPlanned,
            @DecimalMin("0") @DecimalMax("1000000000000") @Digits(integer = 13, fraction = 2) BigDecimal budgetSpent,
            @DecimalMin("0") @DecimalMax("1000000") @Digits(integer = 7, fraction = 3) BigDecimal ftePlanned,
            @DecimalMin("0") @DecimalMax("1000000") @Digits(integer = 7, fraction = 3) BigDecimal fteSpent) {
    }

    ActionDetails toDetails() {
        return new ActionDetails(title, description, goal,
                lineOfWork == null ? null : new LineOfWork(lineOfWork, null),
                owner == null ? null : new Owner(owner.organisationId(), owner.name()), partners, targetGroups,
                period == null ? null : new Period(period.start(), period.end()),
                resources == null ? null : new Resources(resources.budgetPlanned(), resources.budgetSpent(),
                        resources.ftePlanned(), resources.fteSpent()));
    }
}
