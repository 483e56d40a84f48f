package org.citybridge.web.programme;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** An action as {@code GET /api/actions/{id}} answers it: status, milestones and its timeline of updates. */
public record Action(String id, String municipality, String programmeId, String title, String description,
        Integer goal, LineOfWork lineOfWork, Owner owner, List<String> partners, List<String> targetGroups,
        Period period, Resources resources, String status, String computedStatus, Override override,
        List<Milestone> milestones, List<Update> updates, List<String> inactivePartners, String visibility) {

    public Action {
        partners = partners == null ? List.of() : List.copyOf(partners);
        targetGroups = targetGroups == null ? List.of() : List.copyOf(targetGroups);
        milestones = milestones == null ? List.of() : List.copyOf(milestones);
        updates = updates == null ? List.of() : List.copyOf(updates);
        inactivePartners = inactivePartners == null ? List.of() : List.copyOf(inactivePartners);
    }

    public record LineOfWork(int number, String title) {
    }

    public record Owner(String organisationId, String name) {
    }

    public record Period(LocalDate start, LocalDate end) {
    }

    public record Resources(BigDecimal budgetPlanned, BigDecimal budgetSpent, BigDecimal ftePlanned,
            BigDecimal fteSpent) {
    }

    public record Override(String status, String reason) {
    }

    public record Milestone(String id, String title, LocalDate due, String state, LocalDate completedOn) {
    }

    public record Update(LocalDate date, String text, String author, Instant recordedAt) {
    }
}
