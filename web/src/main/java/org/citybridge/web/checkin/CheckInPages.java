package org.citybridge.web.checkin;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.citybridge.web.api.ApiProblem;
import org.citybridge.web.language.Dates;
import org.citybridge.web.organise.ApiPage;
import org.citybridge.web.organise.Congress;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.client.RestClient;

/**
 * The door: choose a congress and one of its check-in lists (or make one), then the scanning screen, made for a
 * phone and installable as an app that keeps working offline ({@code /check-in/sw.js}, {@code /manifest.webmanifest}).
 */
@Controller
class CheckInPages {

    static final String MANIFEST = "/manifest.webmanifest";

    /** GET /api/congresses/{id}/check-in-lists */
    record CheckInList(String id, String congressId, String sessionId, String name) {
    }

    private final RestClient api;
    private final Dates dates;

    CheckInPages(RestClient gatewayApi, Dates dates) {
        this.api = gatewayApi;
        this.dates = dates;
    }

    @GetMapping({ "/check-in", "/check-in/" })
    String choose(@RequestParam(required = false) String congress, Model model) {
        ApiPage<Congress> congresses = api.get().uri("/api/congresses?size=100").retrieve()
                .body(new ParameterizedTypeReference<ApiPage<Congress>>() { });
        model.addAttribute("congresses", congresses == null ? List.of() : congresses.items());
        model.addAttribute("appManifest", MANIFEST);
        if (congress != null && !congress.isBlank()) {
            model.addAttribute("chosen", api.get().uri("/api/congresses/{id}", congress).retrieve().body(Congress.class));
            model.addAttribute("lists", listsOf(congress));
        }
        return "organiser/check-in-choose";
    }

    @PostMapping("/check-in/{congressId}/lists")
    String createList(@PathVariable String congressId, @RequestParam String name,
            @RequestParam(required = false) String sessionId, Model model) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("name", name == null ? "" : name.strip());
        request.put("sessionId", sessionId == null || sessionId.isBlank() ? null : sessionId);
        try {
            CheckInList list = api.post().uri("/api/congresses/{id}/check-in-lists", congressId).body(request)
                    .retrieve().body(CheckInList.class);
            return "redirect:/check-in/" + congressId + "/" + list.id();
        } catch (ApiProblem problem) {
            if (problem.status() != 400 && problem.status() != 409) {
                throw problem;
            }
            model.addAttribute("listError", problem.errors().isEmpty() ? problem.detail()
                    : problem.errors().get(0).message());
            model.addAttribute("listName", name);
            return choose(congressId, model);
        }
    }

    @GetMapping("/check-in/{congressId}/{listId}")
    String screen(@PathVariable String congressId, @PathVariable String listId, Model model) {
        model.addAttribute("congress", api.get().uri("/api/congresses/{id}", congressId).retrieve().body(Congress.class));
        model.addAttribute("list", api.get().uri("/api/congresses/{id}/check-in-lists/{list}", congressId, listId)
                .retrieve().body(CheckInList.class));
        model.addAttribute("zone", dates.zone().getId());
        model.addAttribute("appManifest", MANIFEST);
        return "organiser/check-in";
    }

    private List<CheckInList> listsOf(String congressId) {
        ApiPage<CheckInList> lists = api.get().uri("/api/congresses/{id}/check-in-lists?size=100", congressId)
                .retrieve().body(new ParameterizedTypeReference<ApiPage<CheckInList>>() { });
        return lists == null ? List.of() : lists.items();
    }
}
