package org.citybridge.web.programme;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.citybridge.web.api.ApiProblem;
import org.citybridge.web.city.Paged;
import org.citybridge.web.indicator.Indicator;
import org.citybridge.web.language.Dates;
import org.citybridge.web.organisation.Organisation;
import org.citybridge.web.signin.SignedInUser;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.client.RestClient;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Programmes, their progress and actions, and one action with its milestones, timeline and indicators. */
@Controller
class ProgrammePagesController {

    private final RestClient api;
    private final Dates dates;

    ProgrammePagesController(RestClient gatewayApi, Dates dates) {
        this.api = gatewayApi;
        this.dates = dates;
    }

    @GetMapping("/programmes")
    String list(Authentication authentication, Model model) {
        List<Programme> programmes = api.get().uri("/api/programmes?size=100").retrieve()
                .body(new ParameterizedTypeReference<Paged<Programme>>() { }).items();
        String city = SignedInUser.cityOf(authentication);
        model.addAttribute("own", programmes.stream().filter(p -> p.municipality().equals(city)).toList());
        model.addAttribute("shared", programmes.stream().filter(p -> !p.municipality().equals(city))
                .sorted(Comparator.comparing(Programme::municipality)).toList());
        return "officer/programmes";
    }

    @GetMapping("/programmes/{id}")
    String programme(@PathVariable String id, Authentication authentication, Model model) {
        Programme programme = api.get().uri("/api/programmes/{id}", id).retrieve().body(Programme.class);
        Progress progress = api.get().uri("/api/programmes/{id}/progress", id).retrieve().body(Progress.class);
        List<Indicator> overdue = api.get().uri("/api/programmes/{id}/overdue-indicators?size=100", id).retrieve()
                .body(new ParameterizedTypeReference<Paged<Indicator>>() { }).items();
        model.addAttribute("programme", programme);
        model.addAttribute("progress", progress);
        model.addAttribute("overdue", overdue);
        model.addAttribute("mine", programme.municipality().equals(SignedInUser.cityOf(authentication)));
        return "officer/programme";
    }

    @GetMapping("/actions/{id}")
    String action(@PathVariable String id, Authentication authentication, Model model) {
        Action action = api.get().uri("/api/actions/{id}", id).retrieve().body(Action.class);
        Programme programme = api.get().uri("/api/programmes/{id}", action.programmeId()).retrieve()
                .body(Programme.class);
        List<Indicator> indicators = api.get().uri("/api/actions/{id}/indicators?size=100", id).retrieve()
                .body(new ParameterizedTypeReference<Paged<Indicator>>() { }).items();
        model.addAttribute("action", action);
        model.addAttribute("partnerNames", partnerNames(action.partners()));
        model.addAttribute("programme", programme);
        model.addAttribute("indicators", indicators);
        model.addAttribute("canMeasure", action.municipality().equals(SignedInUser.cityOf(authentication)));
        model.addAttribute("today", LocalDate.now(dates.zone()));
        return "officer/action";
    }

    /** Partners by name; one the caller may not read (another city's private organisation) keeps its id. */
    private Map<String, String> partnerNames(List<String> partners) {
        Map<String, String> names = new LinkedHashMap<>();
        for (String partner : partners) {
            try {
                Organisation organisation = api.get().uri("/api/organisations/{id}", partner).retrieve()
                        .body(Organisation.class);
                names.put(partner, organisation == null ? partner : organisation.name());
            }
            catch (ApiProblem unreadable) {
                names.put(partner, partner);
            }
        }
        return names;
    }

    @PostMapping("/actions/{id}/updates")
    String addUpdate(@PathVariable String id, @RequestParam(required = false) String date,
            @RequestParam(required = false) String text, RedirectAttributes redirect) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("date", date == null || date.isBlank() ? null : date);
        body.put("text", text);
        try {
            api.post().uri("/api/actions/{id}/updates", id).contentType(MediaType.APPLICATION_JSON).body(body)
                    .retrieve().toBodilessEntity();
            redirect.addFlashAttribute("updateSaved", true);
        }
        catch (ApiProblem problem) {
            if (problem.status() != 400) {
                throw problem;
            }
            redirect.addFlashAttribute("updateProblem", problem.errors().isEmpty() ? problem.detail()
                    : problem.errors().get(0).field() + ": " + problem.errors().get(0).message());
            redirect.addFlashAttribute("updateText", text);
        }
        return "redirect:/actions/" + id + "#timeline";
    }

}
