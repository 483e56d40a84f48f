package org.citybridge.web.registration;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.citybridge.web.api.ApiProblem;
import org.citybridge.web.congress.PublicCongress;
import org.citybridge.web.congress.PublicCongresses;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A registration's own pages, for whoever holds its management token: the confirmation right after registering,
 * and the page the mails link to, where the person sees their status, changes sessions, accepts an offered place
 * or cancels. The token comes once in the first mail's link ({@code ?token=}) or from registering here; the
 * browser keeps it ({@link RegistrationTokens}). Without it, or with one that no longer fits, the page asks for
 * the first mail's link; nothing tells a stranger whether a code exists.
 */
@Controller
class ManageRegistrationController {

    static final String FLASH_TOKEN = "registrationToken";
    private static final String NOTICE = "notice";
    private static final Pattern TOKEN_IN_LINK = Pattern.compile("[?&#]token=([A-Za-z0-9_-]+)");

    private final RegistrationsApi registrations;
    private final RegistrationTokens tokens;
    private final PublicCongresses congresses;

    ManageRegistrationController(RegistrationsApi registrations, RegistrationTokens tokens,
            PublicCongresses congresses) {
        this.registrations = registrations;
        this.tokens = tokens;
        this.congresses = congresses;
    }

    /** Personal pages: no address of theirs goes to another site, nothing is kept in a shared cache. */
    @ModelAttribute
    void privatePage(HttpServletResponse response) {
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("Cache-Control", CacheControl.noStore().getHeaderValue());
    }

    @GetMapping("/registrations/{code}/confirmation")
    String confirmation(@PathVariable String code, HttpServletRequest request, HttpServletResponse response,
            Model model) {
        Optional<String> token = token(code, request, model);
        if (token.isEmpty()) {
            return locked(code, false, response, model);
        }
        try {
            show(registrations.get(code, token.get()), model);
        }
        catch (ApiProblem problem) {
            return unknownIfNotFound(problem, code, request, response, model);
        }
        return "public/confirmation";
    }

    @GetMapping("/registrations/{code}")
    String manage(@PathVariable String code, @RequestParam(name = "token", required = false) String fromLink,
            HttpServletRequest request, HttpServletResponse response, Model model) {
        if (fromLink != null) {
            // Kept once, and gone from the address: what the address bar, history and logs keep holds no token.
            if (RegistrationTokens.isCode(code) && RegistrationTokens.isToken(fromLink)) {
                tokens.remember(request, response, code, fromLink);
            }
            return "redirect:" + RegistrationTokens.path(code);
        }
        Optional<String> token = token(code, request, model);
        if (token.isEmpty()) {
            return locked(code, false, response, model);
        }
        try {
            show(registrations.get(code, token.get()), model);
        }
        catch (ApiProblem problem) {
            return unknownIfNotFound(problem, code, request, response, model);
        }
        return "public/registration";
    }

    /** The link (or the token) from the first mail, pasted by someone whose browser does not hold it. */
    @PostMapping("/registrations/{code}/token")
    String unlock(@PathVariable String code, @RequestParam(name = "link", defaultValue = "") String link,
            HttpServletRequest request, HttpServletResponse response) {
        Matcher inLink = TOKEN_IN_LINK.matcher(link);
        String token = inLink.find() ? inLink.group(1) : link.strip();
        if (RegistrationTokens.isCode(code) && RegistrationTokens.isToken(token)) {
            tokens.remember(request, response, code, token);
        }
        return "redirect:" + RegistrationTokens.path(code);
    }

    @PostMapping("/registrations/{code}/sessions")
    String changeSessions(@PathVariable String code,
            @RequestParam(name = "sessions", required = false) List<String> sessions, HttpServletRequest request,
            HttpServletResponse response, Model model, RedirectAttributes redirect) {
        Optional<String> token = token(code, request, model);
        if (token.isEmpty()) {
            return locked(code, false, response, model);
        }
        try {
            registrations.changeSessions(code, token.get(), sessions == null ? List.of() : sessions);
        }
        catch (ApiProblem problem) {
            if (problem.status() == 400 || problem.status() == 409) {
                response.setStatus(problem.status());
                model.addAttribute("sessionErrors", problem.status() == 400
                        ? FieldErrors.of(problem, RegisterController.FIELDS) : FieldErrors.none());
                model.addAttribute("failure", problem.status() == 409 ? "public.manage.changeRefused" : null);
                model.addAttribute("detail", problem.detail());
                model.addAttribute("wanted", sessions == null ? List.of() : sessions);
                try {
                    show(registrations.get(code, token.get()), model);
                }
                catch (ApiProblem again) {
                    return unknownIfNotFound(again, code, request, response, model);
                }
                return "public/registration";
            }
            return unknownIfNotFound(problem, code, request, response, model);
        }
        redirect.addFlashAttribute(NOTICE, "public.manage.saved");
        return "redirect:" + RegistrationTokens.path(code);
    }

