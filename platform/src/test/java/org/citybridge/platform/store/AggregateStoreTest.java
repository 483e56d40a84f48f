package org.citybridge.platform.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.bson.Document;
import org.citybridge.platform.event.EventType;
import org.citybridge.platform.memory.MemoryMongo;
import org.citybridge.platform.outbox.OutboxEvent;
import org.citybridge.platform.outbox.OutboxFields;
import org.citybridge.platform.sample.Widget;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Saving an aggregate writes its new state and the events it recorded in one document: what waits for
 * the relay is readable from the stored aggregate, and every save with new events wakes the relay.
 */
class AggregateStoreTest {

    private static final EventType CREATED = EventType.of("widget.created", 1);
    private static final EventType RENAMED = EventType.of("widget.renamed", 1);

    private final MemoryMongo memory = new MemoryMongo();
    private final AtomicInteger wakeUps = new AtomicInteger();
    private final List<String> wokenFor = new CopyOnWriteArrayList<>();
    private final TenantStore<Widget> widgets = new TenantStore<>(memory.template(), Widget.class,
            new EventTranslation<>(Widget.class) {
                {
                    translate(Widget.Created.class, CREATED, event -> event);
                    translate(Widget.Renamed.class, RENAMED, event -> event);
                }
            }, (collection, id) -> {
                wakeUps.incrementAndGet();
                wokenFor.add(collection + "/" + id);
            });

    @AfterEach
    void close() {
        memory.close();
    }

    @Test
    void aNewAggregatesEventsWaitInItsDocumentAndTheRelayIsWoken() {
        Widget widget = Widget.create("almelo", "gear");

        Widget saved = widgets.save(widget);

        assertThat(widget.version()).as("the instance saved carries its version").isZero();
        assertThat(saved.pendingEvents()).hasSize(1);
        Widget stored = widgets.findForSystem(widget.id()).orElseThrow();
        assertThat(stored.version()).isZero();
        assertThat(stored.pendingEvents())
                .extracting(OutboxEvent::type, OutboxEvent::sequence, OutboxEvent::municipality,
                        OutboxEvent::aggregateId)
                .containsExactly(tuple("widget.created.v1", 1L, "almelo", widget.id()));
        assertThat(stored.pendingEvents().get(0).payload()).contains("\"name\":\"gear\"");
        assertThat(rawDocument(widget.id())).containsEntry(OutboxFields.PENDING, true);
        assertThat(wakeUps).hasValue(1);
        assertThat(wokenFor).as("the relay is told which aggregate to publish")
                .containsExactly(memory.template().getCollectionName(Widget.class) + "/" + widget.id());
        assertThat(widget.recordedEvents()).as("recorded events are handed over once").isEmpty();
    }

    @Test
    void aChangeAppendsItsEventsBehindTheOnesStillWaiting() {
        Widget widget = Widget.create("almelo", "gear");
        widgets.save(widget);
        Widget loaded = widgets.findForSystem(widget.id()).orElseThrow();
        loaded.rename("cog");

        Widget saved = widgets.save(loaded);

        assertThat(saved.version()).isEqualTo(1L);
        assertThat(loaded.version()).as("the instance saved may be saved again").isEqualTo(1L);
        assertThat(widgets.findForSystem(widget.id()).orElseThrow().pendingEvents())
                .extracting(OutboxEvent::type, OutboxEvent::sequence)
                .containsExactly(tuple("widget.created.v1", 1L), tuple("widget.renamed.v1", 2L));
        assertThat(saved.name()).isEqualTo("cog");
        assertThat(rawDocument(widget.id())).containsEntry(OutboxFields.PENDING, true);
        assertThat(wakeUps).hasValue(2);
    }

    @Test
    void aSaveWithoutNewEventsDoesNotWakeTheRelay() {
        Widget widget = Widget.create("almelo", "gear");
        widgets.save(widget);
        // As the relay leaves it once it has published everything.
        memory.template().updateFirst(Query.query(Criteria.where("_id").is(widget.id())),
                new Update().set(OutboxFields.EVENTS, List.of()).unset(OutboxFields.PENDING), "widgets");
        Widget loaded = widgets.findForSystem(widget.id()).orElseThrow();

        widgets.save(loaded);

        assertThat(wakeUps).hasValue(1);
        assertThat(widgets.findForSystem(widget.id()).orElseThrow().pendingEvents()).isEmpty();
        assertThat(rawDocument(widget.id())).doesNotContainKey(OutboxFields.PENDING).containsEntry("version", 1L);
    }

    @Test
    void aStaleCopyIsRefusedAndWritesNothing() {
        Widget widget = Widget.create("almelo", "gear");
        widgets.save(widget);
        Widget first = widgets.findForSystem(widget.id()).orElseThrow();
        Widget second = widgets.findForSystem(widget.id()).orElseThrow();
        first.rename("cog");
        widgets.save(first);
        second.rename("sprocket");

        assertThatThrownBy(() -> widgets.save(second)).isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(widgets.findForSystem(widget.id()).orElseThrow().name()).isEqualTo("cog");
        assertThat(widgets.findForSystem(widget.id()).orElseThrow().pendingEvents()).hasSize(2);
    }

    @Test
    void anEventWithoutTranslationFailsTheSave() {
        TenantStore<Widget> untranslated = new TenantStore<>(memory.template(), Widget.class, null,
                (collection, id) -> wakeUps.incrementAndGet());

        assertThatThrownBy(() -> untranslated.save(Widget.create("almelo", "gear")))
                .isInstanceOf(IllegalStateException.class);
        assertThat(wakeUps).hasValue(0);
    }

    private Document rawDocument(String id) {
        return memory.template().findById(id, Document.class, "widgets");
    }
}
