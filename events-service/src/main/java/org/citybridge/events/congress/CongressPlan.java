package org.citybridge.events.congress;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.citybridge.platform.domain.InvalidValueException;
import org.citybridge.platform.tenancy.Visibility;

/**
 * What an organiser decides about a congress, checked as a whole.
 *
 * @param coOrganisers        other member cities organising it jointly (Münster with Almelo); their
 *                            organisers manage it like the owner's
 * @param registrationOpensAt null: registration is open from publication
 * @param registrationClosesAt null: registration closes when the congress starts
 * @param offerHours          with {@link WaitListMode#TIMED_OFFER}: how long a promoted person has to accept
 */
public record CongressPlan(Map<String, String> title, Map<String, String> description, List<String> coOrganisers,
        String venueId, Instant startsAt, Instant endsAt, Instant registrationOpensAt, Instant registrationClosesAt,
        int capacity, Visibility visibility, boolean publicRegistration, WaitListMode waitListMode, Integer offerHours) {

    static final Duration LONGEST = Duration.ofDays(31);

    public CongressPlan {
        title = Texts.checked("title", title, true, 200);
        description = Texts.checked("description", description, false, 4000);
        coOrganisers = coOrganisers == null ? List.of() : coOrganisers.stream().distinct().toList();
        if (!endsAt.isAfter(startsAt)) {
            throw new InvalidValueException("endsAt", "must be after startsAt");
        }
        if (Duration.between(startsAt, endsAt).compareTo(LONGEST) > 0) {
            throw new InvalidValueException("endsAt", "is more than 31 days after startsAt");
        }
        if (registrationOpensAt != null && registrationClosesAt != null
                && !registrationClosesAt.isAfter(registrationOpensAt)) {
            throw new InvalidValueException("registrationClosesAt", "must be after registrationOpensAt");
        }
        if (registrationClosesAt != null && registrationClosesAt.isAfter(endsAt)) {
            throw new InvalidValueException("registrationClosesAt", "is after the congress ends");
        }
        if (capacity < 1) {
            throw new InvalidValueException("capacity", "must be at least 1");
        }
        waitListMode = waitListMode == null ? WaitListMode.AUTOMATIC : waitListMode;
        if (waitListMode == WaitListMode.TIMED_OFFER && (offerHours == null || offerHours < 1)) {
            throw new InvalidValueException("offerHours", "must be at least 1 with a TIMED_OFFER wait list");
        }
        visibility = visibility == null ? Visibility.PRIVATE : visibility;
    }
}
