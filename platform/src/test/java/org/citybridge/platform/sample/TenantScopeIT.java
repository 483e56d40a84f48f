package org.citybridge.platform.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.citybridge.platform.store.AggregateStores;
import org.citybridge.platform.store.TenantStore;
import org.citybridge.platform.tenancy.Caller;
import org.citybridge.platform.tenancy.Role;
import org.citybridge.platform.tenancy.Visibility;
import org.citybridge.platform.test.StackTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.mongodb.core.query.Criteria;

/**
 * The database filter ({@code TenantScope}) and the in-memory rule ({@code Visibility}) must say the
 * same for every kind of caller and every kind of document: a store's list, its single read and a
 * check after loading then never disagree about who sees what.
 */
@StackTest
class TenantScopeIT {

    private static final List<Caller> CALLERS = List.of(
            Caller.anonymous(),
            new Caller("officer@almelo", "almelo", Set.of(Role.OFFICER)),
            new Caller("organiser@antwerpen", "antwerpen", Set.of(Role.ORGANISER)),
            new Caller("someone@almelo", "almelo", Set.of()),
            new Caller("officer@muenster", "muenster", Set.of(Role.OFFICER)),
            new Caller("admin@citybridge", null, Set.of(Role.ADMIN)));

    @Autowired
    AggregateStores stores;

    @Test
    void theStoresReadsAgreeWithTheVisibilityRuleForEveryCallerAndDocument() {
        TenantStore<Widget> widgets = stores.tenantOwned(Widget.class);
        String tag = "scope-" + UUID.randomUUID();
        List<Widget> all = new ArrayList<>();
        for (String city : List.of("almelo", "antwerpen")) {
            for (Visibility visibility : Visibility.values()) {
                all.add(widgets.save(Widget.create(city, visibility, tag + "-" + city + "-" + visibility)));
            }
        }
        Criteria tagged = Criteria.where("name").regex("^" + tag);

        for (Caller caller : CALLERS) {
            List<String> expectedVisible = all.stream().filter(w -> w.isVisibleTo(caller)).map(Widget::id).toList();
            List<String> expectedOwned = all.stream().filter(w -> w.isOwnedBy(caller)).map(Widget::id).toList();

            assertThat(widgets.findVisible(caller, tagged, PageRequest.of(0, 50)).map(Widget::id).getContent())
                    .as("list visible to %s", caller).containsExactlyInAnyOrderElementsOf(expectedVisible);
            assertThat(widgets.findOwned(caller, tagged, PageRequest.of(0, 50)).map(Widget::id).getContent())
                    .as("list owned by %s", caller).containsExactlyInAnyOrderElementsOf(expectedOwned);
            for (Widget widget : all) {
                assertThat(widgets.findVisible(caller, widget.id()).map(Widget::id)).as("%s reads %s", caller,
                        widget.name()).isEqualTo(widget.isVisibleTo(caller) ? Optional.of(widget.id()) : Optional.empty());
                assertThat(widgets.findOwned(caller, widget.id()).isPresent()).as("%s owns %s", caller, widget.name())
                        .isEqualTo(widget.isOwnedBy(caller));
            }
        }
    }

    @Test
    void theRuleItselfIsTheDocumentedOne() {
        Caller almelo = CALLERS.get(1);
        Caller anonymous = CALLERS.get(0);
        Caller admin = CALLERS.get(5);

        assertThat(Visibility.PRIVATE.visibleTo("almelo", almelo)).isTrue();
        assertThat(Visibility.PRIVATE.visibleTo("antwerpen", almelo)).isFalse();
        assertThat(Visibility.PRIVATE.visibleTo("antwerpen", admin)).as("the admin owns no city's data").isFalse();
        assertThat(Visibility.NETWORK.visibleTo("antwerpen", almelo)).isTrue();
        assertThat(Visibility.NETWORK.visibleTo("antwerpen", admin)).isTrue();
        assertThat(Visibility.NETWORK.visibleTo("antwerpen", anonymous)).isFalse();
        assertThat(Visibility.PUBLIC.visibleTo("antwerpen", anonymous)).isTrue();
    }
}
