package org.citybridge.systemtests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Drives {@code ./citybridge} as a user would, on spare ports and in its own data and log folders,
 * so it cannot disturb a suite a developer has running on the default ports.
 */
final class Launcher {

    private final Path root = Repository.root();
    private final Path work;
    private final Map<String, String> environment = new LinkedHashMap<>();

    Launcher() {
        try {
            work = Files.createTempDirectory("citybridge-system-test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (String port : List.of("GATEWAY_PORT", "IDENTITY_PORT", "ORGANISATIONS_PORT", "ACTIONS_PORT",
                "KNOWLEDGE_PORT", "EVENTS_PORT", "WEB_PORT", "KAFKA_PORT", "KAFKA_CONTROLLER_PORT", "MONGO_PORT", "SMTP_PORT")) {
            environment.put(port, String.valueOf(freePort()));
        }
        environment.put("CITYBRIDGE_DATA", work.resolve("data").toString());
        environment.put("CITYBRIDGE_LOGS", work.resolve("logs").toString());
        // The reactor has just packaged every jar; building again would only cost time.
        environment.put("CITYBRIDGE_SKIP_BUILD", "true");
        // Short, so that IdentityOutageIT can keep identity away for longer than the services cache its keys.
        environment.put("CITYBRIDGE_JWKS_CACHE_LIFETIME", IdentityOutageIT.CACHE_LIFETIME.getSeconds() + "s");
    }

    String gateway() {
        return "http://localhost:" + environment.get("GATEWAY_PORT");
    }

    /** Every port the suite listens on, by its variable (GATEWAY_PORT, MONGO_PORT, ...). */
    Map<String, Integer> ports() {
        Map<String, Integer> ports = new LinkedHashMap<>();
        environment.forEach((name, value) -> {
            if (name.endsWith("_PORT")) {
                ports.put(name, Integer.valueOf(value));
            }
        });
        return ports;
    }

    /** A component's own port, around the gateway: "organisations", "actions", "knowledge", "events". */
    String service(String name) {
        return direct(name.toUpperCase(Locale.ROOT) + "_PORT");
    }

    /** A component's port on this run, by its variable ({@code ORGANISATIONS_PORT}, ...). */
    int port(String variable) {
        return Integer.parseInt(environment.get(variable));
    }

    /** A component's own port (services, identity), bypassing the gateway. */
    String direct(String portVariable) {
        return "http://localhost:" + port(portVariable);
    }

    String kafkaBootstrap() {
        return "localhost:" + environment.get("KAFKA_PORT");
    }

    Path logs() {
        return work.resolve("logs");
    }

    Path pidFile(String component) {
        return work.resolve("data").resolve("run").resolve(component + ".pid");
    }

    record Result(int exitCode, String output) {
    }

    Result run(long timeoutSeconds, String... arguments) {
        List<String> command = new java.util.ArrayList<>(List.of("bash", root.resolve("citybridge").toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true);
        builder.environment().putAll(environment);
        builder.environment().remove("CITYBRIDGE_KAFKA");
        builder.environment().remove("CITYBRIDGE_MONGO_URI");
        try {
            Path output = Files.createTempFile(work, "launcher", ".out");
            builder.redirectOutput(output.toFile());
            Process process = builder.start();
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return new Result(-1, Files.readString(output) + "\n[timed out after " + timeoutSeconds + " s]");
            }
            return new Result(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    String token(String user) {
        Result result = run(60, "token", user);
        if (result.exitCode() != 0) {
            throw new IllegalStateException("token for " + user + " failed: " + result.output());
        }
        return result.output().trim();
    }

    /** The last lines of every component's log, for a failure report. */
    String logTails() {
        StringBuilder tails = new StringBuilder();
        try (var files = Files.list(logs())) {
            for (Path log : files.sorted().toList()) {
                List<String> lines = Files.readAllLines(log);
                tails.append("\n==== ").append(log.getFileName()).append(" ====\n");
                lines.subList(Math.max(0, lines.size() - 40), lines.size()).forEach(line -> tails.append(line).append('\n'));
            }
        } catch (IOException e) {
            tails.append("(no logs: ").append(e.getMessage()).append(')');
        }
        return tails.toString();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
