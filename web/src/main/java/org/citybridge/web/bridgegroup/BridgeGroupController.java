package org.citybridge.web.bridgegroup;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.citybridge.web.api.ApiProblem;
import org.citybridge.web.practice.ApiAddress;
import org.citybridge.web.practice.Vocabulary;
import org.citybridge.web.signin.SignedInUser;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.client.RestClient;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Bridge groups (Münster–Almelo): the groups the officer's city belongs to or is invited to, one group's members,
 * meetings and shared practices, joining on the city's behalf, and founding a group with other cities invited.
 * No city becomes a member without one of its officers joining.
 */
@Controller
class BridgeGroupController {

    private final RestClient api;
    private final ApiAddress address;
    private final Vocabulary vocabulary;
    private final MessageSource messages;

    BridgeGroupController(RestClient gatewayApi, ApiAddress address, Vocabulary vocabulary, MessageSource messages) {
        this.api = gatewayApi;
        this.address = address;
        this.vocabulary = vocabulary;
        this.messages = messages;
    }

    record Summary(String id, String name, List<String> memberCities, List<String> invitedCities, int meetings) {

        Summary {
            memberCities = memberCities == null ? List.of() : memberCities;
            invitedCities = invitedCities == null ? List.of() : invitedCities;
        }
    }

    record Summaries(List<Summary> items, long total) {
    }

    record Group(String id, String name, String purpose, List<String> memberCities, List<String> invitedCities,
            List<Member> members, List<Meeting> meetings, SharedPractices sharedPractices, Instant createdAt) {

        Group {
            memberCities = memberCities == null ? List.of() : memberCities;
            invitedCities = invitedCities == null ? List.of() : invitedCities;
            members = members == null ? List.of() : members;
            meetings = meetings == null ? List.of() : meetings;
        }
    }

    record Member(String kind, String id, String municipality, String name) {
    }

    record Meeting(String id, String congressId, String title, LocalDate date) {
    }

    record SharedPractices(long total, List<SharedPractice> first) {
    }

    record SharedPractice(String id, String municipality, String title, String language, String status) {
    }

    record CreateRequest(String name, String purpose, List<String> memberCities) {
    }

    @GetMapping("/bridge-groups")
    String list(Authentication authentication, Model model) {
        return page(authentication, "", "", List.of(), Map.of(), null, model);
    }

    @PostMapping("/bridge-groups")
    String create(@RequestParam MultiValueMap<String, String> params, Authentication authentication, Model model) {
        String name = text(params, "name");
        String purpose = text(params, "purpose");
        List<String> invited = params.getOrDefault("memberCities", List.of()).stream()
                .filter(city -> city != null && !city.isBlank()).distinct().toList();
        Map<String, String> problems = new LinkedHashMap<>();
        if (name.isBlank()) {
            problems.put("name", message("knowledge.group.error.name"));
        }
        if (invited.isEmpty()) {
            problems.put("memberCities", message("knowledge.group.error.cities"));
        }
        if (!problems.isEmpty()) {
            return page(authentication, name, purpose, invited, problems, null, model);
        }
        try {
            Group group = api.post().uri(address.of("/api/bridge-groups"))
                    .header("Idempotency-Key", key(params)).contentType(MediaType.APPLICATION_JSON)
                    .body(new CreateRequest(name.strip(), purpose.isBlank() ? null : purpose.strip(), invited))
                    .retrieve().body(Group.class);
            return "redirect:/bridge-groups/" + group.id();
        }
        catch (ApiProblem problem) {
            if (problem.status() != 400) {
                throw problem;
            }
            problem.errors().forEach(error -> problems.merge(error.field().replaceAll("\\[.*", ""), error.message(),
                    (a, b) -> a + "; " + b));
            return page(authentication, name, purpose, invited, problems,
                    problem.errors().isEmpty() ? problem.detail() : null, model);
        }
    }

    @GetMapping("/bridge-groups/{id}")
    String show(@PathVariable String id, Authentication authentication, Model model) {
        SignedInUser me = SignedInUser.of(authentication);
        Group group = api.get().uri(address.of("/api/bridge-groups/{id}", id)).retrieve().body(Group.class);
        String city = me == null ? "" : me.municipality();
        model.addAttribute("group", group);
        model.addAttribute("invited", me != null && me.officer() && group.invitedCities().contains(city));
        model.addAttribute("member", group.memberCities().contains(city));
        return "knowledge/bridge-group";
    }

    @PostMapping("/bridge-groups/{id}/join")
    String join(@PathVariable String id, RedirectAttributes redirect) {
        api.post().uri(address.of("/api/bridge-groups/{id}/join", id)).retrieve().toBodilessEntity();
        redirect.addFlashAttribute("notice", "knowledge.group.joined");
        return "redirect:/bridge-groups/" + id;
    }

    private String page(Authentication authentication, String name, String purpose, List<String> invited,
            Map<String, String> problems, String problem, Model model) {
        SignedInUser me = SignedInUser.of(authentication);
        String city = me == null ? "" : me.municipality();
        Summaries groups = api.get().uri("/api/bridge-groups?size=100").retrieve().body(Summaries.class);
        model.addAttribute("groups", groups == null || groups.items() == null ? List.of() : groups.items());
        model.addAttribute("name", name);
        model.addAttribute("purpose", purpose);
        model.addAttribute("invitedCities", invited);
        model.addAttribute("cities", vocabulary.cities().stream().filter(c -> !c.value().equals(city)).toList());
        model.addAttribute("problems", problems);
        model.addAttribute("problem", problem);
        model.addAttribute("key", UUID.randomUUID().toString());
        return "knowledge/bridge-groups";
    }

    private String message(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }

    private static String text(MultiValueMap<String, String> params, String name) {
        String value = params.getFirst(name);
        return value == null ? "" : value;
    }

    private static String key(MultiValueMap<String, String> params) {
        String key = params.getFirst("key");
        return key != null && key.matches("[A-Za-z0-9-]{8,128}") ? key : UUID.randomUUID().toString();
    }
}
