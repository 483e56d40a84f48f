package org.citybridge.web.indicator;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.citybridge.web.api.ApiProblem;
import org.citybridge.web.language.Dates;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.client.RestClient;

/**
 * Entering a measurement. With htmx (the page's form) the answer is the indicator's card again, its chart with
 * the new point; without script, the action's page again at the indicator.
 */
@Controller
class IndicatorPagesController {

    private final RestClient api;
    private final MessageSource messages;

    private final Dates dates;

    IndicatorPagesController(RestClient gatewayApi, MessageSource messages, Dates dates) {
        this.api = gatewayApi;
        this.messages = messages;
        this.dates = dates;
    }

    @PostMapping("/indicators/{id}/measurements")
    String measure(@PathVariable String id, MeasurementForm form,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        Indicator indicator;
        if (!form.valueIsNumber()) {
            indicator = api.get().uri("/api/indicators/{id}", id).retrieve().body(Indicator.class);
            model.addAttribute("errors", Map.of("value", messages.getMessage("officer.measurement.value.invalid", null,
                    LocaleContextHolder.getLocale())));
            model.addAttribute("form", form);
            return answer(indicator, htmx, model);
        }
        try {
            MeasurementRecorded recorded = api.post().uri("/api/indicators/{id}/measurements", id)
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(form.toRequest())
                    .retrieve().body(MeasurementRecorded.class);
            indicator = recorded.indicator();
            model.addAttribute("recorded", true);
        }
        catch (ApiProblem problem) {
            if (problem.status() != 400) {
                throw problem;
            }
            indicator = api.get().uri("/api/indicators/{id}", id).retrieve().body(Indicator.class);
            Map<String, String> errors = new LinkedHashMap<>(problem.messagesByField());
            if (errors.isEmpty() && problem.detail() != null) {
                errors.put("value", problem.detail());
            }
            model.addAttribute("errors", errors);
            model.addAttribute("form", form);
        }
        return answer(indicator, htmx, model);
    }

    private String answer(Indicator indicator, String htmx, Model model) {
        if (htmx == null) {
            return "redirect:/actions/" + indicator.actionId() + "#indicator-" + indicator.id();
        }
        model.addAttribute("i", indicator);
        model.addAttribute("today", LocalDate.now(dates.zone()));
        model.addAttribute("canMeasure", true);
        return "officer/indicator :: card";
    }

    record MeasurementRecorded(Indicator indicator) {
    }
}
