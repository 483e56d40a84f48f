package org.citybridge.actions.indicator.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.citybridge.actions.indicator.DatedValue;
import org.citybridge.actions.indicator.Direction;
import org.citybridge.actions.indicator.Indicator;
import org.citybridge.actions.indicator.IndicatorDefinition;
import org.citybridge.actions.indicator.IndicatorProgress;
import org.citybridge.actions.indicator.IndicatorStatus;
import org.citybridge.actions.indicator.Measurement;
import org.citybridge.actions.indicator.UpdateInterval;
import org.citybridge.platform.tenancy.Visibility;

/**
 * An indicator as the API shows it: its definition, every measurement (oldest first, each with the
 * versions it corrected) and where it stands. Other tools read this shape from
 * {@code GET /api/actions/{actionId}/indicators}: add to it, never rename.
 *
 * @param progress      0..1 from the baseline towards the next target, clamped; null without data
 * @param expectedValue the straight line's value on the latest value's date; null without data
 * @param nextTarget    the target the latest value is measured against
 * @param dueOn         the last day the next value is in time
 * @param overdue       no value within the update interval, as of today
 */
record IndicatorResponse(String id, String municipality, String actionId, String programmeId, String name, String unit,
        DatedValue baseline, List<DatedValue> targets, Direction direction, UpdateInterval updateInterval,
        String sharedCode, Visibility visibility, List<MeasurementJson> measurements, IndicatorStatus status,
        BigDecimal progress, BigDecimal latestValue, LocalDate latestDate, BigDecimal expectedValue,
        DatedValue nextTarget, LocalDate dueOn, boolean overdue, Instant createdAt) {

    /** A measurement; {@code earlierVersions} are the versions its corrections replaced, oldest first. */
    record MeasurementJson(String id, LocalDate date, BigDecimal value, String source, String note, Instant recordedAt,
            String recordedBy, List<VersionJson> earlierVersions) {

        static MeasurementJson of(Measurement measurement) {
            return new MeasurementJson(measurement.id(), measurement.date(), measurement.value(), measurement.source(),
                    measurement.note(), measurement.recordedAt(), measurement.recordedBy(),
                    measurement.earlierVersions().stream().map(VersionJson::of).toList());
        }
    }

    /** A measurement as it was before a correction. */
    record VersionJson(LocalDate date, BigDecimal value, String source, String note, Instant recordedAt,
            String recordedBy) {

        static VersionJson of(Measurement.Version version) {
            return new VersionJson(version.date(), version.value(), version.source(), version.note(),
                    version.recordedAt(), version.recordedBy());
        }
    }

    static IndicatorResponse of(Indicator indicator, LocalDate today) {
        IndicatorDefinition definition = indicator.definition();
        IndicatorProgress progress = indicator.progress();
        return new IndicatorResponse(indicator.id(), indicator.municipality(), indicator.actionId(),
                indicator.programmeId(), definition.name(), definition.unit(), definition.baseline(),
                definition.targets(), definition.direction(), definition.updateInterval(), definition.sharedCode(),
                indicator.visibility(), indicator.measurements().stream().map(MeasurementJson::of).toList(),
                progress.status(), progress.progress(), progress.latest() == null ? null : progress.latest().value(),
                progress.latest() == null ? null : progress.latest().date(), progress.expected(),
                progress.nextTarget(), indicator.dueOn(), indicator.isOverdue(today), indicator.createdAt());
    }
}
