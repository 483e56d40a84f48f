package org.citybridge.platform.sample;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.citybridge.platform.event.EventEnvelope;
import org.citybridge.platform.inbox.EventInbox;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Consumes the sample topic through the idempotent inbox and remembers what it handled. */
@Component
public class WidgetListener {

    public static final String TOPIC = "citybridge.samples";
    private final EventInbox inbox;
    private final List<EventEnvelope> handled = new CopyOnWriteArrayList<>();

    WidgetListener(EventInbox inbox) {
        this.inbox = inbox;
    }

    @KafkaListener(topics = TOPIC, groupId = "sample-listener")
    void on(String value) {
        inbox.receive("sample-listener", value, handled::add);
    }

    public List<EventEnvelope> handled() {
        return handled;
    }
}
