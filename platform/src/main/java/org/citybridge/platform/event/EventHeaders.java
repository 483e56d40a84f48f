package org.citybridge.platform.event;

/**
 * What every CityBridge record carries besides its envelope, and where dead letters go. Which topics
 * exist is each service's business (its own configuration and listeners), not the platform's.
 */
public final class EventHeaders {

    public static final String REQUEST_ID = "X-Request-Id";
    public static final String EVENT_TYPE = "event-type";
    /** W3C trace context of the request that caused the event; consumers continue its trace. */
    public static final String TRACEPARENT = "traceparent";

    private EventHeaders() {
    }

    /** Records no handler could take go to {@code <topic>.dlt}. */
    public static String deadLetter(String topic) {
        return topic + ".dlt";
    }
}
