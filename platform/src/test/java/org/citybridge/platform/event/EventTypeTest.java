package org.citybridge.platform.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EventTypeTest {

    @Test
    void theWireNameCarriesTheVersion() {
        assertThat(EventType.of("organisation.registered", 1).qualifiedName()).isEqualTo("organisation.registered.v1");
        assertThat(EventType.of("pact.signature-withdrawn", 2).qualifiedName()).isEqualTo("pact.signature-withdrawn.v2");
    }

    @Test
    void refusesNamesThatLookLikeClassNames() {
        assertThatThrownBy(() -> EventType.of("OrganisationRegistered", 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EventType.of("organisation.registered", 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
