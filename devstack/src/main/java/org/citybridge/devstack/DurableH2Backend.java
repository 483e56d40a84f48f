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
 * command waits, before its reply, for a commit plus fsync that covers it. Reads wait too when something unwritten
 * is visible (they may have seen it), so commands need not be classified as read or write (a list that would
 * silently go stale when mongo-java-server adds commands); a read with nothing unwritten returns at once.
 * <p>
 * Commit and fsync are both done per group ({@link GroupCommit}, as MongoDB's journal does): one MVStore chunk and
 * one fsync cover every command that finished before the group's commit began. With a commit per command (only the
 * fsync shared) 64 writers got about 1,200 inserts a second: the commits ran one at a time, and each rewrote (Java
 * serialisation of every document on the page) the same leaf page that the next insert changed again.
 * <p>
 * Without the background writer nobody reclaims the chunks written, so this class also does the housekeeping: dead
 * chunks are reused after a short retention time and partly-dead chunks are rewritten regularly, both by the
 * group's leader between its commit and its fsync.
 */
final class DurableH2Backend extends SnapshotH2Backend {

    private static final int COMPACTION_INTERVAL_COMMITS = 32;
    private static final int COMPACTION_TARGET_FILL_RATE = 50;
    private static final int COMPACTION_WRITE_BYTES = 256 * 1024;

    /**
     * How long a dead chunk stays readable. Not 0: a reader that took a map's root just before a commit or a
     * compaction still reads that version's pages, and with 0 their chunk could already be gone ("Chunk 34674 not
     * found", a 500 under a registration rush). Not H2's default 45 s either: with one chunk per commit the file
     * would grow by hundreds of MB per minute of writing.
     */
    private static final int RETENTION_MILLIS = 2_000;

    private final MVStore store;

    private final GroupCommit groupCommit;

    /** Held while the store is written or closed: a close must not cut a group's commit or compaction short. */
    private final Object storeLock = new Object();

    /** Guarded by {@link #storeLock}. */
    private int commitsSinceCompaction;

    private DurableH2Backend(MVStore store) {
        super(store);
        this.store = store;
        this.groupCommit = new GroupCommit(new StoreLog());
    }

    static DurableH2Backend open(String fileName) {
        MVStore store = new MVStore.Builder()
            .fileName(fileName)
            // The background writer commits asynchronously: a commit racing with it can find nothing left to do
            // while the data is still queued for writing, and would then acknowledge too early.
            .autoCommitDisabled()
            .open();
        try {
            store.setRetentionTime(RETENTION_MILLIS);
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
            groupCommit.awaitDurable();
        }
    }

    /** Writes done for commands, each one commit and one fsync; for tests. */
    long groupsWritten() {
        return groupCommit.groups();
    }

    @Override
    public void close() {
        synchronized (storeLock) {
            // H2Backend.close() closes the store without compaction. Compaction on close is deliberately not used:
            // with JVM assertions enabled (as in every test run) H2 2.4's chunk move trips its own assertion.
            super.close();
        }
    }

    private final class StoreLog implements GroupCommit.Log {

        @Override
        public boolean hasUnwrittenChanges() {
            return store.hasUnsavedChanges();
        }

        @Override
        public void writeAndSync() {
            synchronized (storeLock) {
                // Closed: close() committed and wrote everything there was; the answer no longer reaches anyone.
                if (store.isClosed()) {
                    return;
                }
                if (store.hasUnsavedChanges()) {
                    store.commit();
                    compactNowAndThen();
                }
                // Also when this group found nothing to commit: an earlier group's commit may not be synced yet
                // (its fsync failed), and what its callers saw must be on disk before anyone answers.
                store.sync();
            }
        }

        private void compactNowAndThen() {
            if (++commitsSinceCompaction >= COMPACTION_INTERVAL_COMMITS) {
                commitsSinceCompaction = 0;
                if (store.compact(COMPACTION_TARGET_FILL_RATE, COMPACTION_WRITE_BYTES) && store.hasUnsavedChanges()) {
                    store.commit();
                }
            }
        }
    }
}