    @PostMapping("/registrations/{code}/accept")
    String accept(@PathVariable String code, HttpServletRequest request, HttpServletResponse response, Model model,
            RedirectAttributes redirect) {
        Optional<String> token = token(code, request, model);
        if (token.isEmpty()) {
            return locked(code, false, response, model);
        }
        try {
            registrations.accept(code, token.get());
            redirect.addFlashAttribute(NOTICE, "public.manage.accepted");
        }
        catch (ApiProblem problem) {
            if (problem.status() != 409) {
                return unknownIfNotFound(problem, code, request, response, model);
            }
            redirect.addFlashAttribute(NOTICE, "public.manage.acceptTooLate");
        }
        return "redirect:" + RegistrationTokens.path(code);
    }

    /** The confirmation step before cancelling: a link opens it, only its button cancels. */
    @GetMapping("/registrations/{code}/cancel")
    String confirmCancel(@PathVariable String code, HttpServletRequest request, HttpServletResponse response,
            Model model) {
        Optional<String> token = token(code, request, model);
        if (token.isEmpty()) {
            return locked(code, false, response, model);
        }
        try {
            show(registrations.get(code, token.get()), model);
        }
        catch (ApiProblem problem) {
            return unknownIfNotFound(problem, code, request, response, model);
        }
        return "public/cancel";
    }

    @PostMapping("/registrations/{code}/cancel")
    String cancel(@PathVariable String code, HttpServletRequest request, HttpServletResponse response, Model model,
            RedirectAttributes redirect) {
        Optional<String> token = token(code, request, model);
        if (token.isEmpty()) {
            return locked(code, false, response, model);
        }
        try {
            registrations.cancel(code, token.get());
        }
        catch (ApiProblem problem) {
            return unknownIfNotFound(problem, code, request, response, model);
        }
        redirect.addFlashAttribute(NOTICE, "public.manage.cancelled");
        return "redirect:" + RegistrationTokens.path(code);
    }

    /** The ticket's QR code, fetched with the token this browser holds (an img cannot send the API's header). */
    @GetMapping("/registrations/{code}/ticket.png")
    ResponseEntity<byte[]> ticket(@PathVariable String code, HttpServletRequest request) {
        return file(code, request, MediaType.IMAGE_PNG, false);
    }

    @GetMapping("/registrations/{code}/badge.pdf")
    ResponseEntity<byte[]> badge(@PathVariable String code, HttpServletRequest request) {
        return file(code, request, MediaType.APPLICATION_PDF, true);
    }

    private ResponseEntity<byte[]> file(String code, HttpServletRequest request, MediaType type, boolean badge) {
        Optional<String> token = RegistrationTokens.isCode(code) ? tokens.of(request) : Optional.empty();
        if (token.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        try {
            byte[] bytes = badge ? registrations.badge(code, token.get()) : registrations.ticketImage(code, token.get());
            return ResponseEntity.ok().contentType(type).cacheControl(CacheControl.noStore())
                    .header("X-Content-Type-Options", "nosniff").body(bytes);
        }
        catch (ApiProblem problem) {
            if (problem.status() == 404 || problem.status() == 409) {
                // No such registration for this token, or no ticket while it waits.
                return ResponseEntity.notFound().build();
            }
            throw problem;
        }
    }

    private Optional<String> token(String code, HttpServletRequest request, Model model) {
        if (!RegistrationTokens.isCode(code)) {
            return Optional.empty();
        }
        Optional<String> kept = tokens.of(request);
        if (kept.isPresent()) {
            return kept;
        }
        return model.getAttribute(FLASH_TOKEN) instanceof String flashed && RegistrationTokens.isToken(flashed)
                ? Optional.of(flashed) : Optional.empty();
    }

    private void show(Registration registration, Model model) {
        model.addAttribute("registration", registration);
        PublicCongress congress = null;
        try {
            congress = congresses.get(registration.congressId());
        }
        catch (ApiProblem gone) {
            if (!gone.isNotFound()) {
                throw gone;
            }
            // No longer public: the registration is still the person's to see and cancel.
        }
        model.addAttribute("congress", congress);
        if (!model.containsAttribute("wanted")) {
            model.addAttribute("wanted", registration.sessionIds());
        }
        if (!model.containsAttribute("sessionErrors")) {
            model.addAttribute("sessionErrors", FieldErrors.none());
        }
    }

    private String unknownIfNotFound(ApiProblem problem, String code, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        if (!problem.isNotFound()) {
            throw problem;
        }
        // The token no longer fits (or the data is gone after the congress): forget it here too.
        tokens.forget(request, response, code);
        return locked(code, true, response, model);
    }

    private String locked(String code, boolean refused, HttpServletResponse response, Model model) {
        response.setStatus(404);
        model.addAttribute("code", RegistrationTokens.isCode(code) ? code : null);
        model.addAttribute("refused", refused);
        return "public/locked";
    }
}
