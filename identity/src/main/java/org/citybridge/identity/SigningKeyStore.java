package org.citybridge.identity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.ParseException;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the RSA signing key as a JSON Web Key file, so that tokens issued before a restart of
 * identity still validate afterwards.
 */
public final class SigningKeyStore {

	private static final Logger log = LoggerFactory.getLogger(SigningKeyStore.class);

	private SigningKeyStore() {
	}

	/** Reads the key at {@code file}, creating it (and its directories) on first use. */
	public static RSAKey loadOrCreate(Path file) {
		if (Files.exists(file)) {
			return read(file);
		}
		RSAKey key = generate();
		try {
			Files.createDirectories(file.toAbsolutePath().getParent());
			Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), ".signing-key", ".tmp");
			try {
				restrictToOwner(tmp);
				Files.writeString(tmp, key.toJSONString());
				// No REPLACE_EXISTING: if another instance won the race, its key is the one in use.
				Files.move(tmp, file);
			}
			finally {
				Files.deleteIfExists(tmp);
			}
		}
		catch (FileAlreadyExistsException ex) {
			return read(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write signing key " + file.toAbsolutePath(), ex);
		}
		log.info("Created signing key {} at {}", key.getKeyID(), file.toAbsolutePath());
		return key;
	}

	public static RSAKey generate() {
		try {
			return new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString())
				.keyUse(KeyUse.SIGNATURE)
				.algorithm(JWSAlgorithm.RS256)
				.generate();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException("Cannot generate an RSA signing key", ex);
		}
	}

	private static RSAKey read(Path file) {
		try {
			JWK jwk = JWK.parse(Files.readString(file));
			if (!(jwk instanceof RSAKey rsaKey) || !rsaKey.isPrivate()) {
				throw new IllegalStateException("Signing key file " + file.toAbsolutePath()
						+ " does not hold a private RSA key; delete it to have a new one created");
			}
			log.info("Loaded signing key {} from {}", rsaKey.getKeyID(), file.toAbsolutePath());
			return rsaKey;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read signing key " + file.toAbsolutePath(), ex);
		}
		catch (ParseException ex) {
			throw new IllegalStateException("Signing key file " + file.toAbsolutePath()
					+ " is not a JSON Web Key; delete it to have a new one created", ex);
		}
	}

	private static void restrictToOwner(Path file) throws IOException {
		try {
			Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
		}
		catch (UnsupportedOperationException ex) {
			// Non-POSIX file systems (Windows) protect the file through the directory's ACL.
		}
	}

}
