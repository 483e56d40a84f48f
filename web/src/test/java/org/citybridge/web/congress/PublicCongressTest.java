package org.citybridge.web.congress;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Whether the page offers to register: by the same rule events-service applies when it answers. */
class PublicCongressTest {

    private static final Instant START = Instant.parse("2027-01-15T08:00:00Z");

    @Test
    void registrationIsOpenUntilTheCongressStartsUnlessItClosesEarlier() {
        assertThat(congress(null, null, true).window(START.minusSeconds(1))).isEqualTo(PublicCongress.Window.OPEN);
        assertThat(congress(null, null, true).window(START)).isEqualTo(PublicCongress.Window.CLOSED);
        Instant closes = START.minusSeconds(86_400);
        assertThat(congress(null, closes, true).window(closes.minusSeconds(1))).isEqualTo(PublicCongress.Window.OPEN);
        assertThat(congress(null, closes, true).window(closes)).isEqualTo(PublicCongress.Window.CLOSED);
        assertThat(congress(null, null, true).registrationClosesAt()).isEqualTo(START);
    }

    @Test
    void beforeItOpensAndWithoutPublicRegistrationThePageSaysSo() {
        Instant opens = START.minusSeconds(7 * 86_400);
        assertThat(congress(opens, null, true).window(opens.minusSeconds(1))).isEqualTo(PublicCongress.Window.NOT_YET);
        assertThat(congress(opens, null, true).window(opens)).isEqualTo(PublicCongress.Window.OPEN);
        assertThat(congress(null, null, false).window(opens)).isEqualTo(PublicCongress.Window.NOT_PUBLIC);
    }

    @Test
    void fullMeansNoPlaceLeftAndUnknownIsNotFull() {
        assertThat(withFree(0).full()).isTrue();
        assertThat(withFree(1).full()).isFalse();
        assertThat(withFree(null).full()).isFalse();
    }

    private static PublicCongress congress(Instant opens, Instant closes, boolean publicRegistration) {
        return new PublicCongress("c", "almelo", Map.of("nl", "C"), null, null, START, START.plusSeconds(3600), opens,
                closes, 10, 10, publicRegistration, "AUTOMATIC", null, List.of());
    }

    private static PublicCongress withFree(Integer free) {
        return new PublicCongress("c", "almelo", Map.of("nl", "C"), null, null, START, START.plusSeconds(3600), null,
                null, 10, free, true, "AUTOMATIC", null, null);
    }
}
