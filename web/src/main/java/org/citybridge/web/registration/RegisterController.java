package org.citybridge.web.registration;

import java.time.Clock;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.citybridge.web.api.ApiProblem;
import org.citybridge.web.congress.PublicCongress;
import org.citybridge.web.congress.PublicCongresses;
import org.citybridge.web.language.Texts;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Registering for a congress without an account. The API judges the form: its field errors are shown next to
 * their fields with what the person typed; a closed registration or an email already registered is said in
 * words. After registering, the browser keeps the management token (RegistrationTokens) and goes to the
 * confirmation.
 */
@Controller
class RegisterController {

    /** The fields the form has; an error of another field goes to the summary. */
    static final Set<String> FIELDS = Set.of("name", "email", "organisation", "municipality", "language", "sessions",
            "dietaryNeeds", "accessibilityNeeds", "consentToList");

    private final PublicCongresses congresses;
    private final RegistrationsApi registrations;
    private final RegistrationTokens tokens;
    private final Texts texts;
    private final Clock clock;

    RegisterController(PublicCongresses congresses, RegistrationsApi registrations, RegistrationTokens tokens,
            Texts texts, Optional<Clock> clock) {
        this.congresses = congresses;
        this.registrations = registrations;
        this.tokens = tokens;
        this.texts = texts;
        this.clock = clock.orElseGet(Clock::systemUTC);
    }

    @GetMapping("/congresses/{congressId}/register")
    String form(@PathVariable String congressId, Model model) {
        RegistrationForm form = new RegistrationForm();
        form.setLanguage(texts.reader());
        return show(congresses.get(congressId), form, FieldErrors.none(), null, model);
    }

    @PostMapping("/congresses/{congressId}/register")
    String register(@PathVariable String congressId, @ModelAttribute("form") RegistrationForm form, Model model,
            HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        PublicCongress congress = congresses.get(congressId);
        Registration made;
        try {
            made = registrations.register(congress.id(), form);
        }
        catch (ApiProblem problem) {
            String failure = switch (problem.status()) {
                case 400 -> null;
                case 409 -> "Already registered".equals(problem.title()) ? "public.register.already"
                        : congress.window(clock.instant()) == PublicCongress.Window.OPEN ? "public.register.refused"
                        : "public.register.closed";
                case 429 -> "public.register.tooMany";
                default -> throw problem;
            };
            response.setStatus(problem.status() == 400 ? 400 : problem.status());
            form.newAttempt();
            model.addAttribute("detail", problem.status() == 409 ? problem.detail() : null);
            return show(congress, form, problem.status() == 400 ? FieldErrors.of(problem, FIELDS) : FieldErrors.none(),
                    failure, model);
        }
        tokens.remember(request, response, made.code(), made.managementToken());
        // Also for the next page alone, in case this browser keeps no cookies.
        redirect.addFlashAttribute(ManageRegistrationController.FLASH_TOKEN, made.managementToken());
        return "redirect:/registrations/" + made.code() + "/confirmation";
    }

    private String show(PublicCongress congress, RegistrationForm form, FieldErrors errors, String failure,
            Model model) {
        model.addAttribute("congress", congress);
        model.addAttribute("window", congress.window(clock.instant()));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("failure", failure);
        return "public/register";
    }
}
