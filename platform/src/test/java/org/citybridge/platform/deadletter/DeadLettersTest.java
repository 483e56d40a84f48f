package org.citybridge.platform.deadletter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.citybridge.platform.domain.NotFoundException;
import org.citybridge.platform.event.EventEnvelope;
import org.citybridge.platform.event.EventJson;
import org.citybridge.platform.memory.MemoryMongo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.listener.AcknowledgingConsumerAwareMessageListener;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.MessageListener;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.kafka.support.KafkaHeaders;

/**
 * An operator's view of this service's dead letters and their replay, on a Kafka consumer that serves
 * the dead-letter topic from memory: only this service's groups, each letter replayed once, to the
 * listener that failed, as the record first arrived.
 */
class DeadLettersTest {

    private static final String TOPIC = "citybridge.widgets";
    private static final String DLT = TOPIC + ".dlt";
    private static final String GROUP = "listing";

    private final MemoryMongo memory = new MemoryMongo();
    private final List<ConsumerRecord<String, String>> deadLetterTopic = new ArrayList<>();
    private final List<ConsumerRecord<String, String>> delivered = new ArrayList<>();
    private final List<String> failingEvents = new ArrayList<>();
    private boolean topicExists = true;

    @AfterEach
    void close() {
        memory.close();
    }

    @Test
    void listsOnlyThisServicesLettersDescribedFromTheirHeaders() {
        dead("e1", GROUP);
        dead("e2", "another-service");
        dead("e3", GROUP);

        List<DeadLetter> letters = deadLetters(plainListener()).list(10);

        assertThat(letters).extracting(DeadLetter::eventId).containsExactly("e1", "e3");
        DeadLetter first = letters.get(0);
        assertThat(first.deadLetterTopic()).isEqualTo(DLT);
        assertThat(first.offset()).isZero();
        assertThat(first.originalTopic()).isEqualTo(TOPIC);
        assertThat(first.consumerGroup()).isEqualTo(GROUP);
        assertThat(first.key()).isEqualTo("w-e1");
        assertThat(first.type()).isEqualTo("widget.created.v1");
        assertThat(first.failure()).isEqualTo("java.lang.IllegalStateException: handler broke");
        assertThat(first.replayed()).isFalse();
        assertThat(deadLetters(plainListener()).list(1)).hasSize(1);
    }

    @Test
    void withoutTheCauseTheWrappersClassIsTheFailure() {
        dead("e1", GROUP);
        deadLetterTopic.get(0).headers().remove(KafkaHeaders.DLT_EXCEPTION_CAUSE_FQCN);

        assertThat(deadLetters(plainListener()).list(10).get(0).failure())
                .isEqualTo("org.springframework.kafka.listener.ListenerExecutionFailedException: handler broke");
    }

    @Test
    void noDeadLetterTopicMeansNoDeadLetters() {
        topicExists = false;

        assertThat(deadLetters(plainListener()).list(10)).isEmpty();
        assertThat(deadLetters(plainListener()).replay(null)).isEqualTo(new DeadLetters.ReplayResult(0, List.of()));
    }

    @Test
    void aReplayDeliversTheRecordAsItFirstArrivedAndOnlyOnce() {
        dead("e1", GROUP);

        DeadLetters.ReplayResult result = deadLetters(plainListener()).replay(null);

        assertThat(result).isEqualTo(new DeadLetters.ReplayResult(1, List.of()));
        ConsumerRecord<String, String> original = delivered.get(0);
        assertThat(original.topic()).isEqualTo(TOPIC);
        assertThat(original.partition()).isEqualTo(2);
        assertThat(original.offset()).isEqualTo(41L);
        assertThat(original.key()).isEqualTo("w-e1");
        assertThat(EventJson.read(original.value()).id()).isEqualTo("e1");
        assertThat(original.headers().lastHeader("event-type")).as("its own headers travel").isNotNull();
        assertThat(original.headers().lastHeader(KafkaHeaders.DLT_ORIGINAL_TOPIC)).isNull();

        assertThat(deadLetters(plainListener()).replay(null)).isEqualTo(new DeadLetters.ReplayResult(0, List.of()));
        assertThat(delivered).hasSize(1);
        assertThat(deadLetters(plainListener()).list(10).get(0).replayed()).isTrue();
    }

    @Test
    void aReplayReachesAListenerAdapterToo() {
        dead("e1", GROUP);
        AcknowledgingConsumerAwareMessageListener<String, String> adapter = (record, ack, consumer) -> delivered
                .add(record);

        assertThat(deadLetters(adapter).replay("e1").replayed()).isEqualTo(1);
        assertThat(delivered).hasSize(1);
    }

