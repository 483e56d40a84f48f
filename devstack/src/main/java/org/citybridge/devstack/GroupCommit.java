package org.citybridge.devstack;

import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Makes changes durable in groups, as a database journal does: every caller that has finished its changes takes a
 * ticket, one of them (the leader) writes and fsyncs once for every ticket handed out before it started, and all of
 * those callers return together. A caller arriving while a leader is writing waits for the next group, which one of
 * the waiting callers leads.
 * <p>
 * Why a returning caller's changes are on disk: a caller takes its ticket after its changes are in the store. The
 * leader reads the highest ticket handed out <em>before</em> it calls {@link Log#writeAndSync()}, and that write
 * includes every change made before it began, so when it returns every ticket up to the one it read is covered by a
 * completed fsync; only then is {@link #durable} raised and are those callers released. A write that fails raises
 * nothing: its callers retry as the next group, each getting either durability or the exception.
 */
final class GroupCommit {

    /** What is made durable: the store, seen as an append-only log of changes. */
    interface Log {

        /** Whether some change is not written yet. Called with the group commit's lock held; must be cheap. */
        boolean hasUnwrittenChanges();

        /** Writes every change made before the call (later ones may be included too) and forces it to disk. */
        void writeAndSync();
    }

    private final Log log;

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition groupDone = lock.newCondition();

    /** The last ticket handed out. Guarded by {@link #lock}. */
    private long issued;

    /** Every ticket up to this one is on disk. Guarded by {@link #lock}. */
    private long durable;

    /** Whether a leader is writing now. Guarded by {@link #lock}. */
    private boolean writing;

    /** Successful writes (each one fsync) so far. Guarded by {@link #lock}. */
    private long groups;

    GroupCommit(Log log) {
        this.log = log;
    }

    /**
     * Returns once every change the caller made or could have seen before the call is on disk: a reader that saw a
     * concurrent writer's change must not answer before that change is durable either.
     */
    void awaitDurable() {
        lock.lock();
        try {
            // No leader writing, every ticket durable and nothing unwritten: all that anyone could have seen is on
            // disk already (a failed write leaves its ticket above `durable`, so this never skips past a failure).
            if (!writing && durable == issued && !log.hasUnwrittenChanges()) {
                return;
            }
            long ticket = ++issued;
            while (durable < ticket) {
                if (writing) {
                    groupDone.awaitUninterruptibly();
                } else {
                    lead();
                }
            }
        } finally {
            lock.unlock();
        }
    }

    /** Called with the lock held; releases it while writing, so that the next group can gather meanwhile. */
    private void lead() {
        writing = true;
        long covered = issued;
        boolean written = false;
        lock.unlock();
        try {
            log.writeAndSync();
            written = true;
        } finally {
            lock.lock();
            writing = false;
            if (written) {
                durable = covered;
                groups++;
            }
            groupDone.signalAll();
        }
    }

    long ticketsIssued() {
        lock.lock();
        try {
            return issued;
        } finally {
            lock.unlock();
        }
    }

    long groups() {
        lock.lock();
        try {
            return groups;
        } finally {
            lock.unlock();
        }
    }
}
