package org.citybridge.platform.event;

/** One topic per producing service; dead letters go to {@code <topic>.dlt}. */
public final class Topics {

    public static final String ORGANISATIONS = "citybridge.organisations";
    public static final String ACTIONS = "citybridge.actions";
    public static final String KNOWLEDGE = "citybridge.knowledge";
    public static final String EVENTS = "citybridge.events";

    public static final String REQUEST_ID_HEADER = "X-Request-Id";
    public static final String EVENT_TYPE_HEADER = "event-type";

    private Topics() {
    }

    public static String deadLetter(String topic) {
        return topic + ".dlt";
    }
}
