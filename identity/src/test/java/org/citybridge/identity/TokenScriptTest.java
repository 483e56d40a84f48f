package org.citybridge.identity;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Runs {@code scripts/token.sh} against identity directly, as the scripts of the repository do. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "citybridge.identity.signing-key.persist=false")
@ActiveProfiles("dev")
class TokenScriptTest {

	// Maven runs the tests of a module with the module directory as working directory.
	private static final Path SCRIPT = Path.of("..", "scripts", "token.sh").toAbsolutePath().normalize();

	@LocalServerPort
	int port;

	@Value("${citybridge.identity.issuer}")
	String issuer;

	@BeforeAll
	static void toolsAvailable() {
		assertThat(SCRIPT).as("token script").isRegularFile();
		for (String tool : List.of("bash", "curl", "openssl")) {
			assumeTrue(onPath(tool), tool + " is not installed");
		}
	}

	@Test
	void printsAccessTokenOfTheUser() throws Exception {
		Result result = run("officer@almelo");

		assertThat(result.exitCode()).as(result.stderr()).isZero();
		assertThat(result.stdout().lines()).as("only the token on stdout").hasSize(1);
		NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri("http://localhost:" + this.port + "/oauth2/jwks")
			.build();
		decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(this.issuer));
		Jwt jwt = decoder.decode(result.stdout().strip());
		assertThat(jwt.getClaimAsString("municipality")).isEqualTo("almelo");
		assertThat(jwt.getClaimAsStringList("roles")).containsExactly("OFFICER");
	}

	@Test
	void reportsBadCredentials() throws Exception {
		Result result = run("officer@almelo", "wrong");

		assertThat(result.exitCode()).isNotZero();
		assertThat(result.stdout()).isEmpty();
		assertThat(result.stderr()).contains("login failed for officer@almelo: bad credentials");
	}

	private Result run(String... args) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of("bash", SCRIPT.toString()));
		command.addAll(Arrays.asList(args));
		ProcessBuilder builder = new ProcessBuilder(command);
		builder.environment().put("CITYBRIDGE_URL", "http://localhost:" + this.port);
		Path stderr = Files.createTempFile("token-sh", ".err");
		builder.redirectError(stderr.toFile());
		try {
			Process process = builder.start();
			process.getOutputStream().close();
			String stdout = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("token.sh finished").isTrue();
			return new Result(process.exitValue(), stdout, Files.readString(stderr));
		}
		finally {
			Files.deleteIfExists(stderr);
		}
	}

	private static boolean onPath(String tool) {
		return Arrays.stream(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
			.map((dir) -> Path.of(dir, tool))
			.anyMatch(Files::isExecutable);
	}

	private record Result(int exitCode, String stdout, String stderr) {
	}

}
