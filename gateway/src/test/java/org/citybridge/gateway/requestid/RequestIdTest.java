package org.citybridge.gateway.requestid;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class RequestIdTest {

    @ParameterizedTest
    @ValueSource(strings = {"a", "abc-DEF_123.x", "0123456789012345678901234567890123456789012345678901234567890123"})
    void plainIdsUpTo64CharactersAreKept(String candidate) {
        assertThat(RequestId.acceptOrGenerate(candidate)).isEqualTo(candidate);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"with space", "tab\there", "new\nline", "ümlaut", "a/b", "01234567890123456789012345678901234567890123456789012345678901234"})
    void anythingElseIsReplacedByAFreshUuid(String candidate) {
        String id = RequestId.acceptOrGenerate(candidate);

        assertThat(id).isNotEqualTo(candidate).hasSize(36);
    }

    @Test
    void generatedIdsDiffer() {
        assertThat(RequestId.acceptOrGenerate(null)).isNotEqualTo(RequestId.acceptOrGenerate(null));
    }
}
