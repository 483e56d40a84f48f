package org.citybridge.web.pact;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.citybridge.web.api.ApiProblem;
import org.citybridge.web.api.Downloads;
import org.citybridge.web.city.Paged;
import org.citybridge.web.language.Dates;
import org.citybridge.web.language.Texts;
import org.citybridge.web.organisation.Organisation;
import org.citybridge.web.signin.SignedInUser;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.client.RestClient;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The city's pact(s): who signed, signing for an organisation of the city, withdrawing, and the printable PDF. */
@Controller
class PactPagesController {

    private final RestClient api;
    private final Texts texts;

    private final Dates dates;

    PactPagesController(RestClient gatewayApi, Texts texts, Dates dates) {
        this.api = gatewayApi;
        this.texts = texts;
        this.dates = dates;
    }

    @GetMapping("/pacts")
    String list(Authentication authentication, Model model) {
        String city = SignedInUser.cityOf(authentication);
        List<Pact> pacts = api.get().uri("/api/pacts?size=100").retrieve()
                .body(new ParameterizedTypeReference<Paged<Pact>>() { }).items();
        model.addAttribute("own", pacts.stream().filter(p -> city.equals(p.municipality())).toList());
        model.addAttribute("shared", pacts.stream().filter(p -> !city.equals(p.municipality())).toList());
        return "officer/pacts";
    }

    @GetMapping("/pacts/{id}")
    String pact(@PathVariable String id, Authentication authentication, Model model) {
        Pact pact = api.get().uri("/api/pacts/{id}", id).retrieve().body(Pact.class);
        boolean mine = SignedInUser.cityOf(authentication).equals(pact.municipality());
        model.addAttribute("pact", pact);
        model.addAttribute("mine", mine);
        model.addAttribute("signatories", signatories(pact));
        model.addAttribute("today", LocalDate.now(dates.zone()));
        if (mine) {
            String city = SignedInUser.cityOf(authentication);
            model.addAttribute("organisations", api.get().uri("/api/organisations?status=ACTIVE&size=100").retrieve()
                    .body(new ParameterizedTypeReference<Paged<Organisation>>() { }).items().stream()
                    .filter(o -> city.equals(o.municipality())).toList());
        }
        if (!model.containsAttribute("sign")) {
            model.addAttribute("sign", new SignForm(null, null, null, LocalDate.now(dates.zone()).toString(), false,
                    null, null));
        }
        return "officer/pact";
    }

    @PostMapping("/pacts/{id}/signatures")
    String sign(@PathVariable String id, SignForm sign, RedirectAttributes redirect) {
        try {
            api.post().uri("/api/pacts/{id}/signatures", id).contentType(MediaType.APPLICATION_JSON)
                    .body(sign.toRequest()).retrieve().toBodilessEntity();
            redirect.addFlashAttribute("signed", true);
        }
        catch (ApiProblem problem) {
            if (problem.status() != 400 && problem.status() != 409) {
                throw problem;
            }
            redirect.addFlashAttribute("signErrors", problem.messagesByField());
            redirect.addFlashAttribute("signProblem", problem.status() == 409 ? "officer.pact.sign.already"
                    : "officer.form.invalid");
            redirect.addFlashAttribute("sign", sign);
        }
        return "redirect:/pacts/" + id + "#sign";
    }

    @PostMapping("/pacts/{id}/signatures/{signatureId}/withdraw")
    String withdraw(@PathVariable String id, @PathVariable String signatureId, RedirectAttributes redirect) {
        api.post().uri("/api/pacts/{id}/signatures/{signatureId}/withdraw", id, signatureId)
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("date", LocalDate.now(dates.zone()).toString()))
                .retrieve().toBodilessEntity();
        redirect.addFlashAttribute("withdrawn", true);
        return "redirect:/pacts/" + id;
    }

    /** The pact's PDF in the reader's language, under the page's own address (a draft's needs the token). */
    @GetMapping("/pacts/{id}/pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String id) {
        return Downloads.pass(api, id + ".pdf", "/api/pacts/{id}/pdf?lang={lang}", id, texts.reader());
    }

    private List<Pact.Signatory> signatories(Pact pact) {
        try {
            return api.get().uri("/api/pacts/{id}/signatories?size=100", pact.id()).retrieve()
                    .body(new ParameterizedTypeReference<Paged<Pact.Signatory>>() { }).items();
        }
        catch (ApiProblem problem) {
            // A draft has no public signatories list yet.
            if (problem.isNotFound() && !pact.published()) {
                return List.of();
            }
            throw problem;
        }
    }


    /** Signing for an organisation of the city: who is responsible, when, the consent, and one commitment. */
    record SignForm(String organisationId, String responsibleName, String responsibleRole, String date,
            Boolean consent, String lineOfWork, String commitment) {

        /** Whether the box was ticked (an unticked box sends nothing). */
        public boolean consented() {
            return Boolean.TRUE.equals(consent);
        }

        /** The line of work a commitment is for, or null: the form's choice, as a number. */
        public Integer line() {
            try {
                return lineOfWork == null || lineOfWork.isBlank() ? null : Integer.valueOf(lineOfWork.strip());
            }
            catch (NumberFormatException notALine) {
                return null;
            }
        }

        Map<String, Object> toRequest() {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("organisationId", organisationId);
            body.put("responsibleName", responsibleName);
            body.put("responsibleRole", responsibleRole);
            body.put("date", date == null || date.isBlank() ? null : date);
            body.put("consent", consented());
            if (line() != null && commitment != null && !commitment.isBlank()) {
                body.put("commitments", List.of(Map.of("lineOfWork", line(), "text", commitment.strip())));
            }
            return body;
        }
    }
}
