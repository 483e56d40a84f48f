package org.citybridge.events.seat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Where places are counted: the congress as a whole, or one of its sessions. */
class SeatScopeTest {

    @Test
    void theCongressAndEachSessionAreScopesOfTheirOwn() {
        SeatScope congress = SeatScope.congress("congress-1");
        SeatScope session = SeatScope.session("congress-1", "s1");

        assertThat(congress.isCongress()).isTrue();
        assertThat(session.isCongress()).isFalse();
        assertThat(congress.key()).isEqualTo("congress-1|congress");
        assertThat(session.key()).isEqualTo("congress-1|s1");
        assertThat(session.congressId()).isEqualTo("congress-1");
        assertThat(session.scope()).isEqualTo("s1");
    }

    @Test
    void aScopeAlwaysNamesItsCongressAndWhatItCounts() {
        assertThatThrownBy(() -> new SeatScope(null, "s1")).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new SeatScope("congress-1", null)).isInstanceOf(NullPointerException.class);
    }
}
