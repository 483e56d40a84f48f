package org.citybridge.web.organisation;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;

import org.citybridge.web.api.ApiProblem;
import org.citybridge.web.city.Paged;
import org.citybridge.web.signin.SignedInUser;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.client.RestClient;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The officer's organisations: the directory (own city's and shared ones), one organisation, and its edit form.
 * Saving says which version it started from; when someone else saved in between, the page shows their version
 * beside the person's own input and lets them apply it again.
 */
@Controller
class OrganisationPagesController {

    static final List<String> KINDS = List.of("SELF_ORGANISATION", "CIVIL_SOCIETY", "SCHOOL", "COMPANY",
            "ADVISORY_BODY", "MUNICIPAL_DEPARTMENT", "FEDERATION", "UNIVERSITY", "RESEARCH_BUREAU");
    static final List<String> VISIBILITIES = List.of("PRIVATE", "NETWORK", "PUBLIC");
    private static final int PAGE_SIZE = 20;

    private final RestClient api;
    private final MessageSource messages;

    OrganisationPagesController(RestClient gatewayApi, MessageSource messages) {
        this.api = gatewayApi;
        this.messages = messages;
    }

    @GetMapping("/organisations")
    String list(OrganisationSearch search, Model model) {
        String uri = UriComponentsBuilder.fromPath("/api/organisations")
                .queryParamIfPresent("q", search.text())
                .queryParamIfPresent("kind", search.kindChosen())
                .queryParamIfPresent("community", search.communityChosen())
                .queryParamIfPresent("status", search.statusChosen())
                .queryParam("sort", search.sortOrDefault())
                .queryParam("direction", search.directionOrDefault())
                .queryParam("page", search.pageOrFirst())
                .queryParam("size", PAGE_SIZE)
                .encode().build().toUriString();
        Paged<Organisation> found = api.get().uri(URI.create(uri)).retrieve()
                .body(new ParameterizedTypeReference<Paged<Organisation>>() { });
        model.addAttribute("search", search);
        model.addAttribute("found", found);
        model.addAttribute("kinds", KINDS);
        return "officer/organisations";
    }

    @GetMapping("/organisations/new")
    String registerForm(Model model) {
        OrganisationForm form = OrganisationForm.blank();
        form.withEmptyContactRow();
        return registerPage(form, Map.of(), null, model);
    }

    /** Registers an organisation in the officer's own city: the API takes the city from the token, never the form. */
    @PostMapping("/organisations/new")
    String register(@ModelAttribute("form") OrganisationForm form, Model model, RedirectAttributes redirect) {
        Organisation registered;
        try {
            registered = api.post().uri("/api/organisations").contentType(MediaType.APPLICATION_JSON)
                    .body(form.toRequest()).retrieve().body(Organisation.class);
        }
        catch (ApiProblem problem) {
            if (problem.status() != 400) {
                throw problem;
            }
            form.withEmptyContactRow();
            return registerPage(form, fieldErrors(problem), problem.detail() == null ? "" : problem.detail(), model);
        }
        redirect.addFlashAttribute("registered", true);
        return "redirect:/organisations/" + registered.id();
    }

    @GetMapping("/organisations/{id}")
    String detail(@PathVariable String id, Authentication authentication, Model model) {
        Organisation organisation = api.get().uri("/api/organisations/{id}", id).retrieve().body(Organisation.class);
        model.addAttribute("organisation", organisation);
        model.addAttribute("mine", isMine(organisation, authentication));
        return "officer/organisation";
    }

    @GetMapping("/organisations/{id}/edit")
    String edit(@PathVariable String id, Authentication authentication, Model model) {
        ResponseEntity<Organisation> current = read(id);
        if (!isMine(current.getBody(), authentication)) {
            // Shared with this city, but only its own city's officers change it (the API would say 403 on saving).
            throw new ApiProblem(403, "Forbidden", null, null);
        }
        OrganisationForm form = OrganisationForm.of(current.getBody(), current.getHeaders().getETag());
        form.withEmptyContactRow();
        return editPage(current.getBody(), form, authentication, model);
    }