    @Test
    void oneEventCanBeReplayedAloneAndAnUnknownOneIsNotFound() {
        dead("e1", GROUP);
        dead("e2", GROUP);

        assertThat(deadLetters(plainListener()).replay("e2").replayed()).isEqualTo(1);
        assertThat(delivered).extracting(record -> EventJson.read(record.value()).id()).containsExactly("e2");
        assertThat(deadLetters(plainListener()).replay("e2").replayed()).as("found, already replayed").isZero();
        assertThatThrownBy(() -> deadLetters(plainListener()).replay("e9")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aLetterThatFailsAgainStaysAndIsTriedAgainNextTime() {
        dead("e1", GROUP);
        failingEvents.add("e1");

        assertThat(deadLetters(plainListener()).replay(null)).isEqualTo(new DeadLetters.ReplayResult(0, List.of("e1")));
        assertThat(deadLetters(plainListener()).list(10).get(0).replayed()).isFalse();

        failingEvents.clear();
        assertThat(deadLetters(plainListener()).replay(null).replayed()).isEqualTo(1);
    }

    @Test
    void aPoisonRecordIsListedAndNamedByItsPositionWhenItFailsAgain() {
        dead("e1", GROUP);
        ConsumerRecord<String, String> letter = deadLetterTopic.get(0);
        deadLetterTopic.set(0, new ConsumerRecord<>(DLT, 0, 0L, 0L, TimestampType.CREATE_TIME, -1, -1, "k", "not json",
                letter.headers(), java.util.Optional.empty()));
        MessageListener<String, String> strict = record -> EventJson.read(record.value());

        assertThat(deadLetters(strict).list(10).get(0).eventId()).isNull();
        assertThat(deadLetters(strict).replay(null).failed()).containsExactly(DLT + ":0:0");
    }

    private MessageListener<String, String> plainListener() {
        return record -> {
            String id = EventJson.read(record.value()).id();
            if (failingEvents.contains(id)) {
                throw new IllegalStateException("still broken");
            }
            delivered.add(record);
        };
    }

    @SuppressWarnings("unchecked")
    private DeadLetters deadLetters(Object listener) {
        ContainerProperties properties = new ContainerProperties(TOPIC);
        properties.setMessageListener(listener);
        MessageListenerContainer container = mock(MessageListenerContainer.class);
        when(container.getGroupId()).thenReturn(GROUP);
        when(container.getContainerProperties()).thenReturn(properties);
        MessageListenerContainer groupless = mock(MessageListenerContainer.class);
        KafkaListenerEndpointRegistry registry = mock(KafkaListenerEndpointRegistry.class);
        when(registry.getListenerContainers()).thenReturn(List.of(groupless, container));
        ConsumerFactory<String, String> consumers = mock(ConsumerFactory.class);
        when(consumers.createConsumer(anyString(), isNull(), isNull(), any(Properties.class)))
                .thenAnswer(call -> deadLetterConsumer());
        return new DeadLetters(registry, consumers, memory.template());
    }

    private Consumer<String, String> deadLetterConsumer() {
        MockConsumer<String, String> consumer = new MockConsumer<>("earliest");
        TopicPartition partition = new TopicPartition(DLT, 0);
        if (topicExists) {
            consumer.updatePartitions(DLT, List.of(new PartitionInfo(DLT, 0, Node.noNode(), new Node[0], new Node[0])));
        }
        consumer.updateBeginningOffsets(Map.of(partition, 0L));
        consumer.updateEndOffsets(Map.of(partition, (long) deadLetterTopic.size()));
        consumer.schedulePollTask(() -> deadLetterTopic.forEach(consumer::addRecord));
        return consumer;
    }

    private void dead(String eventId, String group) {
        String value = EventJson.write(new EventEnvelope(eventId, "widget.created.v1", 1, "almelo", "w-" + eventId,
                Instant.parse("2026-03-01T10:00:00Z"), "r1", EventJson.mapper().createObjectNode()));
        RecordHeaders headers = new RecordHeaders();
        headers.add("event-type", bytes("widget.created.v1"));
        headers.add(KafkaHeaders.DLT_ORIGINAL_TOPIC, bytes(TOPIC));
        headers.add(KafkaHeaders.DLT_ORIGINAL_CONSUMER_GROUP, bytes(group));
        headers.add(KafkaHeaders.DLT_ORIGINAL_PARTITION, ByteBuffer.allocate(4).putInt(2).array());
        headers.add(KafkaHeaders.DLT_ORIGINAL_OFFSET, ByteBuffer.allocate(8).putLong(41L).array());
        headers.add(KafkaHeaders.DLT_EXCEPTION_FQCN,
                bytes("org.springframework.kafka.listener.ListenerExecutionFailedException"));
        headers.add(KafkaHeaders.DLT_EXCEPTION_CAUSE_FQCN, bytes("java.lang.IllegalStateException"));
        headers.add(KafkaHeaders.DLT_EXCEPTION_MESSAGE, bytes("handler broke"));
        deadLetterTopic.add(new ConsumerRecord<>(DLT, 0, deadLetterTopic.size(), 0L, TimestampType.CREATE_TIME, -1, -1,
                "w-" + eventId, value, headers, java.util.Optional.empty()));
    }

    private static byte[] bytes(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
