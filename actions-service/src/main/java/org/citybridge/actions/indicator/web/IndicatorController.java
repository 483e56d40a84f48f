package org.citybridge.actions.indicator.web;

import java.net.URI;
import java.time.LocalDate;

import jakarta.validation.Valid;

import org.citybridge.actions.indicator.Indicator;
import org.citybridge.actions.indicator.IndicatorService;
import org.citybridge.actions.indicator.MeasuredIndicator;
import org.citybridge.platform.security.Allowed;
import org.citybridge.platform.tenancy.Caller;
import org.citybridge.platform.tenancy.Role;
import org.citybridge.platform.web.EntityTags;
import org.citybridge.platform.web.PageQuery;
import org.citybridge.platform.web.PageResponse;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** Thin: each route says who may call it and maps between JSON and the service. */
@RestController
class IndicatorController {

    /** A measurement as recorded or corrected, and its indicator with where it now stands. */
    record MeasurementResponse(IndicatorResponse.MeasurementJson measurement, IndicatorResponse indicator) {
    }

    private final IndicatorService indicators;

    IndicatorController(IndicatorService indicators) {
        this.indicators = indicators;
    }

    /** Each indicator with all its measurements: the shape other tools read. */
    @GetMapping("/api/actions/{actionId}/indicators")
    @Allowed({Role.OFFICER, Role.ORGANISER, Role.ADMIN})
    PageResponse<IndicatorResponse> ofAction(@PathVariable String actionId, @Valid PageQuery paging, Caller caller) {
        LocalDate today = indicators.today();
        return PageResponse.of(indicators.ofAction(caller, actionId, paging.toPageable(Sort.by("definition.name", "id"))),
                indicator -> IndicatorResponse.of(indicator, today));
    }

    @PostMapping("/api/actions/{actionId}/indicators")
    @Allowed(Role.OFFICER)
    ResponseEntity<IndicatorResponse> define(@PathVariable String actionId, @Valid @RequestBody IndicatorRequest request,
            Caller caller) {
        Indicator indicator = indicators.define(caller, actionId, request.toDefinition(), request.visibility());
        return ResponseEntity.created(URI.create("/api/indicators/" + indicator.id()))
                .eTag(EntityTags.ofVersion(indicator.version())).body(IndicatorResponse.of(indicator, indicators.today()));
    }

    @GetMapping("/api/indicators/{indicatorId}")
    @Allowed({Role.OFFICER, Role.ORGANISER, Role.ADMIN})
    ResponseEntity<IndicatorResponse> get(@PathVariable String indicatorId, Caller caller) {
        return withETag(indicators.get(caller, indicatorId));
    }

    /** If-Match is required: the whole definition is replaced by what the caller read and changed. */
    @PutMapping("/api/indicators/{indicatorId}")
    @Allowed(Role.OFFICER)
    ResponseEntity<IndicatorResponse> redefine(@PathVariable String indicatorId,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody IndicatorRequest request, Caller caller) {
        Indicator indicator = indicators.getForChange(caller, indicatorId);
        EntityTags.requireMatch(ifMatch, EntityTags.ofVersion(indicator.version()));
        return withETag(EntityTags.unlessChangedMeanwhile("indicator",
                () -> indicators.redefine(caller, indicator, request.toDefinition(), request.visibility())));
    }

    @PostMapping("/api/indicators/{indicatorId}/measurements")
    @Allowed(Role.OFFICER)
    ResponseEntity<MeasurementResponse> record(@PathVariable String indicatorId,
            @Valid @RequestBody MeasurementRequest request, Caller caller) {
        MeasuredIndicator measured = indicators.recordMeasurement(caller, indicatorId, request.toValues());
        return ResponseEntity.created(URI.create("/api/indicators/" + indicatorId + "/measurements/"
                + measured.measurement().id())).eTag(EntityTags.ofVersion(measured.indicator().version()))
                .body(response(measured));
    }

    /** A correction: the measurement keeps the version it replaces. */
    @PutMapping("/api/indicators/{indicatorId}/measurements/{measurementId}")
    @Allowed(Role.OFFICER)
    ResponseEntity<MeasurementResponse> correct(@PathVariable String indicatorId, @PathVariable String measurementId,
            @Valid @RequestBody MeasurementRequest request, Caller caller) {
        MeasuredIndicator measured = indicators.correctMeasurement(caller, indicatorId, measurementId,
                request.toValues());
        return ResponseEntity.ok().eTag(EntityTags.ofVersion(measured.indicator().version())).body(response(measured));
    }

    /** The programme's indicators whose value is overdue: nothing measured within their update interval. */
    @GetMapping("/api/programmes/{programmeId}/overdue-indicators")
    @Allowed({Role.OFFICER, Role.ORGANISER, Role.ADMIN})
    PageResponse<IndicatorResponse> overdue(@PathVariable String programmeId, @Valid PageQuery paging, Caller caller) {
        LocalDate today = indicators.today();
        return PageResponse.of(indicators.overdueOf(caller, programmeId, paging.toPageable(Sort.by("dueOn", "id"))),
                indicator -> IndicatorResponse.of(indicator, today));
    }

    private MeasurementResponse response(MeasuredIndicator measured) {
        return new MeasurementResponse(IndicatorResponse.MeasurementJson.of(measured.measurement()),
                IndicatorResponse.of(measured.indicator(), indicators.today()));
    }

    private ResponseEntity<IndicatorResponse> withETag(Indicator indicator) {
        return ResponseEntity.ok().eTag(EntityTags.ofVersion(indicator.version()))
                .body(IndicatorResponse.of(indicator, indicators.today()));
    }
}
