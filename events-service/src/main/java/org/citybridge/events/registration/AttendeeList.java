package org.citybridge.events.registration;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

import org.citybridge.events.congress.Congress;
import org.citybridge.events.congress.CongressService;
import org.citybridge.platform.store.AggregateStores;
import org.citybridge.platform.store.TenantStore;
import org.citybridge.platform.tenancy.Caller;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Service;

/**
 * Who comes to a congress: for its organisers (every organising city's), in full; for the public, only
 * those who consented to be listed, and only their name, organisation and city.
 */
@Service
public class AttendeeList {

    /** Counts of a congress's active registrations, which survive the removal of personal data. */
    public record Counts(long confirmed, long waitlisted, long offered, long cancelled,
            Map<String, Long> confirmedByMunicipality, Map<String, Long> confirmedByOrganisation) {
    }

    private static final List<String> ACTIVE = List.of(RegistrationStatus.CONFIRMED.name(),
            RegistrationStatus.WAITLISTED.name(), RegistrationStatus.OFFERED.name());
    private static final int BATCH = 500;

    private final TenantStore<Registration> registrations;
    private final CongressService congresses;

    AttendeeList(AggregateStores stores, CongressService congresses) {
        this.registrations = stores.tenantOwned(Registration.class);
        this.congresses = congresses;
    }

    /** Active registrations, for an organiser of the congress; another city's congress does not exist. */
    public Page<Registration> forOrganiser(Caller caller, String congressId, Pageable pageable) {
        Congress congress = congresses.managed(caller, congressId);
        return registrations.findForSystem(Criteria.where("congressId").is(congress.id()).and("status").in(ACTIVE),
                pageable);
    }

    /** Every active registration in pages, for the CSV export (which may be longer than one page). */
    public Congress eachForOrganiser(Caller caller, String congressId, Consumer<Registration> each) {
        Congress congress = congresses.managed(caller, congressId);
        forEach(Criteria.where("congressId").is(congress.id()).and("status").in(ACTIVE), each);
        return congress;
    }

    public Counts counts(Caller caller, String congressId) {
        Congress congress = congresses.managed(caller, congressId);
        long[] byStatus = new long[RegistrationStatus.values().length];
        Map<String, Long> byMunicipality = new TreeMap<>();
        Map<String, Long> byOrganisation = new TreeMap<>();
        forEach(Criteria.where("congressId").is(congress.id()), registration -> {
            byStatus[registration.status().ordinal()]++;
            if (registration.status() == RegistrationStatus.CONFIRMED) {
                Attendee attendee = registration.attendee();
                byMunicipality.merge(orUnknown(attendee.municipality()), 1L, Long::sum);
                byOrganisation.merge(orUnknown(attendee.organisation()), 1L, Long::sum);
            }
        });
        return new Counts(byStatus[RegistrationStatus.CONFIRMED.ordinal()],
                byStatus[RegistrationStatus.WAITLISTED.ordinal()], byStatus[RegistrationStatus.OFFERED.ordinal()],
                byStatus[RegistrationStatus.CANCELLED.ordinal()] + byStatus[RegistrationStatus.EXPIRED.ordinal()],
                byMunicipality, byOrganisation);
    }

    /** Confirmed attendees who agreed to be listed, of a published public congress. */
    public Page<Registration> publicList(String congressId, Pageable pageable) {
        Congress congress = congresses.publicGet(congressId);
        return registrations.findForSystem(Criteria.where("congressId").is(congress.id())
                .and("status").is(RegistrationStatus.CONFIRMED.name()).and("attendee.listed").is(true), pageable);
    }

    private void forEach(Criteria filter, Consumer<Registration> each) {
        for (int page = 0; ; page++) {
            Page<Registration> batch = registrations.findForSystem(filter,
                    PageRequest.of(page, BATCH, Sort.by("registeredAt", "id")));
            batch.forEach(each);
            if (!batch.hasNext()) {
                return;
            }
        }
    }

    private static String orUnknown(String value) {
        return value == null || value.isBlank() ? "(unknown)" : value;
    }
}
