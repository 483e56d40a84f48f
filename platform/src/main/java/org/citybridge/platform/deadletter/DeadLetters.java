package org.citybridge.platform.deadletter;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.citybridge.platform.domain.NotFoundException;
import org.citybridge.platform.event.EventHeaders;
import org.citybridge.platform.event.EventJson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.listener.AcknowledgingConsumerAwareMessageListener;
import org.springframework.kafka.listener.MessageListener;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.kafka.support.KafkaHeaders;

/**
 * The dead letters of this service's consumers, and their replay. A dead-letter topic
 * ({@code <topic>.dlt}) is shared by every consumer of the topic; the header Spring Kafka adds
 * ({@code kafka_dlt-original-consumer-group}) tells whose a record is, so a service sees and replays
 * only its own. A replay hands the record to the same listener, on this instance, through its
 * idempotent inbox: an event already handled is skipped, a fixed handler applies it once. Replayed
 * records are remembered ({@value #REPLAYED}), so "replay all" does not run them twice.
 */
public class DeadLetters {

    static final String REPLAYED = "dead_letters_replayed";
    private static final Logger log = LoggerFactory.getLogger(DeadLetters.class);

    @org.springframework.data.mongodb.core.mapping.Document(REPLAYED)
    record Replayed(@Id String id, String eventId, Instant replayedAt) {
    }

    /** @param failed the dead letters whose replay failed again: they stay, with the new failure */
    public record ReplayResult(int replayed, List<String> failed) {
    }

    private final KafkaListenerEndpointRegistry listeners;
    private final ConsumerFactory<String, String> consumers;
    private final MongoTemplate mongo;

    public DeadLetters(KafkaListenerEndpointRegistry listeners, ConsumerFactory<String, String> consumers,
            MongoTemplate mongo) {
        this.listeners = listeners;
        this.consumers = consumers;
        this.mongo = mongo;
    }

    /** Oldest first, at most {@code limit}. */
    public List<DeadLetter> list(int limit) {
        List<DeadLetter> letters = new ArrayList<>();
        List<ConsumerRecord<String, String>> records = records();
        Set<String> replayed = replayedAmong(records);
        for (ConsumerRecord<String, String> record : records) {
            letters.add(describe(record, replayed));
            if (letters.size() >= limit) {
                break;
            }
        }
        return letters;
    }

    /**
     * Replays every dead letter not replayed yet, or only those of one event (404 when this service has
     * no dead letter of it).
     */
    public ReplayResult replay(String eventId) {
        int replayed = 0;
        boolean found = false;
        List<String> failed = new ArrayList<>();
        List<ConsumerRecord<String, String>> records = records();
        Set<String> alreadyReplayed = replayedAmong(records);
        for (ConsumerRecord<String, String> record : records) {
            DeadLetter letter = describe(record, alreadyReplayed);
            if (eventId != null && !eventId.equals(letter.eventId())) {
                continue;
            }
            found = true;
            if (letter.replayed()) {
                continue;
            }
            MessageListenerContainer container = containerOf(letter.consumerGroup());
            try {
                deliver(container, original(record, letter));
                mongo.insert(new Replayed(letter.position(), letter.eventId(), Instant.now()));
                replayed++;
            } catch (RuntimeException e) {
                log.warn("Replay of dead letter {} ({}) failed again: {}", letter.position(), letter.eventId(),
                        e.getMessage());
                failed.add(letter.eventId() == null ? letter.position() : letter.eventId());
            }
        }
        if (eventId != null && !found) {
            throw new NotFoundException("No dead letter of event " + eventId + " in this service");
        }
        return new ReplayResult(replayed, failed);
    }

    /** This service's consumer groups and the topics they read. */
    private Map<String, Set<String>> groups() {
        return listeners.getListenerContainers().stream().filter(container -> container.getGroupId() != null)
                .collect(Collectors.toMap(MessageListenerContainer::getGroupId,
                        container -> Set.of(container.getContainerProperties().getTopics() == null ? new String[0]
                                : container.getContainerProperties().getTopics()),
                        (a, b) -> a));
    }

    private MessageListenerContainer containerOf(String group) {
        return listeners.getListenerContainers().stream().filter(container -> group.equals(container.getGroupId()))
                .findFirst().orElseThrow(() -> new IllegalStateException("No listener of group " + group));
    }

    /** To the listener the container would call, as the container calls it (an adapter wants all three). */
    @SuppressWarnings("unchecked")
    private static void deliver(MessageListenerContainer container, ConsumerRecord<String, String> record) {
        Object listener = container.getContainerProperties().getMessageListener();
        if (listener instanceof AcknowledgingConsumerAwareMessageListener<?, ?> adapter) {
            ((AcknowledgingConsumerAwareMessageListener<String, String>) adapter).onMessage(record, null, null);
        } else {
            ((MessageListener<String, String>) listener).onMessage(record);
        }
    }

