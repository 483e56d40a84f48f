package org.citybridge.web.report;

import java.util.List;
import java.util.Map;

import org.citybridge.web.api.ApiProblem;
import org.citybridge.web.api.Downloads;
import org.citybridge.web.city.Paged;
import org.citybridge.web.language.Texts;
import org.citybridge.web.programme.Programme;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.client.RestClient;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A programme's progress reports: taking one for a period, commenting on its actions, freezing it, and the PDF
 * and CSV under the page's own address (the browser holds no token; the session does).
 */
@Controller
class ReportPagesController {

    private final RestClient api;
    private final Texts texts;

    ReportPagesController(RestClient gatewayApi, Texts texts) {
        this.api = gatewayApi;
        this.texts = texts;
    }

    @GetMapping("/programmes/{id}/reports")
    String list(@PathVariable String id, Authentication authentication, Model model) {
        Programme programme = api.get().uri("/api/programmes/{id}", id).retrieve().body(Programme.class);
        List<Report.Summary> reports = api.get().uri("/api/programmes/{id}/reports?size=100", id).retrieve()
                .body(new ParameterizedTypeReference<Paged<Report.Summary>>() { }).items();
        model.addAttribute("programme", programme);
        model.addAttribute("reports", reports);
        model.addAttribute("mine", programme.municipality().equals(SignedInUser.cityOf(authentication)));
        return "officer/reports";
    }

    @PostMapping("/programmes/{id}/reports")
    String create(@PathVariable String id, @RequestParam(required = false) String period,
            RedirectAttributes redirect) {
        try {
            Report report = api.post().uri("/api/programmes/{id}/reports", id).contentType(MediaType.APPLICATION_JSON)
                    .body(Map.of("period", period == null ? "" : period.strip())).retrieve().body(Report.class);
            return "redirect:/reports/" + report.id();
        }
        catch (ApiProblem problem) {
            if (problem.status() != 400 && problem.status() != 409) {
                throw problem;
            }
            redirect.addFlashAttribute("createProblem", problem.status() == 409 ? null : problemText(problem));
            redirect.addFlashAttribute("createExists", problem.status() == 409);
            redirect.addFlashAttribute("period", period);
            return "redirect:/programmes/" + id + "/reports";
        }
    }

    @GetMapping("/reports/{id}")
    String report(@PathVariable String id, Authentication authentication, Model model) {
        Report report = api.get().uri("/api/reports/{id}", id).retrieve().body(Report.class);
        model.addAttribute("report", report);
        model.addAttribute("mine", report.municipality().equals(SignedInUser.cityOf(authentication)));
        return "officer/report";
    }

    @PostMapping("/reports/{id}/commentary/{actionId}")
    String comment(@PathVariable String id, @PathVariable String actionId,
            @RequestParam(required = false) String text, RedirectAttributes redirect) {
        api.put().uri("/api/reports/{id}/commentary/{actionId}", id, actionId).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("text", text == null ? "" : text)).retrieve().toBodilessEntity();
        redirect.addFlashAttribute("commented", actionId);
        return "redirect:/reports/" + id + "#action-" + actionId;
    }

    @PostMapping("/reports/{id}/retake")
    String retake(@PathVariable String id, RedirectAttributes redirect) {
        api.post().uri("/api/reports/{id}/retake", id).retrieve().toBodilessEntity();
        redirect.addFlashAttribute("retaken", true);
        return "redirect:/reports/" + id;
    }

    @PostMapping("/reports/{id}/finalise")
    String finalise(@PathVariable String id, RedirectAttributes redirect) {
        api.post().uri("/api/reports/{id}/finalise", id).retrieve().toBodilessEntity();
        redirect.addFlashAttribute("finalised", true);
        return "redirect:/reports/" + id;
    }

    @GetMapping("/reports/{id}/pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String id) {
        return Downloads.pass(api, "report-" + id + ".pdf", "/api/reports/{id}/pdf?lang={lang}", id, texts.reader());
    }

    @GetMapping("/reports/{id}/csv")
    ResponseEntity<byte[]> csv(@PathVariable String id) {
        return Downloads.pass(api, "report-" + id + ".csv", "/api/reports/{id}/csv", id);
    }

    private static String problemText(ApiProblem problem) {
        return problem.errors().isEmpty() ? problem.detail() : problem.errors().get(0).message();
    }

}
