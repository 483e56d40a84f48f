package org.citybridge.events.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.citybridge.events.checkin.CheckInService;
import org.citybridge.events.congress.Congress;
import org.citybridge.events.congress.CongressPlan;
import org.citybridge.events.congress.CongressService;
import org.citybridge.events.congress.SessionPlan;
import org.citybridge.events.congress.WaitListMode;
import org.citybridge.events.registration.AlreadyRegisteredException;
import org.citybridge.events.registration.RegistrationForm;
import org.citybridge.events.registration.RegistrationService;
import org.citybridge.events.venue.Room;
import org.citybridge.events.venue.Venue;
import org.citybridge.events.venue.VenueService;
import org.citybridge.platform.demo.DemoFiles;
import org.citybridge.platform.tenancy.Visibility;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import tools.jackson.core.type.TypeReference;

/**
 * Loads the demo venues, congresses and registrations written from the seeds ({@code demo/venues.json}:
 * Antwerp's meeting centres; {@code demo/congresses.json}: KleurRijk Almelo's two congresses, one
 * jointly with Münster, a Münster–Almelo bridge-group meeting and Antwerp's diversity week at Atlas;
 * {@code demo/registrations.json}: invented people, at example.org; the joint congress's door and one
 * room as check-in lists) when {@code citybridge.demo.enabled}
 * is set, as {@code ./citybridge up} does. Ids are fixed, so a second start finds them and adds nothing.
 * The congresses are placed ahead of the first load so that registration is open in the demo; their
 * registrations go through the registration flow like anyone's, so the second congress, with eight
 * places, has a wait list, and the confirmation mails are in {@code ./citybridge mail}.
 */
@Component
@ConditionalOnProperty("citybridge.demo.enabled")
class EventsDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(EventsDemoData.class);

    record DemoVenue(String id, String municipality, String name, String address, List<Room> rooms,
            List<String> fictitious, String source) {
    }

    record DemoSession(Map<String, String> title, int startsAfterMinutes, int minutes, String room, int capacity,
            List<String> speakers) {
    }

    /** @param session index into its congress's sessions; null for the whole congress */
    record DemoCheckInList(String name, Integer session) {
    }

    /**
     * @param startsInDays how far after the first load it starts (the seeds' years have passed)
     * @param checkInLists the doors and rooms its organisers check people in at (may be absent)
     */
    record DemoCongress(String id, String municipality, List<String> coOrganisers, Map<String, String> title,
            Map<String, String> description, String venueId, int startsInDays, int hours, int capacity,
            Visibility visibility, boolean publicRegistration, WaitListMode waitListMode, Integer offerHours,
            List<DemoSession> sessions, List<DemoCheckInList> checkInLists, List<String> fictitious,
            String source) {
    }

    /** @param sessions indexes into its congress's sessions */
    record DemoRegistration(String congressId, String name, String email, String organisation, String municipality,
            List<Integer> sessions, String dietaryNeeds, String accessibilityNeeds, boolean consentToList,
            String language) {
    }

    private final VenueService venues;
    private final CongressService congresses;
    private final RegistrationService registrations;
    private final CheckInService checkIn;
    private final Clock clock;

    EventsDemoData(VenueService venues, CongressService congresses, RegistrationService registrations,
            CheckInService checkIn, Clock clock) {
        this.venues = venues;
        this.congresses = congresses;
        this.registrations = registrations;
        this.checkIn = checkIn;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (DemoVenue venue : DemoFiles.read("venues.json", new TypeReference<List<DemoVenue>>() { })) {
            venues.registerIfAbsent(Venue.register(venue.id(), venue.municipality(), Visibility.NETWORK, venue.name(),
                    venue.address(), venue.rooms()));
        }
        List<DemoRegistration> people = DemoFiles.read("registrations.json",
                new TypeReference<List<DemoRegistration>>() { });
        Instant today = clock.instant().truncatedTo(ChronoUnit.DAYS);
        int made = 0;
        for (DemoCongress demo : DemoFiles.read("congresses.json", new TypeReference<List<DemoCongress>>() { })) {
            Optional<Congress> created = congresses.planIfAbsent(demo.id(), demo.municipality(), plan(demo, today),
                    sessions(demo, today));
            if (created.isEmpty()) {
                continue;
            }
            List<DemoCheckInList> doors = demo.checkInLists() == null ? List.of() : demo.checkInLists();
            for (DemoCheckInList list : doors) {
                checkIn.planList(created.get(), list.name(),
                        list.session() == null ? null : created.get().sessions().get(list.session()).id());
            }
            for (DemoRegistration person : people) {
                if (person.congressId().equals(demo.id())) {
                    register(created.get(), person);
                    made++;
                }
            }
        }
        log.info("Demo events loaded: {} new registrations", made);
    }

    private void register(Congress congress, DemoRegistration person) {
        List<String> sessionIds = person.sessions().stream().map(index -> congress.sessions().get(index).id()).toList();
        try {
            registrations.register(congress.id(), new RegistrationForm(person.name(), person.email(),
                    person.organisation(), null, person.municipality(), sessionIds, person.dietaryNeeds(),
                    person.accessibilityNeeds(), person.consentToList(), person.language()));
        } catch (AlreadyRegisteredException alreadyThere) {
            // A start interrupted after the congress was saved: the person registered then.
        }
    }

    private static CongressPlan plan(DemoCongress demo, Instant today) {
        Instant starts = today.plus(Duration.ofDays(demo.startsInDays())).plus(Duration.ofHours(8));
        return new CongressPlan(demo.title(), demo.description(), demo.coOrganisers(), demo.venueId(), starts,
                starts.plus(Duration.ofHours(demo.hours())), null, null, demo.capacity(), demo.visibility(),
                demo.publicRegistration(), demo.waitListMode(), demo.offerHours());
    }

    private static List<SessionPlan> sessions(DemoCongress demo, Instant today) {
        Instant starts = today.plus(Duration.ofDays(demo.startsInDays())).plus(Duration.ofHours(8));
        return demo.sessions().stream().map(session -> new SessionPlan(session.title(),
                starts.plus(Duration.ofMinutes(session.startsAfterMinutes())),
                starts.plus(Duration.ofMinutes(session.startsAfterMinutes() + session.minutes())), session.room(),
                session.capacity(), session.speakers())).toList();
    }
}
