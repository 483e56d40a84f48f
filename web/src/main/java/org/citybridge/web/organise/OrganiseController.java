package org.citybridge.web.organise;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.citybridge.web.api.ApiProblem;
import org.citybridge.web.language.Dates;
import org.citybridge.web.signin.SignedInUser;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.client.RestClient;

/**
 * The organiser's back office: their city's congresses, a new congress with its venue, its sessions, publishing
 * it, and the live view of who registered, who waits and who came in. Every call goes to the API with the
 * organiser's own token; the API decides which congresses are theirs.
 */
@Controller
class OrganiseController {

    private static final Set<String> CONGRESS_FIELDS = Set.of("title", "description", "startsAt", "endsAt", "venue",
            "capacity", "visibility", "publicRegistration");
    private static final Set<String> SESSION_FIELDS = Set.of("title", "startsAt", "endsAt", "room", "capacity");
    private static final int PAGE_SIZE = 20;
    private static final int ATTENDEES_SHOWN = 100;

    private final RestClient api;
    private final Dates dates;
    private final MessageSource messages;

    OrganiseController(RestClient gatewayApi, Dates dates, MessageSource messages) {
        this.api = gatewayApi;
        this.dates = dates;
        this.messages = messages;
    }

    @GetMapping("/organise/congresses")
    String list(@RequestParam(defaultValue = "0") int page, Model model) {
        ApiPage<Congress> congresses = api.get().uri("/api/congresses?page={page}&size={size}", Math.max(page, 0),
                PAGE_SIZE).retrieve().body(new ParameterizedTypeReference<ApiPage<Congress>>() { });
        model.addAttribute("congresses", congresses);
        return "organiser/congresses";
    }

    @GetMapping("/organise/congresses/new")
    String newCongress(Model model) {
        return form(CongressForm.empty(), FieldErrors.none(), model);
    }

    @PostMapping("/organise/congresses/new")
    String create(@ModelAttribute("form") CongressForm form, Model model) {
        FieldErrors errors = FieldErrors.none();
        Instant startsAt = time(form.startsAt(), "startsAt", errors);
        Instant endsAt = time(form.endsAt(), "endsAt", errors);
        Integer capacity = number(form.capacity(), "capacity", errors);
        if (form.title().isEmpty()) {
            errors.add("title", text("organiser.error.titleMissing"));
        }
        if (errors.any()) {
            return form(form, errors, model);
        }
        String venueId = blankToNull(form.venueId());
        try {
            if (form.wantsNewVenue()) {
                venueId = newVenue(form);
            }
        } catch (ApiProblem problem) {
            if (problem.status() != 400) {
                throw problem;
            }
            return form(form, FieldErrors.none().add("venue", FieldErrors.of(problem, Set.of()).get(FieldErrors.GENERAL)),
                    model);
        }
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("title", form.title());
        request.put("description", form.description().isEmpty() ? null : form.description());
        request.put("venueId", venueId);
        request.put("startsAt", startsAt);
        request.put("endsAt", endsAt);
        request.put("capacity", capacity);
        request.put("visibility", blankToNull(form.visibility()));
        request.put("publicRegistration", Boolean.TRUE.equals(form.publicRegistration()));
        // A draft until the organiser has added the sessions and publishes it from its page.
        request.put("draft", true);
        try {
            Congress created = api.post().uri("/api/congresses").body(request).retrieve().body(Congress.class);
            return "redirect:/organise/congresses/" + created.id();
        } catch (ApiProblem problem) {
            if (problem.status() != 400) {
                throw problem;
            }
            // A venue made just now is chosen in the form shown again, not made a second time.
            CongressForm again = new CongressForm(form.titleNl(), form.titleDe(), form.titleEn(), form.descriptionNl(),
                    form.descriptionDe(), form.descriptionEn(), form.startsAt(), form.endsAt(), venueId, "", "",
                    form.capacity(), form.visibility(), form.publicRegistration());
            return form(again, FieldErrors.of(problem, CONGRESS_FIELDS), model);
        }
    }

    @GetMapping("/organise/congresses/{id}")
    String congress(@PathVariable String id, Model model) {
        return detail(id, SessionForm.empty(), FieldErrors.none(), model);
    }

    @PostMapping("/organise/congresses/{id}/sessions")
    String addSession(@PathVariable String id, @ModelAttribute("sessionForm") SessionForm form, Model model) {
        FieldErrors errors = FieldErrors.none();
        Instant startsAt = time(form.startsAt(), "startsAt", errors);
        Instant endsAt = time(form.endsAt(), "endsAt", errors);
        Integer capacity = number(form.capacity(), "capacity", errors);
        if (form.title().isEmpty()) {
            errors.add("title", text("organiser.error.titleMissing"));
        }
        if (errors.any()) {
            return detail(id, form, errors, model);
        }
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("title", form.title());
        request.put("startsAt", startsAt);
        request.put("endsAt", endsAt);
        request.put("room", blankToNull(form.room()));
        request.put("capacity", capacity);
        try {
            api.post().uri("/api/congresses/{id}/sessions", id).body(request).retrieve().toBodilessEntity();
        } catch (ApiProblem problem) {
            if (problem.status() != 400 && problem.status() != 409) {
                throw problem;
            }
            return detail(id, form, FieldErrors.of(problem, SESSION_FIELDS), model);
        }
        return "redirect:/organise/congresses/" + id + "#sessions";
    }

