package org.citybridge.web.practice;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.citybridge.web.api.ApiProblem;
import org.citybridge.web.language.Texts;
import org.citybridge.web.signin.SignedInUser;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.client.RestClient;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One practice: reading it (in its language, with the reader's translation where there is one), and for its own
 * city's officers writing, revising, publishing and withdrawing it. The API decides who may do what; the page only
 * leaves out buttons that would certainly be refused.
 */
@Controller
class PracticeController {

    /** Keeps a double-clicked "save" from writing two practices: the API runs a write with a known key once. */
    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private final RestClient api;
    private final ApiAddress address;
    private final Vocabulary vocabulary;
    private final Texts texts;
    private final MessageSource messages;

    PracticeController(RestClient gatewayApi, ApiAddress address, Vocabulary vocabulary, Texts texts,
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

    @GetMapping("/practices/{id}")
    String show(@PathVariable String id, Authentication authentication, Model model) {
        SignedInUser me = SignedInUser.of(authentication);
        Practice practice = api.get().uri(address.of("/api/practices/{id}", id)).retrieve().body(Practice.class);
        boolean own = me != null && me.officer() && practice.municipality().equals(me.municipality());
        model.addAttribute("practice", practice);
        model.addAttribute("own", own);
        model.addAttribute("translation", practice.language().equals(texts.reader()) ? null
                : practice.translations().get(texts.reader()));
        model.addAttribute("revisions", own ? revisions(id) : List.of());
        return "knowledge/practice";
    }

    @GetMapping("/practices/new")
    String create(Authentication authentication, Model model) {
        return form(authentication, PracticeForm.empty(texts.reader()), null, Map.of(), null, model);
    }

    @PostMapping("/practices")
    String write(@RequestParam MultiValueMap<String, String> params, Authentication authentication, Model model,
            RedirectAttributes redirect) {
        PracticeForm form = PracticeForm.from(params);
        Map<String, String> problems = localised(form.problems());
        if (!problems.isEmpty()) {
            return form(authentication, form, null, problems, null, model);
        }
        try {
            Practice written = api.post().uri(address.of("/api/practices")).header(IDEMPOTENCY_KEY, key(params))
                    .contentType(MediaType.APPLICATION_JSON).body(form.toRequest()).retrieve().body(Practice.class);
            return afterSave(written.id(), params, redirect);
        }
        catch (ApiProblem problem) {
            return refused(authentication, problem, form, null, model);
        }
    }

    @GetMapping("/practices/{id}/edit")
    String edit(@PathVariable String id, Authentication authentication, Model model) {
        ResponseEntity<Practice> read = api.get().uri(address.of("/api/practices/{id}", id)).retrieve()
                .toEntity(Practice.class);
        SignedInUser me = SignedInUser.of(authentication);
        if (me == null || !read.getBody().municipality().equals(me.municipality())) {
            // Another city's practice can be read, not changed: no form that the API would refuse on saving.
            return "redirect:/practices/" + id;
        }
        return form(authentication, PracticeForm.of(read.getBody(), read.getHeaders().getETag()), id, Map.of(), null,
                model);
    }

    @PostMapping("/practices/{id}")
    String revise(@PathVariable String id, @RequestParam MultiValueMap<String, String> params,
            Authentication authentication, Model model, RedirectAttributes redirect) {
        PracticeForm form = PracticeForm.from(params);
        Map<String, String> problems = localised(form.problems());
        if (!problems.isEmpty()) {
            return form(authentication, form, id, problems, null, model);
        }
        try {
            api.put().uri(address.of("/api/practices/{id}", id)).header(HttpHeaders.IF_MATCH, form.version())
                    .header(IDEMPOTENCY_KEY, key(params)).contentType(MediaType.APPLICATION_JSON)
                    .body(form.toRequest()).retrieve().toBodilessEntity();
            return afterSave(id, params, redirect);
        }
        catch (ApiProblem problem) {
            return refused(authentication, problem, form, id, model);
        }
    }

    @PostMapping("/practices/{id}/publish")
    String publish(@PathVariable String id, RedirectAttributes redirect) {
        api.post().uri(address.of("/api/practices/{id}/publish", id)).retrieve().toBodilessEntity();
        redirect.addFlashAttribute("notice", "knowledge.practice.published");
        return "redirect:/practices/" + id;
    }

    @PostMapping("/practices/{id}/withdraw")
    String withdraw(@PathVariable String id, RedirectAttributes redirect) {
        api.post().uri(address.of("/api/practices/{id}/withdraw", id)).retrieve().toBodilessEntity();
        redirect.addFlashAttribute("notice", "knowledge.practice.withdrawn");
        return "redirect:/practices/" + id;
    }

    /**
     * Attaches a report or photo (PDF, PNG, JPEG; the API judges the content and refuses others with 415, and files
     * over 10 MiB with 413): the file passes through to the API as the officer sent it.
     */
    @PostMapping(path = "/practices/{id}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    String attach(@PathVariable String id, @RequestParam(name = "file", required = false) MultipartFile file,
            RedirectAttributes redirect) throws IOException {
        if (file == null || file.isEmpty()) {
            redirect.addFlashAttribute("attachmentProblem", message("knowledge.practice.error.noFile"));
            return "redirect:/practices/" + id + "#attachments-heading";
        }
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        String name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank() ? "attachment"
                : file.getOriginalFilename();
        parts.add("file", new ByteArrayResource(file.getBytes()) {
            @Override
            public String getFilename() {
                return name;
            }
        });
        try {
            api.post().uri(address.of("/api/practices/{id}/attachments", id))
                    .contentType(MediaType.MULTIPART_FORM_DATA).body(parts).retrieve().toBodilessEntity();
        }
        catch (ApiProblem problem) {
            String key = switch (problem.status()) {
                case 413 -> "knowledge.practice.error.tooLarge";
                case 415 -> "knowledge.practice.error.fileType";
                case 400 -> "knowledge.practice.error.noFile";
                default -> null;
            };
            if (key == null) {
                throw problem;
            }
            redirect.addFlashAttribute("attachmentProblem", message(key));
            return "redirect:/practices/" + id + "#attachments-heading";
        }
        redirect.addFlashAttribute("notice", "knowledge.practice.attached");
        return "redirect:/practices/" + id;
    }

    /** The file itself, from the API with the reader's rights; the browser never needs the API's token. */
    @GetMapping("/practices/{id}/attachments/{attachmentId}")
    ResponseEntity<byte[]> attachment(@PathVariable String id, @PathVariable String attachmentId) {
        ResponseEntity<byte[]> file = api.get()
                .uri(address.of("/api/practices/{id}/attachments/{attachmentId}", id, attachmentId)).retrieve()
                .toEntity(byte[].class);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(file.getHeaders().getContentType());
        String disposition = file.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION);
        if (disposition != null) {
            headers.set(HttpHeaders.CONTENT_DISPOSITION, disposition);
        }
        headers.set("X-Content-Type-Options", "nosniff");
        return ResponseEntity.ok().headers(headers).body(file.getBody());
    }

    private String afterSave(String id, MultiValueMap<String, String> params, RedirectAttributes redirect) {
        if ("publish".equals(params.getFirst("then"))) {
            try {
                return publish(id, redirect);
            }
            catch (ApiProblem alreadyPublished) {
                if (!alreadyPublished.isConflict()) {
                    throw alreadyPublished;
                }
            }
        }
        redirect.addFlashAttribute("notice", "knowledge.practice.saved");
        return "redirect:/practices/" + id;
    }

    private String refused(Authentication authentication, ApiProblem problem, PracticeForm form, String id,
            Model model) {
        if (problem.status() == 400 && !problem.errors().isEmpty()) {
            return form(authentication, form, id, problem.messagesByField(), null, model);
        }
        if (problem.isConflict()) {
            return form(authentication, form, id, Map.of(), message("knowledge.practice.error.stale"), model);
        }
        if (problem.status() == 400) {
            return form(authentication, form, id, Map.of(),
                    problem.detail() == null ? message("error.400") : problem.detail(), model);
        }
        throw problem;
    }

    private String form(Authentication authentication, PracticeForm form, String id, Map<String, String> problems,
            String problem, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("practiceId", id);
        model.addAttribute("problems", problems);
        model.addAttribute("problem", problem);
        model.addAttribute("key", UUID.randomUUID().toString());
        model.addAttribute("themes", vocabulary.themes());
        model.addAttribute("languages", PracticeForm.LANGUAGES);
        model.addAttribute("visibilities", PracticeForm.VISIBILITIES);
        model.addAttribute("linesOfWork", PracticeForm.LINES_OF_WORK);
        model.addAttribute("groups", memberGroups(SignedInUser.of(authentication)));
        return "knowledge/practice-form";
    }

    /** A practice is shared only with groups its city belongs to (an invitation is not yet membership). */
    private List<BridgeGroup> memberGroups(SignedInUser me) {
        BridgeGroups groups = api.get().uri("/api/bridge-groups?size=100").retrieve().body(BridgeGroups.class);
        if (me == null || groups == null || groups.items() == null) {
            return List.of();
        }
        return groups.items().stream().filter(group -> group.memberCities() != null
                && group.memberCities().contains(me.municipality())).toList();
    }

    private List<Practice.Revision> revisions(String id) {
        try {
            Practice.Revisions page = api.get()
                    .uri(address.with("/api/practices/{id}/revisions", Map.of("size", List.of("10")), id))
                    .retrieve().body(Practice.Revisions.class);
            return page == null || page.items() == null ? List.of() : page.items();
        }
        catch (ApiProblem notYours) {
            return List.of();
        }
    }

    private Map<String, String> localised(Map<String, String> keys) {
        Map<String, String> problems = new LinkedHashMap<>();
        keys.forEach((field, key) -> problems.put(field, message(key)));
        return problems;
    }

    private String message(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }

    private static String key(MultiValueMap<String, String> params) {
        String key = params.getFirst("key");
        return key != null && key.matches("[A-Za-z0-9-]{8,128}") ? key : UUID.randomUUID().toString();
    }
}
