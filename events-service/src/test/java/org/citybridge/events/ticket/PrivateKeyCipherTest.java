package org.citybridge.events.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;

class PrivateKeyCipherTest {

    static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);

    @Test
    void whatIsStoredIsNotThePrivateKeyAndDecryptsOnlyForItsCongress() {
        PrivateKeyCipher cipher = new PrivateKeyCipher(KEY);
        byte[] privateKey = "pkcs8 bytes of a private key".getBytes(StandardCharsets.UTF_8);

        String stored = cipher.encrypt(privateKey, "congress-1");

        assertThat(new String(Base64.getDecoder().decode(stored), StandardCharsets.ISO_8859_1))
                .doesNotContain("private key");
        assertThat(cipher.decrypt(stored, "congress-1")).isEqualTo(privateKey);
        assertThatThrownBy(() -> cipher.decrypt(stored, "congress-2")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new PrivateKeyCipher(Base64.getEncoder().encodeToString(new byte[32]).substring(4))
                .decrypt(stored, "congress-1")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theSameKeyIsStoredDifferentlyEachTimeAFreshIvIsUsed() {
        PrivateKeyCipher cipher = new PrivateKeyCipher(KEY);
        byte[] privateKey = "pkcs8 bytes of a private key".getBytes(StandardCharsets.UTF_8);

        assertThat(cipher.encrypt(privateKey, "congress-1")).isNotEqualTo(cipher.encrypt(privateKey, "congress-1"));
    }

    @Test
    void aKeyOfTheWrongSizeStopsTheServiceAtStart() {
        assertThatThrownBy(() -> new PrivateKeyCipher(Base64.getEncoder().encodeToString(new byte[16])))
                .hasMessageContaining("32 bytes");
        assertThatThrownBy(() -> new PrivateKeyCipher(null)).isInstanceOf(IllegalStateException.class);
    }
}
