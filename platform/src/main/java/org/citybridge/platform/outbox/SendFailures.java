package org.citybridge.platform.outbox;

import java.util.concurrent.TimeoutException;

import org.apache.kafka.common.errors.RecordBatchTooLargeException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.errors.SerializationException;

/**
 * Tells a failed send that will never succeed, whatever the broker does (the record itself is wrong),
 * from one that may succeed later. Only the first kind is parked; anything else, known to be
 * transient or not known at all, ends the relay's run as a broker outage would, so that a
 * misconfiguration never parks every event of the service.
 */
final class SendFailures {

    private SendFailures() {
    }

    static boolean isPermanent(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof RetriableException || cause instanceof TimeoutException) {
                return false;
            }
            if (cause instanceof RecordTooLargeException || cause instanceof RecordBatchTooLargeException
                    || cause instanceof SerializationException
                    || cause instanceof UnreadableOutboxEvent) {
                return true;
            }
        }
        return false;
    }

    /** An outbox entry the relay cannot even turn into a record: written by an older or broken version. */
    static final class UnreadableOutboxEvent extends RuntimeException {

        UnreadableOutboxEvent(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
