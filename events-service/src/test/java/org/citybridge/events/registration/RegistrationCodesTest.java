package org.citybridge.events.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The code read out at the door and the management token, kept only as its hash. */
class RegistrationCodesTest {

    @Test
    void codesAreTwoGroupsOfFourWithoutLookalikesAndRarelyRepeat() {
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            String code = RegistrationCodes.newCode();
            assertThat(code).hasSize(9).matches("[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{4}");
            codes.add(code);
        }
        assertThat(codes).hasSizeGreaterThan(195);
    }

    @Test
    void aTypedCodeFindsItsRegistrationWithOrWithoutDashSpacesOrCapitals() {
        assertThat(RegistrationCodes.normalise("k7qm4txp")).isEqualTo("K7QM-4TXP");
        assertThat(RegistrationCodes.normalise(" K7QM - 4TXP ")).isEqualTo("K7QM-4TXP");
        assertThat(RegistrationCodes.normalise("K7QM-4TXP")).isEqualTo("K7QM-4TXP");
        assertThat(RegistrationCodes.normalise("k7qm-4tx")).as("not a code: left as typed, compacted").isEqualTo("K7QM4TX");
        assertThat(RegistrationCodes.normalise(null)).isEmpty();
    }

    @Test
    void tokensAreLongRandomAndUrlSafe() {
        String token = RegistrationCodes.newToken();

        assertThat(token).matches("[A-Za-z0-9_-]{43}");
        assertThat(RegistrationCodes.newToken()).isNotEqualTo(token);
    }

    @Test
    void aTokenIsKeptAsItsSha256AndOnlyTheRightOneMatches() {
        assertThat(RegistrationCodes.hash("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(RegistrationCodes.matches("abc", RegistrationCodes.hash("abc"))).isTrue();
        assertThat(RegistrationCodes.matches("abd", RegistrationCodes.hash("abc"))).isFalse();
        assertThat(RegistrationCodes.matches(null, RegistrationCodes.hash("abc"))).isFalse();
        assertThat(RegistrationCodes.matches("abc", null)).as("after retention no token matches").isFalse();
    }
}
