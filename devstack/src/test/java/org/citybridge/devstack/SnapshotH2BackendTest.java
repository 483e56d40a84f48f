package org.citybridge.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.ArrayFilters;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.oplog.NoopOplog;

class SnapshotH2BackendTest {

    @Test
    void whatAQueryAnsweredIsNotChangedByALaterUpdate() {
        H2Backend backend = new SnapshotH2Backend(MVStore.open(null));
        try {
            MongoCollection<?> seats = collection(backend);
            seats.insertDocuments(List.of(new Document("_id", "congress-1").append("free", 1).append("version", 7)));

            Document answered = seats.handleQuery(new Document("_id", "congress-1")).iterator().next();
            seats.updateDocuments(new Document("_id", "congress-1").append("version", 7),
                    new Document("$set", new Document("free", 0).append("version", 8)), ArrayFilters.empty(), false,
                    false, NoopOplog.get());

            // The stock backend hands out the stored object and updates it in place: this reader, encoding or
            // deciding on its answer outside the lock, would see version 8 (or half of the change).
            assertThat(answered.get("version")).isEqualTo(7);
            assertThat(answered.get("free")).isEqualTo(1);
            Document now = seats.handleQuery(new Document("_id", "congress-1")).iterator().next();
            assertThat(now.get("version")).isEqualTo(8);
            assertThat(now.get("free")).isEqualTo(0);
        } finally {
            backend.close();
        }
    }

    @Test
    void theStockBackendDoesChangeWhatItAnswered() {
        // Why this class exists; should a later mongo-java-server answer with copies, it can go.
        H2Backend backend = new H2Backend(MVStore.open(null));
        try {
            MongoCollection<?> seats = collection(backend);
            seats.insertDocuments(List.of(new Document("_id", "congress-1").append("version", 7)));
            Document answered = seats.handleQuery(new Document("_id", "congress-1")).iterator().next();
            seats.updateDocuments(new Document("_id", "congress-1"), new Document("$set", new Document("version", 8)),
                    ArrayFilters.empty(), false, false, NoopOplog.get());
            assertThat(answered.get("version")).isEqualTo(8);
        } finally {
            backend.close();
        }
    }

    @Test
    void readsTheDataFilesOfTheStockBackend(@TempDir Path dir) {
        String file = dir.resolve("mongo.mv.db").toString();
        H2Backend stock = new H2Backend(file);
        collection(stock).insertDocuments(List.of(new Document("_id", "kept").append("city", "almelo")));
        stock.close();
        H2Backend snapshots = new SnapshotH2Backend(new MVStore.Builder().fileName(file).open());
        try {
            Document read = collection(snapshots).handleQuery(new Document("_id", "kept")).iterator().next();
            assertThat(read.get("city")).isEqualTo("almelo");
        } finally {
            snapshots.close();
        }
    }

    private static MongoCollection<?> collection(MongoBackend backend) {
        MongoDatabase database = backend.resolveDatabase("citybridge-test");
        MongoCollection<?> existing = database.resolveCollection("seats", false);
        return existing != null ? existing : database.createCollectionOrThrowIfExists("seats");
    }
}
