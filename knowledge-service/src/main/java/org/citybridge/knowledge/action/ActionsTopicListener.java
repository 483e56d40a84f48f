package org.citybridge.knowledge.action;

import org.citybridge.platform.event.EventEnvelope;
import org.citybridge.platform.inbox.EventInbox;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Reads actions-service's topic: actions and their indicators' values (a practice's measured
 * results), programmes (a draft's context), and completions, each of which drafts a practice. Each
 * event is handled once per this consumer (the inbox); a replay beyond the inbox finds the draft there
 * already (a unique key on the action id) and the read model applies events by sequence.
 */
@Component
class ActionsTopicListener {

    static final String CONSUMER = "knowledge-service.actions";
    /** actions-service's topic (docs/events.md). */
    static final String TOPIC = "citybridge.actions";

    private final EventInbox inbox;
    private final ActionResultsReadModel readModel;
    private final CompletedActionDrafts drafts;

    ActionsTopicListener(EventInbox inbox, ActionResultsReadModel readModel, CompletedActionDrafts drafts) {
        this.inbox = inbox;
        this.readModel = readModel;
        this.drafts = drafts;
    }

    @KafkaListener(topics = TOPIC, groupId = CONSUMER)
    void on(String record) {
        inbox.receive(CONSUMER, record, this::apply);
    }

    void apply(EventEnvelope event) {
        switch (event.type()) {
            case "action.created.v1", "action.updated.v1" -> readModel.applyState(event);
            case "indicator.measured.v1" -> readModel.applyMeasurement(event);
            case "programme.created.v1" -> readModel.programmeCreated(event);
            case "action.completed.v1" -> drafts.draftFrom(readModel.completed(event));
            default -> {
                // Milestones, overdue indicators and reports are not what practices show.
            }
        }
    }
}
