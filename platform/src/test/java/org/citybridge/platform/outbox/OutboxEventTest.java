package org.citybridge.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.citybridge.platform.event.EventType;
import org.citybridge.platform.web.RequestId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

/** An event recorded during a request carries that request's id and trace, for the relay to pass on. */
class OutboxEventTest {

    private static final EventType CREATED = EventType.of("widget.created", 1);

    record Created(String name) {
    }

    @AfterEach
    void clear() {
        MDC.clear();
    }

    @Test
    void aTracedRequestsEventCarriesItsTraceparentAndRequestId() {
        MDC.put("traceId", "4bf92f3577b34da6a3ce929d0e0e4736");
        MDC.put("spanId", "00f067aa0ba902b7");
        MDC.put(RequestId.MDC_KEY, "req-1");

        OutboxEvent event = OutboxEvent.of(CREATED, "almelo", "w1", new Created("gear"), 3);

        assertThat(event.traceparent()).isEqualTo("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01");
        assertThat(event.correlationId()).isEqualTo("req-1");
        assertThat(event.type()).isEqualTo("widget.created.v1");
        assertThat(event.version()).isEqualTo(1);
        assertThat(event.sequence()).isEqualTo(3L);
        assertThat(event.payload()).isEqualTo("{\"name\":\"gear\"}");
    }

    @Test
    void withoutATraceThereIsNoTraceparent() {
        MDC.put("traceId", "4bf92f3577b34da6a3ce929d0e0e4736");

        assertThat(OutboxEvent.of(CREATED, "almelo", "w1", new Created("gear"), 1).traceparent()).isNull();
        MDC.clear();
        MDC.put("spanId", "00f067aa0ba902b7");
        assertThat(OutboxEvent.of(CREATED, "almelo", "w1", new Created("gear"), 1).traceparent()).isNull();
    }
}
