package org.citybridge.knowledge.practice.search;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.kafka.common.TopicPartition;
import org.citybridge.knowledge.practice.PracticeChanged;
import org.citybridge.platform.event.EventEnvelope;
import org.citybridge.platform.event.EventJson;
import org.springframework.context.event.EventListener;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.ConsumerSeekAware;
import org.springframework.stereotype.Component;

/**
 * Keeps this instance's index current. Every instance reads the service's own topic in a consumer
 * group of its own (a random id each start), so each one sees every practice event and keeps its own
 * index: two instances answer the same. On start, after the rebuild from MongoDB, it reads the topic
 * from shortly before the rebuild began, so that nothing saved meanwhile is missed; applying an event
 * again is harmless, since each event only makes the index take the practice as stored now.
 * <p>
 * No inbox: processed ids in the shared database would make the second instance skip what the first
 * one indexed. The index's own saves are also applied at once ({@link PracticeChanged}), so an
 * officer finds a practice right after saving it on the instance that saved it.
 */
@Component
class PracticeIndexListener implements ConsumerSeekAware {

    /** Producer and broker clocks may differ a little from this one's. */
    private static final Duration CLOCK_MARGIN = Duration.ofMinutes(1);

    private final PracticeIndex index;
    /** Partitions already positioned: a later rebalance goes on from the committed offset instead. */
    private final Set<TopicPartition> positioned = ConcurrentHashMap.newKeySet();

    PracticeIndexListener(PracticeIndex index) {
        this.index = index;
    }

    @KafkaListener(topics = "${citybridge.outbox.topic}",
            groupId = "knowledge-service.search-#{T(java.util.UUID).randomUUID().toString()}",
            properties = "auto.offset.reset=latest")
    void on(String record) {
        EventEnvelope event = EventJson.read(record);
        if (event.type().startsWith("practice.")) {
            index.refresh(event.aggregateId());
        }
    }

    @EventListener
    void on(PracticeChanged changed) {
        index.refresh(changed.practiceId());
    }

    @Override
    public void onPartitionsAssigned(Map<TopicPartition, Long> assignments, ConsumerSeekCallback callback) {
        List<TopicPartition> fresh = assignments.keySet().stream().filter(positioned::add).toList();
        if (!fresh.isEmpty()) {
            callback.seekToTimestamp(fresh, index.rebuiltFrom().minus(CLOCK_MARGIN).toEpochMilli());
        }
    }
}
