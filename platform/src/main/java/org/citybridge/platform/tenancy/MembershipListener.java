package org.citybridge.platform.tenancy;

import org.citybridge.platform.event.EventEnvelope;
import org.citybridge.platform.event.EventJson;
import org.citybridge.platform.inbox.EventInbox;
import org.springframework.kafka.annotation.KafkaListener;

/**
 * Lets every service accept a municipality that joins, without a restart. This is the one consumer
 * in shared code: membership is tenancy, which every service enforces the same way. Which topic and
 * event announce a new member is configuration ({@code citybridge.tenancy.membership-topic} and
 * {@code membership-event}); it reads only the envelope's {@code municipality}.
 */
public class MembershipListener {

    static final String CONSUMER = "membership";

    private final EventInbox inbox;
    private final Membership membership;
    private final String joinedEvent;

    public MembershipListener(EventInbox inbox, Membership membership, String joinedEvent) {
        this.inbox = inbox;
        this.membership = membership;
        this.joinedEvent = joinedEvent;
    }

    @KafkaListener(topics = "${citybridge.tenancy.membership-topic}", groupId = "${spring.application.name}.membership")
    void on(String record) {
        EventEnvelope event = EventJson.read(record);
        // The topic carries every event of its service (each organisation's, in organisations-service's case):
        // handling one of them is doing nothing, so only a join is worth the inbox's read and write.
        if (joinedEvent.equals(event.type())) {
            inbox.receive(CONSUMER, event, this::apply);
        }
    }

    private void apply(EventEnvelope event) {
        membership.join(event.municipality(), event.occurredAt());
    }
}
