package org.citybridge.platform.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.util.Set;

import org.citybridge.platform.event.EventType;
import org.citybridge.platform.memory.MemoryMongo;
import org.citybridge.platform.outbox.OutboxEvent;
import org.citybridge.platform.outbox.OutboxRelay;
import org.citybridge.platform.sample.Widget;
import org.citybridge.platform.tenancy.Caller;
import org.citybridge.platform.tenancy.Role;
import org.citybridge.platform.tenancy.Visibility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.mongodb.core.query.Criteria;

/** The stores a service gets: with its aggregate's translation, and waking the relay after a save. */
class AggregateStoresTest {

    private static final Caller ANTWERPEN = new Caller("bart", "antwerpen", Set.of(Role.OFFICER));

    private final MemoryMongo memory = new MemoryMongo();
    private final DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
    private final OutboxRelay relay = mock(OutboxRelay.class);

    @AfterEach
    void close() {
        memory.close();
    }

    @Test
    void aTenantStoreTranslatesWithTheAggregatesOwnTranslationAndWakesTheRelay() {
        beans.registerSingleton("otherEvents", new EventTranslation<>(Other.class) {
        });
        beans.registerSingleton("widgetEvents", widgetEvents());
        beans.registerSingleton("relay", relay);

        TenantStore<Widget> widgets = stores().tenantOwned(Widget.class);
        Widget widget = widgets.save(Widget.create("almelo", "gear"));

        assertThat(widgets.findForSystem(widget.id()).orElseThrow().pendingEvents()).extracting(OutboxEvent::type)
                .containsExactly("widget.created.v1");
        verify(relay).wakeUp("widgets", widget.id());
    }

    @Test
    void withoutARelayASaveStillStoresItsEvents() {
        beans.registerSingleton("widgetEvents", widgetEvents());

        NetworkStore<Widget> widgets = stores().networkWide(Widget.class);
        Widget widget = widgets.save(Widget.create("almelo", "gear"));

        assertThat(widgets.findById(widget.id()).orElseThrow().pendingEvents()).hasSize(1);
        verify(relay, never()).wakeUp(any(), any());
    }

    @Test
    void aNetworkStoreReadsWhatEveryMemberMayRead() {
        beans.registerSingleton("widgetEvents", widgetEvents());
        NetworkStore<Widget> widgets = stores().networkWide(Widget.class);
        Widget gear = widgets.save(Widget.create("almelo", "gear"));
        widgets.save(Widget.create("antwerpen", "cog"));

        assertThat(widgets.exists(gear.id())).isTrue();
        assertThat(widgets.exists("nope")).isFalse();
        assertThat(widgets.findAll(null, PageRequest.of(0, 1)).getTotalElements()).isEqualTo(2);
        assertThat(widgets.findAll(Criteria.where("name").is("cog"), PageRequest.of(0, 10)).getContent())
                .extracting(Widget::name).containsExactly("cog");
    }

    @Test
    void aReadModelIsReadThroughTheTenantScope() {
        ReadModel<Widget> copies = stores().readModel(Widget.class);
        Widget own = copies.put(Widget.create("almelo", Visibility.PRIVATE, "private gear"));
        Widget shared = copies.put(Widget.create("almelo", Visibility.NETWORK, "shared gear"));

        assertThat(copies.findVisible(ANTWERPEN, own.id())).isEmpty();
        assertThat(copies.findVisible(ANTWERPEN, shared.id())).isPresent();
        assertThat(copies.findVisible(ANTWERPEN, null, PageRequest.of(0, 10)).getContent()).hasSize(1);
        assertThat(copies.findForSystem(own.id())).isPresent();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private AggregateStores stores() {
        return new AggregateStores(memory.template(), (org.springframework.beans.factory.ObjectProvider) beans
                .getBeanProvider(EventTranslation.class), beans.getBeanProvider(OutboxRelay.class));
    }

    private static EventTranslation<Widget> widgetEvents() {
        return new EventTranslation<>(Widget.class) {
            {
                translate(Widget.Created.class, EventType.of("widget.created", 1), event -> event);
            }
        };
    }

    /** Another service's aggregate, whose translation must not be picked for widgets. */
    abstract static class Other extends AggregateRoot {
    }
}
