package org.citybridge.bench;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Start to all healthy with {@code ./citybridge up} (the jars built), from empty data folders and again
 * with the data of the first start, then the whole suite's resident memory once it is idle, as
 * {@code ./citybridge status} adds it up. Runs first, so that no other benchmark's load inflates the RSS.
 */
final class StartupBench implements Benchmark {

    private static final Pattern TOTAL = Pattern.compile("^total\\s+(\\d+) MB", Pattern.MULTILINE);
    private static final double GOAL_SECONDS = 20;
    private static final double GOAL_MIB = 2048;

    @Override
    public String name() {
        return "startup";
    }

    @Override
    public String measures() {
        return "./citybridge up to all healthy (empty data, then again with data) and the suite's RSS when idle";
    }

    @Override
    public Section run(Suite suite, Options options) throws Exception {
        Section section = new Section(name());
        if (suite.spare()) {
            Duration fresh = suite.lastStart();
            Console.say("  stopping the suite to start it again on its data");
            suite.stop();
            suite.restart();
            Duration again = suite.lastStart();
            section.figure("start to all healthy, empty data folders", seconds(fresh), "≤ 20 s",
                            fresh.toMillis() / 1000.0 <= GOAL_SECONDS)
                    .figure("start to all healthy, again with data", seconds(again), "≤ 20 s",
                            again.toMillis() / 1000.0 <= GOAL_SECONDS);
        } else {
            section.note("start-up not measured: the suite was already running (--running)");
        }
        Duration settle = Duration.ofSeconds(options.scaled(20, 5));
        Console.say("  letting the suite settle for " + settle.toSeconds() + " s before reading its memory");
        Thread.sleep(settle.toMillis());
        String status = suite.status();
        Matcher total = TOTAL.matcher(status);
        if (!total.find()) {
            throw new IllegalStateException("no total in ./citybridge status:\n" + status);
        }
        double mebibytes = Double.parseDouble(total.group(1));
        section.figure("suite RSS, idle", String.format("%,.0f MiB (%.2f GiB)", mebibytes, mebibytes / 1024),
                "≤ 2.0 GiB", mebibytes <= GOAL_MIB);
        section.note("start: from launching `./citybridge up` to its line \"All healthy\" (kafka, mongo, identity,"
                + " four services, gateway), before its demo data check; RSS " + settle.toSeconds()
                + " s later, from `./citybridge status`:");
        section.block(status);
        return section;
    }

    private static String seconds(Duration duration) {
        return String.format("%.1f s", duration.toMillis() / 1000.0);
    }
}
