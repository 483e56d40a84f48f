package org.citybridge.platform.inbox;

import java.net.ConnectException;
import java.util.List;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;

import com.mongodb.MongoNodeIsRecoveringException;
import com.mongodb.MongoNotPrimaryException;
import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;

/**
 * The failures a consumer waits out: the database or another service is briefly away, or a concurrent
 * change won. Everything else (a bug in a handler, a payload that breaks the contract) will fail the
 * same way on every retry, so the record goes to the dead-letter topic at once, to be replayed after
 * the fix ({@code ./citybridge dlt replay}).
 */
public final class TransientFailures {

    public static final List<Class<? extends Throwable>> TYPES = List.of(
            TransientDataAccessException.class, RecoverableDataAccessException.class,
            DataAccessResourceFailureException.class, OptimisticLockingFailureException.class,
            MongoSocketException.class, MongoTimeoutException.class, MongoNotPrimaryException.class,
            MongoNodeIsRecoveringException.class, ConnectException.class, CallNotPermittedException.class,
            org.apache.kafka.common.errors.RetriableException.class,
            org.citybridge.platform.web.DependencyUnavailableException.class);

    private TransientFailures() {
    }
}
