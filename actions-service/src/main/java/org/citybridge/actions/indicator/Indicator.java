package org.citybridge.actions.indicator;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.citybridge.platform.domain.InvalidValueException;
import org.citybridge.platform.domain.NotFoundException;
import org.citybridge.platform.store.TenantAggregate;
import org.citybridge.platform.tenancy.Visibility;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An indicator of one action (Antwerp's "home parties held by social advisers": 360 a year) with its
 * measurements. An aggregate of its own, not part of the action, so that recording a value never
 * conflicts with an officer editing the action; it belongs to the action's city and is read only where
 * its action is visible too (IndicatorService).
 * <p>
 * It keeps the day its next value is due ({@link #dueOn()}), so that overdue indicators are one query,
 * and the last overdue period announced, so that each is announced once.
 */
@Document("indicators")
public class Indicator extends TenantAggregate {

    /** Domain events; messaging/IndicatorEvents publishes them. */
    public record Measured(Indicator indicator, Measurement measurement, boolean corrected,
            IndicatorProgress progress) {
    }

    public record Overdue(String indicatorId, String actionId, String programmeId, String name, OverduePeriod period,
            LocalDate lastMeasuredOn, Visibility visibility) {
    }

    @Id
    private String id;
    @Indexed
    private String actionId;
    @Indexed
    private String programmeId;
    private IndicatorDefinition definition;
    private List<Measurement> measurements = new ArrayList<>();
    @Indexed
    private LocalDate dueOn;
    private OverduePeriod lastOverdueAnnounced;
    private Instant createdAt;

    protected Indicator() {
    }

    private Indicator(String id, String municipality, String actionId, String programmeId, IndicatorDefinition definition,
            Visibility visibility, Instant now) {
        super(municipality, visibility);
        this.id = Objects.requireNonNull(id);
        this.actionId = Objects.requireNonNull(actionId);
        this.programmeId = Objects.requireNonNull(programmeId);
        this.definition = Objects.requireNonNull(definition);
        this.createdAt = now;
        this.dueOn = nextDueOn();
    }

    /** Of the action's city; defining one publishes nothing: the first value is the news. */
    public static Indicator define(String municipality, String actionId, String programmeId,
            IndicatorDefinition definition, Visibility visibility, Instant now) {
        return define(UUID.randomUUID().toString(), municipality, actionId, programmeId, definition, visibility, now);
    }

    /** With a known id, so that loading the same demo indicator twice finds the first one. */
    public static Indicator define(String id, String municipality, String actionId, String programmeId,
            IndicatorDefinition definition, Visibility visibility, Instant now) {
        return new Indicator(id, municipality, actionId, programmeId, definition, visibility, now);
    }

    /** Measurements stay; none may fall before a moved baseline. */
    public void redefine(IndicatorDefinition revised, Visibility newVisibility) {
        Objects.requireNonNull(revised);
        for (Measurement measurement : measurements) {
            if (measurement.date().isBefore(revised.baseline().date())) {
                throw new InvalidValueException("baseline.date", "is after the measurement of " + measurement.date()
                        + "; correct that measurement first");
            }
        }
        definition = revised;
        if (newVisibility != null) {
            changeVisibility(newVisibility);
        }
        dueOn = nextDueOn();
    }

    public Measurement recordMeasurement(MeasurementValues values, String by, Instant now, LocalDate today) {
        check(values, today);
        Measurement measurement = Measurement.recorded(UUID.randomUUID().toString(), values, now, by);
        measurements.add(measurement);
        measured(measurement, false);
        return measurement;
    }

    /** A measurement that was wrong: replaced, its earlier version kept in its history. */
    public Measurement correctMeasurement(String measurementId, MeasurementValues values, String by, Instant now,
            LocalDate today) {
        check(values, today);
        for (int i = 0; i < measurements.size(); i++) {
            if (measurements.get(i).id().equals(measurementId)) {
                Measurement corrected = measurements.get(i).correctedTo(values, now, by);
                measurements.set(i, corrected);
                measured(corrected, true);
                return corrected;
            }
        }
        throw NotFoundException.of("Measurement", measurementId);
    }

    /**
     * Records {@link Overdue} if a period passed without a value since the last one announced. Only a
     * later deadline than the last announced counts, so checks in any order and any number announce
     * each period once. Returns whether it announced one.
     */
    public boolean announceOverdue(LocalDate today) {
        Optional<DatedValue> latest = latest();
        LocalDate last = latest.map(DatedValue::date).orElse(definition.baseline().date());
        Optional<OverduePeriod> missed = OverduePeriod.latestMissed(definition.updateInterval(), last, today);
        if (missed.isEmpty() || lastOverdueAnnounced != null
                && !missed.get().dueOn().isAfter(lastOverdueAnnounced.dueOn())) {
            return false;
        }
        lastOverdueAnnounced = missed.get();
        record(new Overdue(id, actionId, programmeId, definition.name(), missed.get(),
                latest.map(DatedValue::date).orElse(null), visibility()));
        return true;
    }

    public IndicatorProgress progress() {
        return IndicatorProgress.of(definition, latest().orElse(null));
    }

    /** The latest value by date; of two on one day, the one recorded last. */
    public Optional<DatedValue> latest() {
        Measurement latest = null;
        for (Measurement measurement : measurements) {
            if (latest == null || !measurement.date().isBefore(latest.date())) {
                latest = measurement;
            }
        }
        return Optional.ofNullable(latest).map(Measurement::datedValue);
    }

    /** Overdue on {@code today}: no value within the update interval since the latest (or the baseline). */
    public boolean isOverdue(LocalDate today) {
        return dueOn.isBefore(today);
    }

    private void measured(Measurement measurement, boolean corrected) {
        dueOn = nextDueOn();
        record(new Measured(this, measurement, corrected, progress()));
    }

    private void check(MeasurementValues values, LocalDate today) {
        if (values.date() == null) {
            throw new InvalidValueException("date", "must be given");
        }
        if (values.value() == null) {
            throw new InvalidValueException("value", "must be given");
        }
        if (values.date().isBefore(definition.baseline().date())) {
            throw new InvalidValueException("date", "is before the baseline date " + definition.baseline().date());
        }
        if (values.date().isAfter(today)) {
            throw new InvalidValueException("date", "is in the future");
        }
    }

    private LocalDate nextDueOn() {
        LocalDate last = latest().map(DatedValue::date).orElse(definition.baseline().date());
        return definition.updateInterval().deadline(last, 1);
    }

    @Override
    public String id() {
        return id;
    }

    public String actionId() {
        return actionId;
    }

    public String programmeId() {
        return programmeId;
    }

    public IndicatorDefinition definition() {
        return definition;
    }

    public String name() {
        return definition.name();
    }

    /** Oldest first by date. */
    public List<Measurement> measurements() {
        List<Measurement> sorted = new ArrayList<>(measurements);
        sorted.sort(Comparator.comparing(Measurement::date));
        return Collections.unmodifiableList(sorted);
    }

    public Optional<Measurement> measurement(String measurementId) {
        return measurements.stream().filter(measurement -> measurement.id().equals(measurementId)).findFirst();
    }

    /** The last day the next value is in time. */
    public LocalDate dueOn() {
        return dueOn;
    }

    public OverduePeriod lastOverdueAnnounced() {
        return lastOverdueAnnounced;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
