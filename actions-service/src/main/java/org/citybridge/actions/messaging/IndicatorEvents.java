package org.citybridge.actions.messaging;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.citybridge.actions.indicator.Indicator;
import org.citybridge.platform.event.EventType;
import org.citybridge.platform.store.EventTranslation;
import org.springframework.stereotype.Component;

/**
 * The integration events of indicators, on {@code citybridge.actions} keyed by indicator id, so that an
 * indicator's values reach consumers in the order they were recorded (docs/events.md).
 */
@Component
public class IndicatorEvents extends EventTranslation<Indicator> {

    public static final EventType MEASURED = EventType.of("indicator.measured", 1);
    public static final EventType OVERDUE = EventType.of("indicator.overdue", 1);

    /**
     * Payload of {@code indicator.measured.v1}: the value recorded (or corrected), and where the
     * indicator stands after it (its latest value may be another, when this one was back-dated).
     *
     * @param progress 0..1 towards the next target
     * @param status   ON_TRACK, BEHIND or ACHIEVED
     */
    public record IndicatorMeasured(String indicatorId, String actionId, String programmeId, String name, String unit,
            String sharedCode, String measurementId, LocalDate date, BigDecimal value, boolean corrected,
            BigDecimal progress, String status, String visibility) {
    }

    /**
     * Payload of {@code indicator.overdue.v1}.
     *
     * @param period         the period whose value is missing ({@code 2012-Q2}); once per indicator and period
     * @param dueOn          the last day the value would have been in time
     * @param lastMeasuredOn null when nothing was ever measured
     */
    public record IndicatorOverdue(String indicatorId, String actionId, String programmeId, String name, String period,
            LocalDate dueOn, LocalDate lastMeasuredOn, String visibility) {
    }

    IndicatorEvents() {
        super(Indicator.class);
        translate(Indicator.Measured.class, MEASURED, event -> {
            Indicator indicator = event.indicator();
            return new IndicatorMeasured(indicator.id(), indicator.actionId(), indicator.programmeId(),
                    indicator.name(), indicator.definition().unit(), indicator.definition().sharedCode(),
                    event.measurement().id(), event.measurement().date(), event.measurement().value(),
                    event.corrected(), event.progress().progress(), event.progress().status().name(),
                    indicator.visibility().name());
        });
        translate(Indicator.Overdue.class, OVERDUE, event -> new IndicatorOverdue(event.indicatorId(),
                event.actionId(), event.programmeId(), event.name(), event.period().key(), event.period().dueOn(),
                event.lastMeasuredOn(), event.visibility().name()));
    }
}
