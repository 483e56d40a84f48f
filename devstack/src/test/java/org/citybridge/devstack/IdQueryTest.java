package org.citybridge.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.bson.Document;
import org.bson.conversions.Bson;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;

import de.bwaldvogel.mongo.MongoServer;

/**
 * A query that names one {@code _id} beside other conditions (an optimistic save: {@code {_id, version}}) is answered
 * from the {@code _id} index, and so is a top-level {@code $and} with one; their answers must be those of a scan.
 */
class IdQueryTest {

    @Test
    void queriesByIdAndMoreAnswerAsAScanDoes() {
        MongoServer server = new MongoServer(new SnapshotH2Backend(MVStore.open(null)));
        InetSocketAddress address = server.bind();
        try (MongoClient client = MongoClients.create("mongodb://localhost:" + address.getPort())) {
            MongoCollection<Document> collection = client.getDatabase("ids").getCollection("aggregates");
            Random random = new Random(7);
            for (int i = 0; i < 200; i++) {
                collection.insertOne(new Document("_id", "id-" + i).append("version", random.nextInt(3))
                    .append("a", random.nextBoolean() ? "x" : "y"));
            }
            for (int step = 0; step < 2_000; step++) {
                String id = "id-" + random.nextInt(220);
                int version = random.nextInt(3);
                // Written out as Spring Data writes a criteria chain: one document with _id beside the rest (the
                // driver's Filters.and would send a top-level $and, which the store answers from the index as well).
                Document asWritten = switch (random.nextInt(3)) {
                    case 0 -> new Document("_id", id).append("version", version);
                    case 1 -> new Document("_id", id).append("a", new Document("$in", List.of("x", "z")));
                    default -> new Document("_id", id).append("$or", List.of(new Document("a", "y"),
                        new Document("version", new Document("$gt", version))));
                };
                // A one-part $or means the same and is never answered from an index.
                Document byScan = new Document("$or", List.of(asWritten));
                Document byAnd = new Document("$and", List.of(new Document("_id", id), asWritten));
                List<Document> scanned = collection.find(byScan).into(new ArrayList<>());
                assertThat(collection.find(asWritten).into(new ArrayList<>())).as("%s", asWritten).isEqualTo(scanned);
                assertThat(collection.find(byAnd).into(new ArrayList<>())).as("%s", byAnd).isEqualTo(scanned);
                if (random.nextInt(4) == 0) {
                    collection.updateOne(new Document("_id", id).append("version", version),
                        Updates.inc("version", 1));
                }
            }
        } finally {
            server.shutdownNow();
        }
    }

    @Test
    void anOptimisticSaveChangesOnlyTheVersionItNames() {
        MongoServer server = new MongoServer(new SnapshotH2Backend(MVStore.open(null)));
        InetSocketAddress address = server.bind();
        try (MongoClient client = MongoClients.create("mongodb://localhost:" + address.getPort())) {
            MongoCollection<Document> collection = client.getDatabase("ids").getCollection("saves");
            collection.insertOne(new Document("_id", "a").append("version", 1));
            collection.insertOne(new Document("_id", "b").append("version", 1));

            Bson stale = new Document("_id", "a").append("version", 0);
            Bson current = new Document("_id", "a").append("version", 1);
            assertThat(collection.updateOne(stale, Updates.set("version", 2)).getModifiedCount()).isZero();
            assertThat(collection.updateOne(current, Updates.set("version", 2)).getModifiedCount()).isOne();
            assertThat(collection.find(Filters.eq("_id", "b")).first()).containsEntry("version", 1);
            assertThat(collection.deleteOne(new Document("_id", "missing").append("version", 1))
                .getDeletedCount()).isZero();
        } finally {
            server.shutdownNow();
        }
    }
}
