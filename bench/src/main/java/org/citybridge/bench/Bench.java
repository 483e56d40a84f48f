package org.citybridge.bench;

import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code ./citybridge bench [NAME...]}: runs the named benchmarks (all when none is named) against a suite
 * and appends their figures, beside the goals, to bench/results.md. See {@link Options#USAGE}.
 */
public final class Bench {

    private Bench() {
    }

    public static void main(String[] arguments) {
        Options options;
        try {
            options = Options.parse(arguments);
        } catch (IllegalArgumentException e) {
            Console.complain("citybridge bench: " + e.getMessage() + "\n" + Options.USAGE);
            System.exit(2);
            return;
        }
        Path root = Path.of(System.getenv().getOrDefault("CITYBRIDGE_ROOT", ".")).toAbsolutePath().normalize();
        List<Benchmark> all = List.of(new StartupBench(), new GatewayBench(), new EventsBench(), new StoreBench(root),
                new RegistrationRushBench(), new SearchBench());
        try {
            if (options.names().equals(List.of("list"))) {
                list(all, root);
            } else {
                System.exit(run(select(all, options.names()), options, root, arguments));
            }
        } catch (IllegalArgumentException | IllegalStateException e) {
            Console.complain("citybridge bench: " + e.getMessage());
            System.exit(1);
        }
    }

    private static List<Benchmark> select(List<Benchmark> all, List<String> names) {
        if (names.isEmpty()) {
            return all;
        }
        List<Benchmark> selected = new ArrayList<>();
        for (Benchmark benchmark : all) {
            if (names.contains(benchmark.name())) {
                selected.add(benchmark);
            }
        }
        for (String name : names) {
            if (all.stream().noneMatch(benchmark -> benchmark.name().equals(name))) {
                throw new IllegalArgumentException("no benchmark '" + name + "' (one of: "
                        + String.join(", ", all.stream().map(Benchmark::name).toList()) + ")");
            }
        }
        return selected;
    }

    /** The benchmarks; for those waiting for routes, whether the suite running on the launcher's ports has them. */
    private static void list(List<Benchmark> all, Path root) {
        Suite running = Suite.running(root);
        Http http = new Http();
        boolean answers = answers(running, http);
        for (Benchmark benchmark : all) {
            String state = "";
            if (!benchmark.waitingFor().isEmpty()) {
                state = answers
                        ? benchmark.missing(running, http).map(reason -> "   [" + reason + "]")
                                .orElse("   [can run: the suite at " + running.gateway() + " has its routes]")
                        : "   [can run once its routes exist (" + benchmark.waitingFor()
                                + "); not checked: no suite answers at " + running.gateway() + "]";
            }
            Console.say(String.format("%-18s %s%s", benchmark.name(), benchmark.measures(), state));
        }
    }

    private static int run(List<Benchmark> selected, Options options, Path root, String[] arguments) {
        ZonedDateTime at = ZonedDateTime.now();
        String machine = Machine.describe();
        Suite suite = null;
        Thread stopOnInterrupt = null;
        List<Section> sections = new ArrayList<>();
        Http http = new Http();
        // Refusals (a target elsewhere, no suite, spare ports taken) end the run before it has any figures.
        if (selected.stream().anyMatch(Benchmark::needsSuite)) {
            if (options.running()) {
                suite = Suite.running(root);
                if (!answers(suite, http)) {
                    throw new IllegalStateException("no suite answers at " + suite.gateway()
                            + " (start one with ./citybridge up, or run without --running)");
                }
            } else {
                int offset = Integer.parseInt(System.getenv().getOrDefault("CITYBRIDGE_BENCH_PORT_OFFSET",
                        "1000"));
                suite = Suite.spare(root, offset, root.resolve("bench/target/suite"));
            }
        }
        try {
            if (suite != null && suite.spare()) {
                Suite started = suite;
                stopOnInterrupt = new Thread(() -> stopQuietly(started), "bench-stop-suite");
                Runtime.getRuntime().addShutdownHook(stopOnInterrupt);
                Console.say("Starting a suite on spare ports (gateway " + suite.gateway() + ")");
                suite.start();
            }
            for (Benchmark benchmark : selected) {
                sections.add(runOne(benchmark, suite, options, http));
            }
        } catch (Exception e) {
            Console.complain("citybridge bench: " + e.getMessage());
            sections.add(new Section("suite").note("the run stopped: " + e.getMessage()));
        } finally {
            if (stopOnInterrupt != null && stillRunning(stopOnInterrupt)) {
                Console.say("Stopping the spare suite");
                stopQuietly(suite);
            }
        }
        try {
            String note = options.quick()
                    ? join("quick run with small counts: checks the harness, measures nothing", options.note())
                    : options.note();
            long minutes = Math.round(java.time.Duration.between(at, ZonedDateTime.now()).toSeconds() / 60.0);
            Results.Run run = new Results.Run(at, minutes, note, commandLine(arguments),
                    machine, Machine.commit(root), suite == null ? "none (the store benchmark starts its own store)"
                            : suite.describe(),
                    suite == null ? System.getenv().getOrDefault("CITYBRIDGE_JAVA_OPTS", "the launcher's default")
                            : suite.jvmFlagsSeen(),
                    suite == null ? "not involved" : suite.rateLimits());
            new Results(root.resolve("bench/results.md")).append(run, sections);
            Console.say("Figures appended to bench/results.md");
        } catch (Exception e) {
            Console.complain("citybridge bench: could not write bench/results.md: " + e);
            return 1;
        }
        return 0;
    }

    private static String join(String first, String second) {
        return second.isBlank() ? first : first + "; " + second;
    }

    /** The command as it was typed, near enough: arguments with spaces quoted. */
    private static String commandLine(String[] arguments) {
        StringBuilder line = new StringBuilder("./citybridge bench");
        for (String argument : arguments) {
            line.append(' ').append(argument.contains(" ") ? "\"" + argument + "\"" : argument);
        }
        return line.toString();
    }

    private static Section runOne(Benchmark benchmark, Suite suite, Options options, Http http) {
        Optional<String> missing = benchmark.needsSuite() ? benchmark.missing(suite, http) : Optional.empty();
        if (missing.isPresent()) {
            Console.say("== " + benchmark.name() + ": skipped, " + missing.get());
            return new Section(benchmark.name()).note("skipped: " + missing.get());
        }
        Console.say("== " + benchmark.name() + ": " + benchmark.measures());
        long started = System.nanoTime();
        Section section;
        try {
            section = benchmark.run(suite, options);
        } catch (Exception e) {
            Console.complain("  failed: " + e);
            section = new Section(benchmark.name()).note("failed: " + e);
        }
        long seconds = (System.nanoTime() - started) / 1_000_000_000;
        section.note("the benchmark took " + seconds + " s");
        Console.say(section.markdown());
        return section;
    }

    /** False when the JVM is shutting down (Ctrl-C): then the hook stops the suite. */
    private static boolean stillRunning(Thread shutdownHook) {
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
            return true;
        } catch (IllegalStateException e) {
            return false;
        }
    }

    private static boolean answers(Suite suite, Http http) {
        try {
            return http.get(suite.gateway(), "actuator/health", null).status() == 200;
        } catch (Exception e) {
            return false;
        }
    }

    private static void stopQuietly(Suite suite) {
        try {
            suite.stop();
        } catch (Exception e) {
            Console.complain("could not stop the spare suite: " + e.getMessage() + "; run ./citybridge down with its"
                    + " variables, or kill the processes in bench/target/suite/data/run");
        }
    }
}
