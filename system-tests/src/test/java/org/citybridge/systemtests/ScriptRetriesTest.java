package org.citybridge.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every call our shell scripts make that changes something on a CityBridge API carries an
 * Idempotency-Key, so that a retry (curl's own, or the user's after a timeout) cannot do the work
 * twice. The login form and the token endpoint are identity's OAuth protocol, not our API.
 */
class ScriptRetriesTest {

    private static final Pattern WRITE = Pattern.compile("-X\\s*\"?\\$method|-X\\s*(POST|PUT|PATCH)|\\s(-d|--data\\S*)\\s");
    private static final Pattern OAUTH = Pattern.compile("oauth2/token|login_url");

    @Test
    void everyWritingCurlCallSendsAnIdempotencyKey() throws IOException {
        List<String> writes = new ArrayList<>();
        for (Path script : scripts()) {
            for (String call : curlCalls(Files.readString(script))) {
                if (WRITE.matcher(call).find() && !OAUTH.matcher(call).find()) {
                    writes.add(script.getFileName() + ": " + call);
                }
            }
        }

        assertThat(writes).as("the launcher's admin commands write (outbox retry, dead-letter replay)").isNotEmpty();
        assertThat(writes).allSatisfy(call -> assertThat(call).contains("Idempotency-Key"));
    }

    private static List<Path> scripts() throws IOException {
        Path root = Repository.root();
        List<Path> scripts = new ArrayList<>(List.of(root.resolve("citybridge")));
        try (Stream<Path> files = Files.list(root.resolve("scripts"))) {
            files.filter(Files::isRegularFile).forEach(scripts::add);
        }
        return scripts;
    }

    /** Each curl command with its continuation lines joined. */
    private static List<String> curlCalls(String script) {
        String joined = script.replaceAll("\\\\\\n\\s*", " ");
        List<String> calls = new ArrayList<>();
        for (String line : joined.split("\\n")) {
            int at = line.indexOf("curl ");
            if (at >= 0 && !line.trim().startsWith("#")) {
                calls.add(line.substring(at).trim());
            }
        }
        return calls;
    }
}
