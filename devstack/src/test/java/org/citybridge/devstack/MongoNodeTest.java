package org.citybridge.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;

class MongoNodeTest {

    @TempDir
    Path dataDir;

    @Test
    void inMemoryServerSupportsCrudAndUniqueIndexes() {
        try (MongoNode mongo = MongoNode.inMemory(0)) {
            mongo.start();
            assertThat(mongo.uri()).isEqualTo("mongodb://localhost:" + mongo.port());
            try (MongoClient client = MongoClients.create(mongo.uri())) {
                MongoCollection<Document> organisations = client.getDatabase("citybridge").getCollection("organisations");
                organisations.createIndex(Indexes.ascending("slug"), new IndexOptions().unique(true));
                organisations.insertOne(new Document("slug", "utrecht").append("name", "Gemeente Utrecht"));

                assertThat(organisations.find(Filters.eq("slug", "utrecht")).first())
                    .containsEntry("name", "Gemeente Utrecht");

                assertThatThrownBy(() -> organisations.insertOne(new Document("slug", "utrecht")))
                    .isInstanceOfSatisfying(MongoWriteException.class, e -> {
                        assertThat(e.getCode()).isEqualTo(11000);
                        assertThat(e.getError().getCategory()).isEqualTo(ErrorCategory.DUPLICATE_KEY);
                    });
                assertThat(organisations.countDocuments()).isEqualTo(1);
            }
        }
    }

    @Test
    void onDiskServerKeepsDocumentsAndIndexesAcrossRestarts() {
        MongoNode mongo = MongoNode.onDisk(dataDir, 0);
        int port = mongo.port();
        try {
            mongo.start();
            try (MongoClient client = MongoClients.create(mongo.uri())) {
                MongoCollection<Document> actions = client.getDatabase("citybridge").getCollection("actions");
                actions.createIndex(Indexes.ascending("code"), new IndexOptions().unique(true));
                actions.insertMany(List.of(new Document("code", "A-1"), new Document("code", "A-2")));
                actions.updateOne(Filters.eq("code", "A-2"), Updates.set("status", "done"));
                actions.deleteOne(Filters.eq("code", "A-1"));
            }

            mongo.stop();
            assertThat(mongo.isRunning()).isFalse();
            mongo.start();
            assertThat(mongo.port()).isEqualTo(port);

            try (MongoClient client = MongoClients.create(mongo.uri())) {
                MongoCollection<Document> actions = client.getDatabase("citybridge").getCollection("actions");
                assertThat(actions.find().into(new java.util.ArrayList<>()))
                    .singleElement()
                    .satisfies(doc -> assertThat(doc).containsEntry("code", "A-2").containsEntry("status", "done"));
                assertThatThrownBy(() -> actions.insertOne(new Document("code", "A-2")))
                    .isInstanceOfSatisfying(MongoWriteException.class, e -> assertThat(e.getCode()).isEqualTo(11000));
            }
        } finally {
            mongo.close();
        }
    }

    @Test
    void inMemoryDataIsGoneAfterRestartButThePortStays() {
        try (MongoNode mongo = MongoNode.inMemory(0)) {
            mongo.start();
            try (MongoClient client = MongoClients.create(mongo.uri())) {
                client.getDatabase("citybridge").getCollection("scratch").insertOne(new Document("x", 1));
            }
            mongo.stop();
            mongo.start();
            mongo.start();
            try (MongoClient client = MongoClients.create(mongo.uri())) {
                assertThat(client.getDatabase("citybridge").getCollection("scratch").countDocuments()).isZero();
            }
        }
    }
}
