package org.citybridge.web.question;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.citybridge.web.api.ApiProblem;
import org.citybridge.web.language.Texts;
import org.citybridge.web.practice.ApiAddress;
import org.citybridge.web.practice.Vocabulary;
import org.citybridge.web.signin.SignedInUser;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.client.RestClient;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Questions between cities, after Apache Answer and Discourse's "solved": the list, asking one of a city, several
 * cities, the whole network or a bridge group; answering, accepting an answer, marking one helpful, and turning a
 * solved question into a practice.
 */
@Controller
class QuestionController {

    static final int PAGE_SIZE = 20;
    static final int MAX_QUERY = 200;
    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private final RestClient api;
    private final ApiAddress address;
    private final Vocabulary vocabulary;
    private final Texts texts;
    private final MessageSource messages;

    QuestionController(RestClient gatewayApi, ApiAddress address, Vocabulary vocabulary, Texts texts,
            MessageSource messages) {
        this.api = gatewayApi;
        this.address = address;
        this.vocabulary = vocabulary;
        this.texts = texts;
        this.messages = messages;
    }

    record BridgeGroups(List<BridgeGroup> items) {
    }

    record BridgeGroup(String id, String name, List<String> memberCities) {
    }

    record Created(String practiceId) {
    }

    @GetMapping("/questions")
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) String status,
            @RequestParam(defaultValue = "0") int page, Model model) {
        int shown = Math.max(0, Math.min(page, 999));
        MultiValueMap<String, String> query = new LinkedMultiValueMap<>();
        if (q != null && !q.isBlank()) {
            // The API reads at most 200 characters of a query (more is 400): a longer paste is searched by its start.
            String words = q.strip();
            query.add("q", words.length() > MAX_QUERY ? words.substring(0, MAX_QUERY) : words);
        }
        String chosen = "open".equals(status) || "accepted".equals(status) ? status : null;
        if (chosen != null) {
            query.add("status", chosen);
        }
        query.add("page", String.valueOf(shown));
        query.add("size", String.valueOf(PAGE_SIZE));
        QuestionSummary.Page result = api.get().uri(address.with("/api/questions", query)).retrieve()
                .body(QuestionSummary.Page.class);
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("status", chosen == null ? "" : chosen);
        model.addAttribute("result", result);
        long pages = (result.total() + PAGE_SIZE - 1) / PAGE_SIZE;
        model.addAttribute("pages", pages);
        model.addAttribute("previous", shown > 0 ? pageLink(q, chosen, shown - 1) : null);
        model.addAttribute("next", shown + 1 < pages ? pageLink(q, chosen, shown + 1) : null);
        return "knowledge/questions";
    }

    @GetMapping("/questions/new")
    String ask(@RequestParam(required = false) String to, Authentication authentication, Model model) {
        String city = to != null && vocabulary.cities().stream().anyMatch(c -> c.value().equals(to)) ? to : null;
        return form(AskForm.empty(texts.reader(), city), Map.of(), null, authentication, model);
    }

    @PostMapping("/questions")
    String asked(@RequestParam MultiValueMap<String, String> params, Authentication authentication, Model model) {
        AskForm form = AskForm.from(params);
        Map<String, String> problems = new LinkedHashMap<>();
        form.problems().forEach((field, key) -> problems.put(field, message(key)));
        if (!problems.isEmpty()) {
            return form(form, problems, null, authentication, model);
        }
        try {
            Question question = api.post().uri(address.of("/api/questions")).header(IDEMPOTENCY_KEY, key(params))
                    .contentType(MediaType.APPLICATION_JSON).body(form.toRequest()).retrieve().body(Question.class);
            return "redirect:/questions/" + question.id();
        }
        catch (ApiProblem problem) {
            if (problem.status() != 400) {
                throw problem;
            }
            problems.putAll(problem.messagesByField());
            return form(form, problems, problem.errors().isEmpty() ? problem.detail() : null, authentication, model);
        }
    }

    @GetMapping("/questions/{id}")
    String show(@PathVariable String id, Authentication authentication, Model model) {
        SignedInUser me = SignedInUser.of(authentication);
        Question question = api.get().uri(address.of("/api/questions/{id}", id)).retrieve().body(Question.class);
        model.addAttribute("question", question);
        model.addAttribute("asker", me != null && me.officer() && question.municipality().equals(me.municipality()));
        model.addAttribute("username", me == null ? "" : me.username());
        model.addAttribute("key", UUID.randomUUID().toString());
        return "knowledge/question";
    }

    @PostMapping("/questions/{id}/answers")
    String answer(@PathVariable String id, @RequestParam MultiValueMap<String, String> params,
            RedirectAttributes redirect) {
        String body = params.getFirst("body");
        if (body == null || body.isBlank()) {
            redirect.addFlashAttribute("answerProblem", message("knowledge.question.error.answer"));
            return "redirect:/questions/" + id + "#answer-form";
        }
        try {
            api.post().uri(address.of("/api/questions/{id}/answers", id)).header(IDEMPOTENCY_KEY, key(params))
                    .contentType(MediaType.APPLICATION_JSON).body(Map.of("body", body.strip())).retrieve()
                    .toBodilessEntity();
        }
        catch (ApiProblem problem) {
            if (problem.status() != 400 && problem.status() != 403) {
                throw problem;
            }
            redirect.addFlashAttribute("answer", body);
            redirect.addFlashAttribute("answerProblem", problem.detail() == null ? message("error.400")
                    : problem.detail());
            return "redirect:/questions/" + id + "#answer-form";
        }
        redirect.addFlashAttribute("notice", "knowledge.question.answered");
        return "redirect:/questions/" + id;
    }

    @PostMapping("/questions/{id}/answers/{answerId}/accept")
    String accept(@PathVariable String id, @PathVariable String answerId, RedirectAttributes redirect) {
        api.post().uri(address.of("/api/questions/{id}/answers/{answerId}/accept", id, answerId)).retrieve()
                .toBodilessEntity();
        redirect.addFlashAttribute("notice", "knowledge.question.acceptedNotice");
        return "redirect:/questions/" + id;
    }

    @PostMapping("/questions/{id}/answers/{answerId}/helpful")
    String helpful(@PathVariable String id, @PathVariable String answerId, RedirectAttributes redirect) {
        try {
            api.post().uri(address.of("/api/questions/{id}/answers/{answerId}/helpful", id, answerId)).retrieve()
                    .toBodilessEntity();
            redirect.addFlashAttribute("notice", "knowledge.question.helpfulNotice");
        }
        catch (ApiProblem problem) {
            if (problem.status() != 409) {
                throw problem;
            }
            redirect.addFlashAttribute("notice", "knowledge.question.ownAnswer");
        }
        return "redirect:/questions/" + id;
    }

    /** A solved question becomes a draft practice of the asking city, which the officer then completes. */
    @PostMapping("/questions/{id}/practice")
    String toPractice(@PathVariable String id, Model model) {
        try {
            Created created = api.post().uri(address.of("/api/questions/{id}/practice", id)).retrieve()
                    .body(Created.class);
            return "redirect:/practices/" + created.practiceId() + "/edit";
        }
        catch (ApiProblem problem) {
            if (problem.status() != 409) {
                throw problem;
            }
            Question question = api.get().uri(address.of("/api/questions/{id}", id)).retrieve().body(Question.class);
            return question.practiceId() == null ? "redirect:/questions/" + id
                    : "redirect:/practices/" + question.practiceId();
        }
    }

    private String form(AskForm form, Map<String, String> problems, String problem, Authentication authentication,
            Model model) {
        SignedInUser me = SignedInUser.of(authentication);
        String city = me == null ? null : me.municipality();
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        model.addAttribute("problem", problem);
        model.addAttribute("key", UUID.randomUUID().toString());
        model.addAttribute("languages", AskForm.LANGUAGES);
        model.addAttribute("audiences", AskForm.AUDIENCES);
        model.addAttribute("cities", vocabulary.cities().stream().filter(c -> !c.value().equals(city)).toList());
        BridgeGroups groups = api.get().uri("/api/bridge-groups?size=100").retrieve().body(BridgeGroups.class);
        model.addAttribute("groups", groups == null || groups.items() == null ? List.of()
                : groups.items().stream().filter(g -> g.memberCities() != null && g.memberCities().contains(city))
                        .toList());
        return "knowledge/question-form";
    }

    private static String pageLink(String q, String status, int page) {
        UriComponentsBuilder link = UriComponentsBuilder.fromPath("/questions");
        if (q != null && !q.isBlank()) {
            link.queryParam("q", q);
        }
        if (status != null) {
            link.queryParam("status", status);
        }
        return link.queryParam("page", page).build().encode().toUriString();
    }

    private String message(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }

    private static String key(MultiValueMap<String, String> params) {
        String key = params.getFirst("key");
        return key != null && key.matches("[A-Za-z0-9-]{8,128}") ? key : UUID.randomUUID().toString();
    }
}
