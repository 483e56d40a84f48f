package org.citybridge.platform.outbox;

import org.springframework.data.mongodb.core.mapping.event.AbstractMongoEventListener;
import org.springframework.data.mongodb.core.mapping.event.AfterSaveEvent;

/** Publishes new events right after the save instead of waiting for the next poll. */
public class OutboxRelayTrigger extends AbstractMongoEventListener<OutboxAggregate> {

    private final OutboxRelay relay;

    public OutboxRelayTrigger(OutboxRelay relay) {
        this.relay = relay;
    }

    @Override
    public void onAfterSave(AfterSaveEvent<OutboxAggregate> event) {
        if (!event.getSource().pendingEvents().isEmpty()) {
            relay.wakeUp();
        }
    }
}
