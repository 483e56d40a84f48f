package org.citybridge.platform.health;

import org.springframework.dao.DataAccessResourceFailureException;

import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;

/**
 * Tells a failure caused by MongoDB being away (down, restarting, unreachable) from any other: the
 * former is worth a retry in a few seconds (503 with Retry-After), the latter is not.
 */
public final class MongoOutage {

    /** Seconds a client is asked to wait before trying again. */
    public static final String RETRY_AFTER_SECONDS = "5";
    public static final String DETAIL = "The database is unavailable, so nothing was read or changed; try again shortly.";

    private MongoOutage() {
    }

    /** True when MongoDB's absence is the exception or any of its causes (Spring wraps the driver's). */
    public static boolean causedBy(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof DataAccessResourceFailureException || cause instanceof MongoSocketException
                    || cause instanceof MongoTimeoutException) {
                return true;
            }
            if (cause.getCause() == cause) {
                return false;
            }
        }
        return false;
    }
}
