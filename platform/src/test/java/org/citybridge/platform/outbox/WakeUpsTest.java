package org.citybridge.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import org.junit.jupiter.api.Test;

/** The hand-off between the saving threads and the relay's thread. */
class WakeUpsTest {

    private static final Duration AN_HOUR = Duration.ofHours(1);

    private final WakeUps wakeUps = new WakeUps();

    @Test
    void aWaitingRelayIsWokenByTheSignalNotByItsTimeout() throws Exception {
        CountDownLatch waiting = new CountDownLatch(1);
        CompletableFuture<Boolean> woken = CompletableFuture.supplyAsync(() -> {
            waiting.countDown();
            try {
                return wakeUps.await(AN_HOUR);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        });
        waiting.await();

        wakeUps.signal();

        await().until(woken::isDone);
        assertThat(woken.get()).isTrue();
    }

    @Test
    void aSignalBeforeTheWaitIsKeptForIt() throws Exception {
        wakeUps.signal();

        assertThat(wakeUps.await(AN_HOUR)).isTrue();
    }

    @Test
    void signalsWhileOneIsPendingMakeOneRun() throws Exception {
        wakeUps.signal();
        wakeUps.signal();
        wakeUps.signal();

        assertThat(wakeUps.await(Duration.ZERO)).isTrue();
        assertThat(wakeUps.await(Duration.ZERO)).as("the others were part of the first").isFalse();
    }

    @Test
    void withoutASignalTheWaitEndsAtItsTimeoutAndSaysSo() throws Exception {
        assertThat(wakeUps.await(Duration.ofMillis(1))).isFalse();
    }
}
