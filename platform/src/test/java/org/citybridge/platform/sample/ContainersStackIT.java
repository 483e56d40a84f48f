package org.citybridge.platform.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Properties;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.citybridge.platform.test.RequiresDocker;
import org.junit.jupiter.api.Test;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;

/**
 * The MongoDB and Kafka features the platform relies on (unique indexes for the inbox, $pull on the
 * embedded outbox, acks=all idempotent producing) checked on the real products. Runs where Docker
 * exists; the whole suite can also run on containers with -Dcitybridge.test.stack=containers.
 */
@RequiresDocker
class ContainersStackIT {

    @Test
    void realMongoAndKafkaBehaveAsThePlatformAssumes() throws Exception {
        try (MongoDBContainer mongo = new MongoDBContainer("mongo:7");
                KafkaContainer kafka = new KafkaContainer("apache/kafka:4.1.2")) {
            mongo.start();
            kafka.start();

            try (var client = MongoClients.create(mongo.getConnectionString())) {
                var collection = client.getDatabase("platform-check").getCollection("processed_events");
                collection.createIndex(Indexes.ascending("key"), new IndexOptions().unique(true));
                collection.insertOne(new Document("key", "c:1"));
                assertThatThrownBy(() -> collection.insertOne(new Document("key", "c:1")))
                        .isInstanceOf(MongoWriteException.class).hasMessageContaining("E11000");

                var aggregates = client.getDatabase("platform-check").getCollection("widgets");
                aggregates.insertOne(new Document("_id", "w1").append("outbox",
                        List.of(new Document("_id", "e1"), new Document("_id", "e2"))));
                aggregates.updateOne(new Document("_id", "w1"),
                        new Document("$pull", new Document("outbox", new Document("_id", "e1"))));
                assertThat(aggregates.find(new Document("outbox.0", new Document("$exists", true))).first()
                        .getList("outbox", Document.class)).extracting(event -> event.getString("_id"))
                        .containsExactly("e2");
            }

            Properties producerConfig = new Properties();
            producerConfig.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.getBootstrapServers());
            producerConfig.put(ProducerConfig.ACKS_CONFIG, "all");
            producerConfig.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
            try (var producer = new KafkaProducer<>(producerConfig, new StringSerializer(), new StringSerializer())) {
                producer.send(new ProducerRecord<>("citybridge.check", "w1", "{}")).get();
            }
            Properties consumerConfig = new Properties();
            consumerConfig.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.getBootstrapServers());
            consumerConfig.put(ConsumerConfig.GROUP_ID_CONFIG, "check");
            consumerConfig.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
            try (var consumer = new KafkaConsumer<>(consumerConfig, new StringDeserializer(), new StringDeserializer())) {
                consumer.subscribe(List.of("citybridge.check"));
                List<ConsumerRecord<String, String>> records = new java.util.ArrayList<>();
                long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
                while (records.isEmpty() && System.nanoTime() < deadline) {
                    consumer.poll(Duration.ofMillis(500)).forEach(records::add);
                }
                assertThat(records).extracting(ConsumerRecord::key).containsExactly("w1");
            }
        }
    }
}