    /** The dead letters of this service's groups, read from the start of each dead-letter topic. */
    private List<ConsumerRecord<String, String>> records() {
        Map<String, Set<String>> groups = groups();
        Set<String> deadLetterTopics = groups.values().stream().flatMap(Set::stream).map(EventHeaders::deadLetter)
                .collect(Collectors.toSet());
        Properties overrides = new Properties();
        overrides.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        overrides.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (Consumer<String, String> consumer = consumers.createConsumer("dead-letters-" + UUID.randomUUID(), null,
                null, overrides)) {
            Set<String> existing = consumer.listTopics(Duration.ofSeconds(10)).keySet();
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : deadLetterTopics) {
                if (existing.contains(topic)) {
                    consumer.partitionsFor(topic, Duration.ofSeconds(10))
                            .forEach(info -> partitions.add(new TopicPartition(topic, info.partition())));
                }
            }
            if (partitions.isEmpty()) {
                return records;
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (partitions.stream().anyMatch(partition -> consumer.position(partition) < end.get(partition))
                    && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(record -> {
                    if (groups.containsKey(header(record.headers(), KafkaHeaders.DLT_ORIGINAL_CONSUMER_GROUP))) {
                        records.add(record);
                    }
                });
            }
        }
        return records;
    }

    /** Which of these dead letters were replayed: one query for all of them. */
    private Set<String> replayedAmong(List<ConsumerRecord<String, String>> records) {
        List<String> positions = records.stream().map(DeadLetters::position).toList();
        return mongo.find(Query.query(Criteria.where("_id").in(positions)), Replayed.class).stream()
                .map(Replayed::id).collect(Collectors.toSet());
    }

    private static String position(ConsumerRecord<String, String> record) {
        return record.topic() + ":" + record.partition() + ":" + record.offset();
    }

    private DeadLetter describe(ConsumerRecord<String, String> record, Set<String> replayedPositions) {
        String eventId = null;
        String type = null;
        try {
            var envelope = EventJson.read(record.value());
            eventId = envelope.id();
            type = envelope.type();
        } catch (RuntimeException notAnEnvelope) {
            // A poison record: listed, replayable only to fail again.
        }
        boolean replayed = replayedPositions.contains(position(record));
        return new DeadLetter(record.topic(), record.partition(), record.offset(),
                header(record.headers(), KafkaHeaders.DLT_ORIGINAL_TOPIC),
                header(record.headers(), KafkaHeaders.DLT_ORIGINAL_CONSUMER_GROUP), record.key(), eventId, type,
                failure(record.headers()),
                replayed);
    }

    /** The record as it first arrived: original topic, partition and offset, the same key, value and headers. */
    private static ConsumerRecord<String, String> original(ConsumerRecord<String, String> record, DeadLetter letter) {
        Headers headers = new RecordHeaders();
        for (Header header : record.headers()) {
            if (!header.key().startsWith("kafka_dlt")) {
                headers.add(header);
            }
        }
        int partition = intHeader(record.headers(), KafkaHeaders.DLT_ORIGINAL_PARTITION);
        long offset = longHeader(record.headers(), KafkaHeaders.DLT_ORIGINAL_OFFSET);
        return new ConsumerRecord<>(letter.originalTopic(), partition, offset, record.timestamp(),
                TimestampType.CREATE_TIME, -1, -1, record.key(), record.value(), headers, java.util.Optional.empty());
    }

    /** The root cause when Spring Kafka recorded it (the listener's own exception), else the wrapper. */
    private static String failure(Headers headers) {
        String cause = header(headers, KafkaHeaders.DLT_EXCEPTION_CAUSE_FQCN);
        return (cause != null ? cause : header(headers, KafkaHeaders.DLT_EXCEPTION_FQCN)) + ": "
                + header(headers, KafkaHeaders.DLT_EXCEPTION_MESSAGE);
    }

    private static String header(Headers headers, String key) {
        Header header = headers.lastHeader(key);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static int intHeader(Headers headers, String key) {
        Header header = headers.lastHeader(key);
        return header == null || header.value().length < 4 ? 0 : java.nio.ByteBuffer.wrap(header.value()).getInt();
    }

    private static long longHeader(Headers headers, String key) {
        Header header = headers.lastHeader(key);
        return header == null || header.value().length < 8 ? 0 : java.nio.ByteBuffer.wrap(header.value()).getLong();
    }
}
