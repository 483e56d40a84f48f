package org.citybridge.platform.deadletter;

/**
 * A record one of this service's consumers gave up on, as it lies in the dead-letter topic.
 *
 * @param eventId   the envelope's id, or null when the record was no envelope at all
 * @param failure   the exception's class and message when it was given up
 * @param replayed  whether it was replayed since (and handled: a failing replay is not marked)
 */
public record DeadLetter(String deadLetterTopic, int partition, long offset, String originalTopic, String consumerGroup,
        String key, String eventId, String type, String failure, boolean replayed) {

    String position() {
        return deadLetterTopic + ":" + partition + ":" + offset;
    }
}
