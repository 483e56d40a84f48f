package org.citybridge.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The CityBridge suite the benchmarks run against: either one the harness starts with {@code ./citybridge up}
 * on spare ports (every port shifted by an offset, its own data and log folders, rate limits switched off),
 * or one already running, found through the same environment variables the launcher reads. Either way only
 * on this machine: a benchmark is a load, and it is not sent to anybody else's server.
 */
final class Suite {

    /** A port variable with its default, as the launcher and the services' configuration write it. */
    private static final Pattern PORT_VARIABLE = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*_PORT):-?(\\d+)}");

    private final Path root;
    private final boolean spare;
    private final Map<String, String> environment;
    private final Map<String, String> tokens = new ConcurrentHashMap<>();
    private Duration lastStart;
    private String flagsSeen;

    private Suite(Path root, boolean spare, Map<String, String> environment) {
        this.root = root;
        this.spare = spare;
        this.environment = environment;
    }

    /**
     * Every port variable with its default ({@code GATEWAY_PORT} 8080, ...), read from the launcher and the
     * modules' configuration files, so that a port a later change adds (a mail sink's) moves with the others.
     */
    static Map<String, Integer> ports(Path root) {
        Map<String, Integer> ports = new LinkedHashMap<>();
        try (Stream<Path> files = Stream.concat(Stream.of(root.resolve("citybridge")), Files.find(root, 5,
                (path, attributes) -> path.toString().contains("/src/main/resources/")
                        && path.getFileName().toString().matches(".*\\.(yml|yaml|properties)")))) {
            for (Path file : files.toList()) {
                Matcher matcher = PORT_VARIABLE.matcher(Files.readString(file));
                while (matcher.find()) {
                    ports.putIfAbsent(matcher.group(1), Integer.parseInt(matcher.group(2)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the launcher's ports under " + root, e);
        }
        if (!ports.containsKey("GATEWAY_PORT")) {
            throw new IllegalStateException("no GATEWAY_PORT in " + root.resolve("citybridge")
                    + ": not a CityBridge tree");
        }
        return ports;
    }

    /** The suite already running on the ports (and addresses) the environment names, as ./citybridge finds it. */
    static Suite running(Path root) {
        Map<String, String> environment = new LinkedHashMap<>();
        ports(root).forEach((name, port) -> environment.put(name, System.getenv().getOrDefault(name,
                port.toString())));
        environment.put("CITYBRIDGE_DATA", System.getenv().getOrDefault("CITYBRIDGE_DATA",
                root.resolve("data").toString()));
        Suite suite = new Suite(root, false, environment);
        for (String variable : List.of("CITYBRIDGE_URL", "ORGANISATIONS_URL", "KNOWLEDGE_URL", "EVENTS_URL")) {
            String url = System.getenv(variable);
            if (url != null && !url.isBlank()) {
                environment.put(variable, url);
            }
        }
        for (URI uri : List.of(suite.gateway(), suite.organisations(), suite.knowledge(), suite.events())) {
            requireLoopback(uri);
        }
        return suite;
    }

    /**
     * A suite to be started on the launcher's ports plus {@code offset}, in {@code work}/data and
     * {@code work}/logs. Refuses when one of those ports is taken: something else runs there.
     */
    static Suite spare(Path root, int offset, Path work) {
        Map<String, String> environment = new LinkedHashMap<>();
        List<String> taken = new ArrayList<>();
        ports(root).forEach((name, port) -> {
            int base = Integer.parseInt(System.getenv().getOrDefault(name, port.toString()));
            int shifted = base + offset;
            if (!free(shifted)) {
                taken.add(name + "=" + shifted);
            }
            environment.put(name, String.valueOf(shifted));
        });
        if (!taken.isEmpty()) {
            throw new IllegalStateException("spare ports in use: " + String.join(", ", taken)
                    + " (another benchmark running? choose another CITYBRIDGE_BENCH_PORT_OFFSET)");
        }
        String gateway = "http://localhost:" + environment.get("GATEWAY_PORT");
        environment.put("CITYBRIDGE_URL", gateway);
        environment.put("CITYBRIDGE_ISSUER", gateway);
        environment.put("IDENTITY_URL", "http://localhost:" + environment.get("IDENTITY_PORT"));
        environment.put("ORGANISATIONS_URL", "http://localhost:" + environment.get("ORGANISATIONS_PORT"));
        environment.put("ACTIONS_URL", "http://localhost:" + environment.get("ACTIONS_PORT"));
        environment.put("KNOWLEDGE_URL", "http://localhost:" + environment.get("KNOWLEDGE_PORT"));
        environment.put("EVENTS_URL", "http://localhost:" + environment.get("EVENTS_PORT"));
        environment.put("CITYBRIDGE_DATA", work.resolve("data").toString());
        environment.put("CITYBRIDGE_LOGS", work.resolve("logs").toString());
        // ./citybridge bench has built the jars already.
        environment.put("CITYBRIDGE_SKIP_BUILD", "true");
        // One token makes thousands of requests a second, and the registration rush comes from one
        // address: the gateway's per-client limits would answer 429 to nearly all of it.
        environment.put("CITYBRIDGE_GATEWAY_RATELIMITS_ENABLED", "false");
        return new Suite(root, true, environment);
    }

    boolean spare() {
        return spare;
    }

    URI gateway() {
        return url("CITYBRIDGE_URL", "GATEWAY_PORT");
    }

    URI organisations() {
        return url("ORGANISATIONS_URL", "ORGANISATIONS_PORT");
    }

    URI knowledge() {
        return url("KNOWLEDGE_URL", "KNOWLEDGE_PORT");
    }

    URI events() {
        return url("EVENTS_URL", "EVENTS_PORT");
    }

    private URI url(String variable, String port) {
        String url = environment.getOrDefault(variable, "http://localhost:" + environment.get(port));
        return URI.create(url.endsWith("/") ? url : url + "/");
    }

    /** How long the last {@link #start()} took from launch to all healthy (the launcher's "All healthy" line). */
    Duration lastStart() {
        return lastStart;
    }

    String describe() {
        return spare
                ? "started by the harness with `./citybridge up` on spare ports (gateway " + gateway()
                        + "), data and logs in " + environment.get("CITYBRIDGE_LOGS").replace("/logs", "")
                : "already running (gateway " + gateway() + ")";
    }

    String rateLimits() {
        return spare
                ? "switched off for the run (CITYBRIDGE_GATEWAY_RATELIMITS_ENABLED=false)"
                : "as the running suite is configured: if they are on, 429 answers show as failures";
    }

    /** Starts the spare suite from empty data folders and waits until all is healthy. */
    void start() throws IOException, InterruptedException {
        Path data = Path.of(environment.get("CITYBRIDGE_DATA"));
        deleteTree(data);
        deleteTree(Path.of(environment.get("CITYBRIDGE_LOGS")));
        restart();
    }

    /** Starts the spare suite on the data it has (a restart after {@link #stop()}). */
    void restart() throws IOException, InterruptedException {
        long begin = System.nanoTime();
        long[] healthyAt = {0};
        boolean[] banner = {false};
        int exit = launcher(Duration.ofMinutes(8), line -> {
            // The launcher's closing banner (addresses, demo users) says nothing about the benchmark.
            banner[0] |= line.equals("CityBridge runs.");
            if (!banner[0] && !line.isBlank()) {
                Console.say("  | " + line);
            }
            if (line.startsWith("All healthy")) {
                healthyAt[0] = System.nanoTime();
            }
        }, "up");
        if (exit != 0 || healthyAt[0] == 0) {
            throw new IllegalStateException("./citybridge up failed (exit " + exit + "); see the logs in "
                    + environment.get("CITYBRIDGE_LOGS"));
        }
        lastStart = Duration.ofNanos(healthyAt[0] - begin);
        flagsSeen = jvmFlags();
    }

    void stop() throws IOException, InterruptedException {
        launcher(Duration.ofMinutes(3), line -> Console.say("  | " + line), "down");
    }

    /** The output of {@code ./citybridge status}: each part's health and RSS, and their total. */
    String status() throws IOException, InterruptedException {
        StringBuilder output = new StringBuilder();
        launcher(Duration.ofMinutes(1), line -> output.append(line).append('\n'), "status");
        return output.toString();
    }

    /** An access token for a demo user, obtained as {@code ./citybridge token USER} does; kept for the run. */
    String token(String user) {
        return tokens.computeIfAbsent(user, name -> {
            try {
                StringBuilder output = new StringBuilder();
                int exit = run(List.of("bash", root.resolve("scripts/token.sh").toString(), name, "demo"),
                        Duration.ofMinutes(1), line -> output.append(line).append('\n'));
                if (exit != 0) {
                    throw new IllegalStateException("no token for " + name + ": " + output.toString().trim());
                }
                return output.toString().trim();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        });
    }

    /** The services' JVM flags as seen while the suite ran (after it is stopped, they can no longer be read). */
    String jvmFlagsSeen() {
        return flagsSeen != null ? flagsSeen : jvmFlags();
    }

    /** The JVM flags the gateway runs with, read from its command line (the launcher gives all parts the same). */
    private String jvmFlags() {
        Path pidFile = Path.of(environment.get("CITYBRIDGE_DATA"), "run", "gateway.pid");
        try {
            String pid = Files.readString(pidFile).trim();
            String[] arguments = new String(Files.readAllBytes(Path.of("/proc", pid, "cmdline")),
                    StandardCharsets.UTF_8).split("\0");
            List<String> flags = new ArrayList<>();
            boolean sharing = false;
            for (int i = 1; i < arguments.length && !arguments[i].equals("-jar"); i++) {
                // Each part has its own archive: the gateway's path would read as if every part used it.
                if (arguments[i].startsWith("-XX:SharedArchiveFile=")) {
                    sharing = true;
                } else if (!arguments[i].startsWith("-Xlog:cds")) {
                    flags.add(arguments[i]);
                }
            }
            return String.join(" ", flags) + (sharing ? " -XX:SharedArchiveFile=<each part's own>.jsa" : "");
        } catch (IOException | RuntimeException e) {
            return "unknown (no gateway process found through " + pidFile + "); the launcher's: "
                    + System.getenv().getOrDefault("CITYBRIDGE_JAVA_OPTS", "its default");
        }
    }

    private int launcher(Duration timeout, java.util.function.Consumer<String> lines, String... arguments)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("bash", root.resolve("citybridge").toString()));
        command.addAll(List.of(arguments));
        return run(command, timeout, lines);
    }

    private int run(List<String> command, Duration timeout, java.util.function.Consumer<String> lines)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true);
        builder.environment().putAll(environment);
        if (spare) {
            // Devstack on the spare ports, not an external Kafka or MongoDB named in this shell.
            builder.environment().remove("CITYBRIDGE_KAFKA");
            builder.environment().remove("CITYBRIDGE_MONGO_URI");
        } else {
            builder.environment().put("CITYBRIDGE_URL", gateway().toString().replaceAll("/$", ""));
        }
        Process process = builder.start();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                lines.accept(line);
            }
        }
        if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException(String.join(" ", command) + " did not finish in " + timeout);
        }
        return process.exitValue();
    }

    private static void requireLoopback(URI uri) {
        try {
            if (!InetAddress.getByName(uri.getHost()).isLoopbackAddress()) {
                throw new IllegalArgumentException("refusing to load " + uri + ": benchmarks run on this machine only");
            }
        } catch (java.net.UnknownHostException e) {
            throw new IllegalArgumentException("unknown host in " + uri, e);
        }
    }

    private static boolean free(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Removes a folder and all in it; nothing when it does not exist. */
    static void deleteTree(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(path)) {
            for (Path each : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(each);
            }
        }
    }
}
