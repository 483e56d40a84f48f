package org.citybridge.identity;

import java.nio.file.Files;
import java.nio.file.Path;

import com.nimbusds.jose.jwk.RSAKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class SigningKeyStoreTest {

	@TempDir
	Path dir;

	@Test
	void keyIsCreatedOnceAndReusedAfterRestart() {
		Path file = this.dir.resolve("identity/signing-key.json");

		RSAKey first = SigningKeyStore.loadOrCreate(file);
		RSAKey second = SigningKeyStore.loadOrCreate(file);

		assertThat(file).exists();
		assertThat(second.getKeyID()).isEqualTo(first.getKeyID());
		assertThat(second.getModulus()).isEqualTo(first.getModulus());
		assertThat(second.isPrivate()).isTrue();
		assertThat(first.size()).isEqualTo(2048);
	}

	@Test
	void generatedKeysDiffer() {
		assertThat(SigningKeyStore.generate().getKeyID()).isNotEqualTo(SigningKeyStore.generate().getKeyID());
	}

	@Test
	void publicOnlyKeyFileIsRejected() throws Exception {
		Path file = this.dir.resolve("signing-key.json");
		Files.writeString(file, SigningKeyStore.generate().toPublicJWK().toJSONString());

		assertThatIllegalStateException().isThrownBy(() -> SigningKeyStore.loadOrCreate(file))
			.withMessageContaining("does not hold a private RSA key");
	}

	@Test
	void garbageKeyFileIsRejected() throws Exception {
		Path file = this.dir.resolve("signing-key.json");
		Files.writeString(file, "not json");

		assertThatIllegalStateException().isThrownBy(() -> SigningKeyStore.loadOrCreate(file))
			.withMessageContaining("is not a JSON Web Key");
	}

}
