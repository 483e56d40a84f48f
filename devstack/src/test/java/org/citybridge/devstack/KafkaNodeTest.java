package org.citybridge.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KafkaNodeTest {

    private static final String TOPIC = "organisation-events";

    @TempDir
    Path dataDir;

    @Test
    void messagesAndTopicsSurviveARestartOnTheSamePorts() throws Exception {
        try (KafkaNode kafka = new KafkaNode(dataDir, 0, 0)) {
            int port = kafka.port();
            kafka.start();
            assertThat(kafka.isRunning()).isTrue();
            assertThat(kafka.bootstrapServers()).isEqualTo("localhost:" + port);

            // The topic is auto-created by the first send, which also checks the broker's topic defaults.
            try (KafkaProducer<String, String> producer = producer(kafka)) {
                producer.send(new ProducerRecord<>(TOPIC, "org-1", "created")).get(30, TimeUnit.SECONDS);
            }
            assertThat(consumeAll(kafka, "before-restart", 1)).containsExactly("org-1=created");
            assertThat(partitionCount(kafka)).isEqualTo(3);

            kafka.stop();
            assertThat(kafka.isRunning()).isFalse();
            kafka.start();
            assertThat(kafka.port()).isEqualTo(port);

            assertThat(topics(kafka)).contains(TOPIC);
            assertThat(consumeAll(kafka, "after-restart", 1)).containsExactly("org-1=created");
        }
    }

    @Test
    void startIsIdempotentAndCloseStops() {
        KafkaNode kafka = new KafkaNode(dataDir, 0, 0);
        try {
            kafka.start();
            kafka.start();
            assertThat(kafka.isRunning()).isTrue();
        } finally {
            kafka.close();
        }
        assertThat(kafka.isRunning()).isFalse();
        kafka.stop();
    }

    private static KafkaProducer<String, String> producer(KafkaNode kafka) {
        return new KafkaProducer<>(Map.of(
            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
            ProducerConfig.ACKS_CONFIG, "all"),
            new StringSerializer(), new StringSerializer());
    }

    private static List<String> consumeAll(KafkaNode kafka, String group, int expected) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        props.put(ConsumerConfig.GROUP_ID_CONFIG, group + "-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<String> received = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer =
                 new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(TOPIC));
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    received.add(record.key() + "=" + record.value());
                }
                return received.size() >= expected;
            });
        }
        return received;
    }

    private static int partitionCount(KafkaNode kafka) throws Exception {
        try (Admin admin = admin(kafka)) {
            TopicDescription description = admin.describeTopics(List.of(TOPIC)).allTopicNames()
                .get(30, TimeUnit.SECONDS).get(TOPIC);
            return description.partitions().size();
        }
    }

    private static java.util.Set<String> topics(KafkaNode kafka) throws Exception {
        try (Admin admin = admin(kafka)) {
            return admin.listTopics().names().get(30, TimeUnit.SECONDS);
        }
    }

    private static Admin admin(KafkaNode kafka) {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()));
    }
}
