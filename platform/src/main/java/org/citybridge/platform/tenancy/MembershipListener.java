package org.citybridge.platform.tenancy;

import org.citybridge.platform.event.EventEnvelope;
import org.citybridge.platform.event.Topics;
import org.citybridge.platform.inbox.EventInbox;
import org.springframework.kafka.annotation.KafkaListener;

/**
 * Lets every service accept a municipality that joins, without a restart. This is the one consumer
 * in shared code: membership is tenancy, which every service enforces the same way. It reads only
 * the envelope's {@code municipality} of {@code municipality.joined.v1}.
 */
public class MembershipListener {

    static final String CONSUMER = "membership";
    static final String JOINED = "municipality.joined.v1";

    private final EventInbox inbox;
    private final Membership membership;

    public MembershipListener(EventInbox inbox, Membership membership) {
        this.inbox = inbox;
        this.membership = membership;
    }

    @KafkaListener(topics = Topics.ORGANISATIONS, groupId = "${spring.application.name}.membership")
    void on(String record) {
        inbox.receive(CONSUMER, record, this::apply);
    }

    private void apply(EventEnvelope event) {
        if (JOINED.equals(event.type())) {
            membership.join(event.municipality(), event.occurredAt());
        }
    }
}
