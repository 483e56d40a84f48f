package org.citybridge.devstack;

import org.h2.mvstore.MVStore;

import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;

/**
 * H2 backend (answering with snapshots, see {@link SnapshotH2Backend}) that makes every change durable before the
 * reply leaves the server.
 * <p>
 * The stock backend leaves committing to MVStore's background writer (about once a second), so a {@code kill -9}
 * loses writes the client was already told had succeeded. Here the store is opened without auto-commit and every
 * command is followed by a commit plus fsync. Reads leave the store unchanged, which makes their commit a cheap
 * no-op, so commands need not be classified as read or write (a list that would silently go stale when
 * mongo-java-server adds commands).
 * <p>
 * Committing once per command writes one MVStore chunk per write, and without the background writer nobody
 * reclaims them. Left alone that makes the file grow by tens of KB per insert, so this class also does the
 * housekeeping: dead chunks are reused immediately (retention time 0) and partly-dead chunks are rewritten
 * regularly. In a measurement with 6000 inserts the file stayed at about twice the size the stock backend needs.
 */
final class DurableH2Backend extends SnapshotH2Backend {

    private static final int COMPACTION_INTERVAL_COMMITS = 32;
    private static final int COMPACTION_TARGET_FILL_RATE = 50;
    private static final int COMPACTION_WRITE_BYTES = 256 * 1024;

    private final MVStore store;

    /**
     * Serialises commit+sync so that a command whose changes were committed by a concurrent thread's commit cannot
     * reply before that other thread's fsync has finished. Also guards {@link #commitsSinceCompaction}.
     */
    private final Object durabilityLock = new Object();

    private int commitsSinceCompaction;

    private DurableH2Backend(MVStore store) {
        super(store);
        this.store = store;
    }

    static DurableH2Backend open(String fileName) {
        MVStore store = new MVStore.Builder()
            .fileName(fileName)
            // The background writer commits asynchronously: a commit racing with it can find nothing left to do
            // while the data is still queued for writing, and would then acknowledge too early.
            .autoCommitDisabled()
            .open();
        try {
            // The default 45 s retention exists to survive unsynced write reordering; every commit here is
            // fsynced before the next one starts, and with one chunk per write the retained chunks would make
            // the file grow by hundreds of MB per minute of writing.
            store.setRetentionTime(0);
            return new DurableH2Backend(store);
        } catch (RuntimeException e) {
            store.closeImmediately();
            throw e;
        }
    }

    @Override
    public Document handleCommand(Channel channel, String database, String command, Document query) {
        try {
            return super.handleCommand(channel, database, command, query);
        } finally {
            // Also after a failed command: e.g. an ordered insertMany stopped by a duplicate key has already
            // written the documents before it, and the error reply reports them as inserted.
            makeDurable();
        }
    }

    private void makeDurable() {
        synchronized (durabilityLock) {
            if (store.isClosed() || !commitAndSync()) {
                return;
            }
            if (++commitsSinceCompaction >= COMPACTION_INTERVAL_COMMITS) {
                commitsSinceCompaction = 0;
                if (store.compact(COMPACTION_TARGET_FILL_RATE, COMPACTION_WRITE_BYTES)) {
                    commitAndSync();
                }
            }
        }
    }

    /** Returns false when there was nothing to commit. */
    private boolean commitAndSync() {
        if (store.commit() < 0) {
            return false;
        }
        store.sync();
        return true;
    }

    @Override
    public void close() {
        synchronized (durabilityLock) {
            // H2Backend.close() closes the store without compaction. Compaction on close is deliberately not
            // used: with JVM assertions enabled (as in every test run) H2 2.4's chunk move trips its own assertion.
            super.close();
        }
    }
}
