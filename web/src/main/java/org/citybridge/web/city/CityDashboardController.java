package org.citybridge.web.city;

import java.util.ArrayList;
import java.util.List;

import org.citybridge.web.api.ApiProblem;
import org.citybridge.web.indicator.Indicator;
import org.citybridge.web.organisation.Organisation;
import org.citybridge.web.programme.Action;
import org.citybridge.web.programme.Programme;
import org.citybridge.web.programme.Progress;
import org.citybridge.web.signin.SignedInUser;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.client.RestClient;

/**
 * The officer's city at a glance: its organisations, who signed its pact, how its programmes progress, what is
 * late or waiting for a measurement, and the questions other cities addressed to it. Every list the API gives
 * holds what other cities share too; the dashboard keeps the officer's own city's part.
 */
@Controller
class CityDashboardController {

    private final RestClient api;

    CityDashboardController(RestClient gatewayApi) {
        this.api = gatewayApi;
    }

    @GetMapping("/city")
    String dashboard(Authentication authentication, Model model) {
        String city = SignedInUser.cityOf(authentication);
        model.addAttribute("city", city);

        Paged<Organisation> recent = api.get()
                .uri("/api/organisations?sort=registeredAt&direction=desc&size=100").retrieve()
                .body(new ParameterizedTypeReference<Paged<Organisation>>() { });
        List<Organisation> own = recent.items().stream().filter(o -> city.equals(o.municipality())).toList();
        model.addAttribute("organisationCount", countOwnOrganisations(recent, city));
        model.addAttribute("recentOrganisations", own.stream().limit(5).toList());

        model.addAttribute("pacts", api.get().uri("/api/pacts?size=100").retrieve()
                .body(new ParameterizedTypeReference<Paged<PactSummary>>() { }).items().stream()
                .filter(p -> city.equals(p.municipality())).toList());

        List<Programme> programmes = api.get().uri("/api/programmes?size=100").retrieve()
                .body(new ParameterizedTypeReference<Paged<Programme>>() { }).items().stream()
                .filter(p -> city.equals(p.municipality())).toList();
        List<ProgrammeAtAGlance> glances = new ArrayList<>();
        for (Programme programme : programmes) {
            Progress progress = api.get().uri("/api/programmes/{id}/progress", programme.id()).retrieve()
                    .body(Progress.class);
            List<Indicator> overdue = api.get().uri("/api/programmes/{id}/overdue-indicators?size=100", programme.id())
                    .retrieve().body(new ParameterizedTypeReference<Paged<Indicator>>() { }).items();
            glances.add(new ProgrammeAtAGlance(programme, progress, overdue));
        }
        model.addAttribute("programmes", glances);

        model.addAttribute("lateActions", api.get().uri("/api/actions?late=true&size=100").retrieve()
                .body(new ParameterizedTypeReference<Paged<Action>>() { }).items().stream()
                .filter(a -> city.equals(a.municipality())).toList());
        model.addAttribute("questions", questionsWaiting());
        return "officer/city";
    }

    // The API has no filter by city: own organisations are counted from the pages (a city has dozens, not thousands).
    private long countOwnOrganisations(Paged<Organisation> first, String city) {
        long count = first.items().stream().filter(o -> city.equals(o.municipality())).count();
        for (int page = 1; page < Math.min(first.pages(), 20); page++) {
            count += api.get().uri("/api/organisations?sort=registeredAt&direction=desc&size=100&page={page}", page)
                    .retrieve().body(new ParameterizedTypeReference<Paged<Organisation>>() { }).items().stream()
                    .filter(o -> city.equals(o.municipality())).count();
        }
        return count;
    }

    /** The inbox's count; the dashboard still shows the rest when the knowledge service is not answering. */
    private Integer questionsWaiting() {
        try {
            QuestionInbox inbox = api.get().uri("/api/questions/inbox?size=1").retrieve().body(QuestionInbox.class);
            return inbox == null ? null : inbox.waiting();
        }
        catch (ApiProblem problem) {
            if (problem.status() == 401) {
                throw problem;
            }
            return null;
        }
    }

    record PactSummary(String id, String municipality, String title, String status, Integer activeSignatures) {
    }

    record QuestionInbox(int waiting, int invitingYou) {
    }

    record ProgrammeAtAGlance(Programme programme, Progress progress, List<Indicator> overdue) {
    }
}