    @PostMapping("/organise/congresses/{id}/publish")
    String publish(@PathVariable String id, Model model) {
        try {
            api.post().uri("/api/congresses/{id}/publish", id).retrieve().toBodilessEntity();
        } catch (ApiProblem problem) {
            if (problem.status() != 409 && problem.status() != 400) {
                throw problem;
            }
            model.addAttribute("publishError", problem.detail() != null ? problem.detail() : problem.title());
            return detail(id, SessionForm.empty(), FieldErrors.none(), model);
        }
        return "redirect:/organise/congresses/" + id;
    }

    /** The live part of the congress's page, which htmx asks for again every few seconds. */
    @GetMapping("/organise/congresses/{id}/live")
    String live(@PathVariable String id, Model model) {
        model.addAttribute("congress", congressOf(id));
        model.addAttribute("counts", api.get().uri("/api/congresses/{id}/attendees/counts", id).retrieve()
                .body(Attendance.Counts.class));
        model.addAttribute("checkIns", api.get().uri("/api/congresses/{id}/check-in-counts", id).retrieve()
                .body(Attendance.CheckInCounts.class));
        ApiPage<Attendance.Attendee> attendees = api.get().uri("/api/congresses/{id}/attendees?size={size}", id,
                ATTENDEES_SHOWN).retrieve().body(new ParameterizedTypeReference<ApiPage<Attendance.Attendee>>() { });
        model.addAttribute("attendees", attendees);
        model.addAttribute("waiting", attendees.items().stream().filter(Attendance.Attendee::waiting).toList());
        model.addAttribute("updatedAt", dates.time(Instant.now()));
        return "organiser/live :: live";
    }

    private String detail(String id, SessionForm form, FieldErrors errors, Model model) {
        Congress congress = congressOf(id);
        model.addAttribute("congress", congress);
        model.addAttribute("rooms", congress.venueId() == null ? List.of() : roomsOf(congress.venueId()));
        model.addAttribute("sessionForm", form);
        model.addAttribute("errors", errors);
        return "organiser/congress";
    }

    private List<Venue.Room> roomsOf(String venueId) {
        try {
            Venue venue = api.get().uri("/api/venues/{id}", venueId).retrieve().body(Venue.class);
            return venue == null ? List.of() : venue.rooms();
        } catch (ApiProblem unreadable) {
            // A co-organiser may not see the owner city's venue: the room is then typed freely.
            return List.of();
        }
    }

    /**
     * The congress, if the signed-in person's city organises it. Other cities may read a congress shared with the
     * network, but its back office is not theirs: for them it does not exist, as the API's other cities' data.
     */
    private Congress congressOf(String id) {
        Congress congress = api.get().uri("/api/congresses/{id}", id).retrieve().body(Congress.class);
        SignedInUser me = SignedInUser.of(SecurityContextHolder.getContext().getAuthentication());
        boolean admin = me != null && me.roles().contains("ADMIN");
        if (congress == null || !admin && (me == null || !me.organiser() || !congress.organisedBy(me.municipality()))) {
            throw new ApiProblem(404, "Not Found", null, null);
        }
        return congress;
    }

    private String form(CongressForm form, FieldErrors errors, Model model) {
        ApiPage<Venue> venues = api.get().uri("/api/venues?size=100").retrieve()
                .body(new ParameterizedTypeReference<ApiPage<Venue>>() { });
        model.addAttribute("form", form);
        model.addAttribute("venues", venues == null ? List.of() : venues.items());
        model.addAttribute("errors", errors);
        return "organiser/new";
    }

    private String newVenue(CongressForm form) {
        Map<String, Object> venue = new LinkedHashMap<>();
        venue.put("name", form.newVenueName().strip());
        venue.put("address", blankToNull(form.newVenueAddress()));
        return api.post().uri("/api/venues").body(venue).retrieve().body(Venue.class).id();
    }

    private Instant time(String value, String field, FieldErrors errors) {
        try {
            Instant instant = LocalTimes.instant(value, dates);
            if (instant == null) {
                errors.add(field, text("organiser.error.timeMissing"));
            }
            return instant;
        } catch (DateTimeParseException e) {
            errors.add(field, text("organiser.error.time"));
            return null;
        }
    }

    private Integer number(String value, String field, FieldErrors errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            errors.add(field, text("organiser.error.number"));
            return null;
        }
    }

    private String text(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
