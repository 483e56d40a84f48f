package org.citybridge.platform.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.citybridge.platform.domain.ConflictException;
import org.citybridge.platform.event.EventType;
import org.citybridge.platform.memory.MemoryMongo;
import org.citybridge.platform.sample.Widget;
import org.citybridge.platform.tenancy.Caller;
import org.citybridge.platform.tenancy.Role;
import org.citybridge.platform.tenancy.Visibility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.mongodb.core.query.Criteria;

/** What a tenant store lets each caller read: its own city's, what others share, nothing else. */
class ScopedReadsTest {

    private static final Caller ALMELO = new Caller("anna", "almelo", Set.of(Role.OFFICER));
    private static final Caller ANTWERPEN = new Caller("bart", "antwerpen", Set.of(Role.OFFICER));
    private static final Caller ADMIN = new Caller("root", null, Set.of(Role.ADMIN));

    private final MemoryMongo memory = new MemoryMongo();
    private final TenantStore<Widget> widgets = new TenantStore<>(memory.template(), Widget.class,
            new EventTranslation<>(Widget.class) {
                {
                    translate(Widget.Created.class, EventType.of("widget.created", 1), event -> event);
                    translate(Widget.Renamed.class, EventType.of("widget.renamed", 1), event -> event);
                }
            }, (collection, id) -> { });
    private final Widget privateOne = widgets.save(Widget.create("almelo", Visibility.PRIVATE, "private gear"));
    private final Widget networkOne = widgets.save(Widget.create("almelo", Visibility.NETWORK, "network gear"));
    private final Widget publicOne = widgets.save(Widget.create("almelo", Visibility.PUBLIC, "public gear"));

    @AfterEach
    void close() {
        memory.close();
    }

    @Test
    void anotherCitysPrivateWidgetDoesNotExistForIt() {
        assertThat(widgets.findVisible(ANTWERPEN, privateOne.id())).isEmpty();
        assertThat(widgets.findVisible(ALMELO, privateOne.id())).isPresent();
        assertThat(widgets.findVisible(ANTWERPEN, networkOne.id())).isPresent();
        assertThat(widgets.findVisible(Caller.anonymous(), networkOne.id())).isEmpty();
        assertThat(widgets.findVisible(Caller.anonymous(), publicOne.id())).isPresent();
    }

    @Test
    void onlyTheOwningCityFindsItAsItsOwn() {
        assertThat(widgets.findOwned(ALMELO, networkOne.id())).isPresent();
        assertThat(widgets.findOwned(ANTWERPEN, networkOne.id())).isEmpty();
        assertThat(widgets.findOwned(ADMIN, networkOne.id())).as("the admin owns nothing").isEmpty();
    }

    @Test
    void pagesHoldOnlyWhatTheCallerMaySeeAndCountIt() {
        Page<Widget> forAntwerpen = widgets.findVisible(ANTWERPEN, null, PageRequest.of(0, 1));
        Page<Widget> forAdmin = widgets.findVisible(ADMIN, null, PageRequest.of(0, 10));
        Page<Widget> publicNamed = widgets.findVisible(ANTWERPEN, Criteria.where("name").is("public gear"),
                PageRequest.of(0, 10));

        assertThat(forAntwerpen.getContent()).hasSize(1);
        assertThat(forAntwerpen.getTotalElements()).isEqualTo(2);
        assertThat(forAdmin.getContent()).extracting(Widget::name).containsExactlyInAnyOrder("network gear", "public gear");
        assertThat(publicNamed.getContent()).extracting(Widget::name).containsExactly("public gear");
    }

    @Test
    void ownedPagesAreEmptyForACallerWithoutACity() {
        assertThat(widgets.findOwned(ALMELO, null, PageRequest.of(0, 10)).getTotalElements()).isEqualTo(3);
        assertThat(widgets.findOwned(ANTWERPEN, null, PageRequest.of(0, 10)).getContent()).isEmpty();
        assertThat(widgets.findOwned(ADMIN, null, PageRequest.of(0, 10)).getContent()).isEmpty();
    }

    @Test
    void theSystemReadsEverything() {
        assertThat(widgets.findForSystem(privateOne.id())).isPresent();
        assertThat(widgets.findForSystem(null, PageRequest.of(0, 10)).getTotalElements()).isEqualTo(3);
        assertThat(widgets.findAllForSystem(List.of(privateOne.id(), publicOne.id()))).hasSize(2);
    }

    @Test
    void aChangeLosingARaceRunsAgainAndTheThirdLossIsAConflict() {
        AtomicInteger attempts = new AtomicInteger();

        assertThat(ConcurrentSaves.retried("widget", () -> {
            if (attempts.incrementAndGet() < 3) {
                throw new OptimisticLockingFailureException("raced");
            }
            return "saved";
        })).isEqualTo("saved");
        assertThat(attempts).hasValue(3);

        AtomicInteger losses = new AtomicInteger();
        assertThatThrownBy(() -> ConcurrentSaves.retried("widget", () -> {
            losses.incrementAndGet();
            throw new OptimisticLockingFailureException("raced");
        })).isInstanceOf(ConflictException.class).hasMessageContaining("widget");
        assertThat(losses).hasValue(3);
    }
}
