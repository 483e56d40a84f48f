package org.citybridge.events.congress.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.citybridge.events.congress.CongressPlan;
import org.citybridge.events.congress.SessionPlan;
import org.citybridge.events.congress.WaitListMode;
import org.citybridge.platform.tenancy.Visibility;
import org.citybridge.platform.web.InvalidFieldException;

/**
 * A new congress. {@code title} and {@code description} map a language (nl, de, en) to text.
 *
 * @param draft true keeps it unpublished (only its organisers see it) until {@code POST .../publish};
 *              by default it is published at once
 */
record CongressRequest(
        @NotEmpty @Size(max = 3) Map<@Pattern(regexp = "nl|de|en") String, @NotBlank @Size(max = 200) String> title,
        @Size(max = 3) Map<@Pattern(regexp = "nl|de|en") String, @NotBlank @Size(max = 4000) String> description,
        @Size(max = 10) List<@NotBlank @Size(max = 60) @Pattern(regexp = "[a-z0-9-]+") String> coOrganisers,
        @Size(max = 100) String venueId,
        @NotNull Instant startsAt, @NotNull Instant endsAt, Instant registrationOpensAt, Instant registrationClosesAt,
        @NotNull @Min(1) @Max(100_000) Integer capacity, Boolean publicRegistration, Visibility visibility,
        WaitListMode waitListMode, @Min(1) @Max(720) Integer offerHours,
        @Size(max = 100) List<@Valid SessionRequest> sessions, Boolean draft) {

    static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");
    static final Instant LATEST = Instant.parse("2100-01-01T00:00:00Z");

    CongressPlan toPlan() {
        saneDate("startsAt", startsAt);
        saneDate("endsAt", endsAt);
        saneDate("registrationOpensAt", registrationOpensAt);
        saneDate("registrationClosesAt", registrationClosesAt);
        return new CongressPlan(title, description, coOrganisers, venueId, startsAt, endsAt, registrationOpensAt,
                registrationClosesAt, capacity, visibility, Boolean.TRUE.equals(publicRegistration), waitListMode,
                offerHours);
    }

    List<SessionPlan> sessionPlans() {
        return sessions == null ? List.of() : sessions.stream().map(SessionRequest::toPlan).toList();
    }

    static void saneDate(String field, Instant value) {
        if (value != null && (value.isBefore(EARLIEST) || value.isAfter(LATEST))) {
            throw new InvalidFieldException(field, "must lie between 2000 and 2100");
        }
    }

    record SessionRequest(
            @NotEmpty @Size(max = 3) Map<@Pattern(regexp = "nl|de|en") String, @NotBlank @Size(max = 200) String> title,
            @NotNull Instant startsAt, @NotNull Instant endsAt, @Size(max = 100) String room,
            @Min(1) @Max(100_000) Integer capacity, @Size(max = 20) List<@NotBlank @Size(max = 200) String> speakers) {

        SessionPlan toPlan() {
            saneDate("startsAt", startsAt);
            saneDate("endsAt", endsAt);
            return new SessionPlan(title, startsAt, endsAt, room, capacity, speakers);
        }
    }
}
