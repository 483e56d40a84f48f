package org.citybridge.platform.store;

import java.util.function.Supplier;

import org.citybridge.platform.domain.ConflictException;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * For changes that need no If-Match because they overwrite nothing the caller read (a note added, a
 * milestone moved on): a concurrent save of the same aggregate makes the change run again on the fresh
 * state, and only a third lost race is the caller's problem (409).
 */
public final class ConcurrentSaves {

    private static final int ATTEMPTS = 3;

    private ConcurrentSaves() {
    }

    /** @param loadChangeSave loads the aggregate afresh, changes it and saves it; run again after a lost race */
    public static <T> T retried(String what, Supplier<T> loadChangeSave) {
        for (int attempt = 1; ; attempt++) {
            try {
                return loadChangeSave.get();
            } catch (OptimisticLockingFailureException e) {
                if (attempt == ATTEMPTS) {
                    throw new ConflictException("The " + what + " keeps changing; try again.");
                }
            }
        }
    }
}
