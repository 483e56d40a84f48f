package org.citybridge.platform.tenancy;

import org.citybridge.platform.event.EventEnvelope;
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
        inbox.receive(CONSUMER, record, this::apply);
    }

    private void apply(EventEnvelope event) {
        if (joinedEvent.equals(event.type())) {
            membership.join(event.municipality(), event.occurredAt());
        }
    }
}
