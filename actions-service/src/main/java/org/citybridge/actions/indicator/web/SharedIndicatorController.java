package org.citybridge.actions.indicator.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.citybridge.actions.indicator.SharedIndicatorChart;
import org.citybridge.actions.indicator.SharedIndicatorService;
import org.citybridge.platform.security.Allowed;
import org.citybridge.platform.tenancy.Caller;
import org.citybridge.platform.tenancy.Role;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The cross-city view of a shared indicator, as a table and as a chart. The caller's own city's
 * indicators with the code and what other cities publish to the network; a code the caller sees in no
 * city is 404.
 */
@RestController
class SharedIndicatorController {

    private final SharedIndicatorService shared;

    SharedIndicatorController(SharedIndicatorService shared) {
        this.shared = shared;
    }

    @GetMapping("/api/shared-indicators/{code}")
    @Allowed({Role.OFFICER, Role.ORGANISER, Role.ADMIN})
    SharedIndicatorResponse table(@PathVariable String code, Caller caller) {
        return SharedIndicatorResponse.of(shared.compare(caller, code));
    }

    /** One line per city over time, per 1,000 inhabitants. */
    @GetMapping("/api/shared-indicators/{code}/chart.png")
    @Allowed({Role.OFFICER, Role.ORGANISER, Role.ADMIN})
    ResponseEntity<byte[]> chart(@PathVariable String code,
            @RequestParam(defaultValue = "900") @Min(300) @Max(2000) int width,
            @RequestParam(defaultValue = "500") @Min(200) @Max(2000) int height, Caller caller) {
        byte[] png = SharedIndicatorChart.png(shared.compare(caller, code), width, height);
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).body(png);
    }
}
