package org.citybridge.platform.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import org.awaitility.Awaitility;
import org.citybridge.platform.event.EventJson;
import org.citybridge.platform.store.AggregateStores;
import org.citybridge.platform.store.TenantAggregate;
import org.citybridge.platform.store.TenantStore;
import org.citybridge.platform.tenancy.Visibility;
import org.citybridge.platform.test.StackTest;
import org.citybridge.platform.test.TopicProbe;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;

/** The one way to save an aggregate: a conditional write that appends only the new events. */
@StackTest
class AggregateStoreIT {

    @Autowired
    AggregateStores stores;

    @Autowired
    MongoTemplate mongo;

    TenantStore<Widget> widgets;

    @BeforeEach
    void store() {
        widgets = stores.tenantOwned(Widget.class);
    }

    @Test
    void aStaleCopyGetsTheOptimisticLockAnswerAndItsEventIsNeitherStoredNorPublished() {
        Widget created = widgets.save(Widget.create("almelo", "stale-0"));
        Widget first = widgets.findForSystem(created.id()).orElseThrow();
        Widget second = widgets.findForSystem(created.id()).orElseThrow();

        first.rename("stale-first");
        widgets.save(first);
        second.rename("stale-second");

        assertThatThrownBy(() -> widgets.save(second)).isInstanceOf(OptimisticLockingFailureException.class);
        Widget stored = widgets.findForSystem(created.id()).orElseThrow();
        assertThat(stored.name()).isEqualTo("stale-first");
        assertThat(stored.version()).isEqualTo(1L);
        assertThat(namesPublishedFor(created.id(), 2)).containsExactly("stale-0", "stale-first");
    }

    @Test
    void concurrentChangesThatRetryOnTheFreshStateLoseNoEventAndDoubleNone() {
        Widget created = widgets.save(Widget.create("almelo", "race-0"));
        int writers = 8;
        List<CompletableFuture<Void>> changes = new ArrayList<>();
        for (int i = 1; i <= writers; i++) {
            String name = "race-" + i;
            changes.add(CompletableFuture.runAsync(() -> renameRetrying(created.id(), name)));
        }
        changes.forEach(CompletableFuture::join);

        Widget stored = widgets.findForSystem(created.id()).orElseThrow();
        assertThat(stored.version()).isEqualTo((long) writers);
        List<String> published = namesPublishedFor(created.id(), writers + 1);
        assertThat(published).hasSize(writers + 1).doesNotHaveDuplicates().first().isEqualTo("race-0");
        assertThat(published.get(writers)).as("the last event is the state that stayed").isEqualTo(stored.name());
    }

    @Test
    void theSavedInstanceAndTheReturnedOneBothCarryTheNewVersion() {
        Widget widget = Widget.create("almelo", "again-0");
        widgets.save(widget);
        assertThat(widget.version()).isZero();
        widget.rename("again-1");

        Widget returned = widgets.save(widget);

        assertThat(widget.version()).isEqualTo(1L);
        assertThat(returned.version()).isEqualTo(1L);
        assertThat(returned.recordedEvents()).isEmpty();
        assertThat(widget.recordedEvents()).as("saved once, never appended again").isEmpty();
        returned.rename("again-2");
        assertThat(widgets.save(returned).version()).isEqualTo(2L);
        assertThat(namesPublishedFor(widget.id(), 3)).containsExactly("again-0", "again-1", "again-2");
    }

    @Test
    void aNewAggregateWhoseIdIsTakenIsRefusedAndLeavesTheStoredOneAlone() {
        Widget original = widgets.save(Widget.create("almelo", "taken"));
        Widget copy = widgets.findForSystem(original.id()).orElseThrow();
        Widget twin = new TwinWidgets(mongo).twinOf(copy);

        assertThatThrownBy(() -> widgets.save(twin)).isInstanceOf(DuplicateKeyException.class);
        assertThat(widgets.findForSystem(original.id()).orElseThrow().name()).isEqualTo("taken");
    }

    @Test
    void anEventNobodyTranslatesStopsTheSaveInsteadOfVanishing() {
        Gadget gadget = Gadget.create("almelo");
        TenantStore<Gadget> gadgets = stores.tenantOwned(Gadget.class);

        assertThatThrownBy(() -> gadgets.save(gadget)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Gadget");
        assertThat(gadgets.findForSystem(gadget.id())).isEmpty();
    }

    private void renameRetrying(String id, String name) {
        while (true) {
            Widget current = widgets.findForSystem(id).orElseThrow();
            current.rename(name);
            try {
                widgets.save(current);
                return;
            } catch (OptimisticLockingFailureException lostTheRace) {
                // Read the fresh state and apply the change again, as services do.
            }
        }
    }

    /** Waits until {@code count} events of the aggregate are on the topic and returns their names in order. */
    private static List<String> namesPublishedFor(String id, int count) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> TopicProbe.readAll(WidgetListener.TOPIC).stream()
                .filter(record -> id.equals(record.key())).count() >= count);
        return TopicProbe.readAll(WidgetListener.TOPIC).stream().filter(record -> id.equals(record.key()))
                .map(record -> EventJson.read(record.value()).payloadAs(Widget.Created.class).name()).toList();
    }

    /** Reads a stored widget back as a NEW one (no version), as a second registration with the same id would be. */
    private record TwinWidgets(MongoTemplate mongo) {
        Widget twinOf(Widget widget) {
            org.bson.Document document = new org.bson.Document();
            mongo.getConverter().write(widget, document);
            document.remove("version");
            document.remove("outbox");
            return mongo.getConverter().read(Widget.class, document);
        }
    }

    /** An aggregate whose events no {@code EventTranslation} publishes. */
    @Document("gadgets")
    static class Gadget extends TenantAggregate {

        record Made(String id) {
        }

        @Id
        private String id;

        protected Gadget() {
        }

        private Gadget(String id, String municipality) {
            super(municipality, Visibility.PRIVATE);
            this.id = id;
        }

        static Gadget create(String municipality) {
            Gadget gadget = new Gadget(UUID.randomUUID().toString(), municipality);
            gadget.record(new Made(gadget.id));
            return gadget;
        }

        @Override
        public String id() {
            return id;
        }
    }
}
