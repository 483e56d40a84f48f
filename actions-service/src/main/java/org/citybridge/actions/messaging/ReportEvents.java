package org.citybridge.actions.messaging;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.citybridge.actions.report.ProgressReport;
import org.citybridge.platform.event.EventType;
import org.citybridge.platform.store.EventTranslation;
import org.springframework.stereotype.Component;

/**
 * {@code report.finalised.v1} on {@code citybridge.actions}, keyed by report id: a period's figures
 * are final, so other services (knowledge's practices citing results) may quote them. It carries the
 * report as the network reads it: the shared actions and the completion rolled up from them alone.
 */
@Component
public class ReportEvents extends EventTranslation<ProgressReport> {

    public static final EventType FINALISED = EventType.of("report.finalised", 1);

    public record ActionLine(String actionId, String title, String status, double completion) {
    }

    /** Payload of {@code report.finalised.v1}. */
    public record ReportFinalised(String reportId, String programmeId, String programmeTitle, String period,
            LocalDate periodStart, LocalDate periodEnd, double completion, List<ActionLine> actions,
            String visibility, Instant finalisedAt) {
    }

    ReportEvents() {
        super(ProgressReport.class);
        translate(ProgressReport.Finalised.class, FINALISED, event -> {
            // What the network may read: the shared actions, and the completion rolled up from them alone.
            ProgressReport report = event.report().sharedPart();
            return new ReportFinalised(report.id(), report.programmeId(), report.programmeTitle(),
                    report.period().label(), report.period().start(), report.period().end(), report.completion(),
                    report.actions().stream().map(action -> new ActionLine(action.actionId(), action.title(),
                            action.status().name(), action.completion())).toList(),
                    report.visibility().name(), report.finalisedAt());
        });
    }
}