    @PostMapping("/organisations/{id}/edit")
    String save(@PathVariable String id, @ModelAttribute("form") OrganisationForm form, Authentication authentication,
            Model model, RedirectAttributes redirect) {
        try {
            api.put().uri("/api/organisations/{id}", id)
                    .header(HttpHeaders.IF_MATCH, form.getVersion() == null ? "\"0\"" : form.getVersion())
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(form.toRequest())
                    .retrieve().toBodilessEntity();
        }
        catch (ApiProblem problem) {
            if (problem.status() == 412 || problem.status() == 428) {
                // Someone else saved first: show their version, keep this person's input, and let the next save
                // apply it over the version now stored.
                ResponseEntity<Organisation> theirs = read(id);
                form.setVersion(theirs.getHeaders().getETag());
                model.addAttribute("theirs", theirs.getBody());
                model.addAttribute("conflictRows", ConflictRow.between(theirs.getBody(), form, messages,
                        LocaleContextHolder.getLocale()));
                form.withEmptyContactRow();
                return editPage(theirs.getBody(), form, authentication, model);
            }
            if (problem.status() == 400) {
                model.addAttribute("errors", fieldErrors(problem));
                model.addAttribute("problem", problem.detail());
                form.withEmptyContactRow();
                return editPage(read(id).getBody(), form, authentication, model);
            }
            throw problem;
        }
        redirect.addFlashAttribute("saved", true);
        return "redirect:/organisations/" + id;
    }

    @PostMapping("/organisations/{id}/logo")
    String uploadLogo(@PathVariable String id, @RequestParam("file") MultipartFile file, RedirectAttributes redirect)
            throws IOException {
        if (file.isEmpty()) {
            redirect.addFlashAttribute("logoProblem", "officer.organisation.logo.empty");
            return "redirect:/organisations/" + id;
        }
        String fileName = file.getOriginalFilename() == null ? "logo" : file.getOriginalFilename();
        HttpHeaders partHeaders = new HttpHeaders();
        partHeaders.setContentDisposition(ContentDisposition.formData().name("file").filename(fileName).build());
        // The API judges the file by its content, not by what the browser claims it is.
        partHeaders.setContentType(MediaType.APPLICATION_OCTET_STREAM);
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("file", new HttpEntity<>(file.getBytes(), partHeaders));
        try {
            api.post().uri("/api/organisations/{id}/logo", id)
                    .contentType(MediaType.MULTIPART_FORM_DATA)
                    .body(parts)
                    .retrieve().toBodilessEntity();
            redirect.addFlashAttribute("logoSaved", true);
        }
        catch (ApiProblem problem) {
            if (problem.status() == 413 || problem.status() == 415 || problem.status() == 400) {
                redirect.addFlashAttribute("logoProblem", "officer.organisation.logo." + problem.status());
            }
            else {
                throw problem;
            }
        }
        return "redirect:/organisations/" + id;
    }

    /** The logo under the page's own address: a private organisation's logo needs the person's token. */
    @GetMapping("/organisations/{id}/logo")
    ResponseEntity<byte[]> logo(@PathVariable String id) {
        ResponseEntity<byte[]> answer = api.get().uri("/api/organisations/{id}/logo", id).retrieve()
                .toEntity(byte[].class);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(answer.getHeaders().getContentType());
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; sandbox");
        headers.setCacheControl("private, max-age=300");
        return new ResponseEntity<>(answer.getBody(), headers, 200);
    }

    private String registerPage(OrganisationForm form, Map<String, String> errors, String problem, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("problem", problem);
        model.addAttribute("kinds", KINDS);
        model.addAttribute("visibilities", VISIBILITIES);
        return "officer/organisation-new";
    }

    private ResponseEntity<Organisation> read(String id) {
        return api.get().uri("/api/organisations/{id}", id).retrieve().toEntity(Organisation.class);
    }

    private String editPage(Organisation organisation, OrganisationForm form, Authentication authentication,
            Model model) {
        model.addAttribute("organisation", organisation);
        model.addAttribute("form", form);
        model.addAttribute("kinds", KINDS);
        model.addAttribute("visibilities", VISIBILITIES);
        model.addAttribute("mine", isMine(organisation, authentication));
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        return "officer/organisation-edit";
    }

    private static boolean isMine(Organisation organisation, Authentication authentication) {
        SignedInUser me = SignedInUser.of(authentication);
        return me != null && me.municipality() != null && me.municipality().equals(organisation.municipality());
    }

    private static Map<String, String> fieldErrors(ApiProblem problem) {
        return problem.messagesByField();
    }
}
