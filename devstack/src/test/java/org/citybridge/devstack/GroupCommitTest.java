package org.citybridge.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The group commit against a log whose writes and fsyncs a test can hold and observe: a caller is released only
 * after an fsync that began after its change, never by one already running, and many callers share one.
 */
class GroupCommitTest {

    private final ExecutorService callers = Executors.newCachedThreadPool();

    @AfterEach
    void stopCallers() {
        callers.shutdownNow();
    }

    @Test
    void aCallerReturnsOnlyAfterTheFsyncThatCoversItsChange() {
        ObservableLog log = new ObservableLog(true);
        GroupCommit groupCommit = new GroupCommit(log);

        Future<?> caller = change(log, groupCommit);
        await().until(() -> log.writesStarted.get() == 1);
        assertThat(caller).isNotDone();

        log.completeOneWrite();
        await().until(caller::isDone);
        assertThat(log.syncedUpTo.get()).isEqualTo(1);
    }

    @Test
    void aCallerArrivingDuringAWriteWaitsForTheNextOneWhichCoversEveryoneWaiting() {
        ObservableLog log = new ObservableLog(true);
        GroupCommit groupCommit = new GroupCommit(log);
        Future<?> first = change(log, groupCommit);
        await().until(() -> log.writesStarted.get() == 1);

        List<Future<?>> late = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            late.add(change(log, groupCommit));
        }
        await().until(() -> groupCommit.ticketsIssued() == 11);
        log.completeOneWrite();
        await().until(first::isDone);
        // The write that was running when they arrived did not cover their changes.
        await().until(() -> log.writesStarted.get() == 2);
        assertThat(late).noneMatch(Future::isDone);

        log.completeOneWrite();
        await().until(() -> late.stream().allMatch(Future::isDone));
        assertThat(log.writesStarted.get()).isEqualTo(2);
        assertThat(groupCommit.groups()).isEqualTo(2);
        assertThat(log.syncedUpTo.get()).isEqualTo(11);
    }

    @Test
    void withNothingUnwrittenACallerReturnsWithoutWriting() {
        ObservableLog log = new ObservableLog(false);
        GroupCommit groupCommit = new GroupCommit(log);

        groupCommit.awaitDurable();

        assertThat(log.writesStarted.get()).isZero();
    }

    @Test
    void aFailedWriteReleasesNobodyAndTheNextGroupRetries() {
        ObservableLog log = new ObservableLog(true);
        GroupCommit groupCommit = new GroupCommit(log);
        log.failNextWrite.set(true);
        Future<?> leader = change(log, groupCommit);
        await().until(() -> log.writesStarted.get() == 1);
        Future<?> follower = change(log, groupCommit);
        await().until(() -> groupCommit.ticketsIssued() == 2);

        log.completeOneWrite();
        await().until(leader::isDone);
        assertThatThrownBy(leader::get).hasRootCauseMessage("disk full");
        await().until(() -> log.writesStarted.get() == 2);
        assertThat(follower).isNotDone();

        log.completeOneWrite();
        await().until(follower::isDone);
        assertThat(log.syncedUpTo.get()).isEqualTo(2);
        assertThat(groupCommit.groups()).isEqualTo(1);
    }

    @Test
    void underConcurrentCallersEveryReturnedChangeIsSynced() throws Exception {
        ObservableLog log = new ObservableLog(false);
        GroupCommit groupCommit = new GroupCommit(log);
        AtomicInteger violations = new AtomicInteger();
        List<Future<?>> writers = new ArrayList<>();
        for (int writer = 0; writer < 16; writer++) {
            writers.add(callers.submit(() -> {
                for (int i = 0; i < 300; i++) {
                    long mine = log.changesMade.incrementAndGet();
                    groupCommit.awaitDurable();
                    if (log.syncedUpTo.get() < mine) {
                        violations.incrementAndGet();
                    }
                }
            }));
        }
        for (Future<?> writer : writers) {
            writer.get(60, TimeUnit.SECONDS);
        }

        assertThat(violations.get()).isZero();
        assertThat(log.syncedUpTo.get()).isEqualTo(16 * 300);
        assertThat(groupCommit.groups()).isLessThanOrEqualTo(16 * 300);
    }

    private Future<?> change(ObservableLog log, GroupCommit groupCommit) {
        return CompletableFuture.runAsync(() -> {
            log.changesMade.incrementAndGet();
            groupCommit.awaitDurable();
        }, callers);
    }

    /**
     * Counts changes as they are made; a write captures the count when it starts (what it writes) and, once it
     * completes, records it as synced. When {@code held}, each write waits for the test to complete it.
     */
    private static final class ObservableLog implements GroupCommit.Log {

        final AtomicLong changesMade = new AtomicLong();
        final AtomicLong syncedUpTo = new AtomicLong();
        final AtomicInteger writesStarted = new AtomicInteger();
        final AtomicBoolean failNextWrite = new AtomicBoolean();

        private final boolean held;
        private final Semaphore completions = new Semaphore(0);

        ObservableLog(boolean held) {
            this.held = held;
        }

        void completeOneWrite() {
            completions.release();
        }

        @Override
        public boolean hasUnwrittenChanges() {
            return changesMade.get() > syncedUpTo.get();
        }

        @Override
        public void writeAndSync() {
            long written = changesMade.get();
            writesStarted.incrementAndGet();
            if (held) {
                try {
                    if (!completions.tryAcquire(Duration.ofSeconds(30).toMillis(), TimeUnit.MILLISECONDS)) {
                        throw new IllegalStateException("the test never completed this write");
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
            if (failNextWrite.getAndSet(false)) {
                throw new IllegalStateException("disk full");
            }
            syncedUpTo.accumulateAndGet(written, Math::max);
        }
    }
}
