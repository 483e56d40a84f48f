package org.citybridge.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * The command line of {@code ./citybridge bench}: benchmark names and options. Counts have full-size
 * defaults (what the issues' goals are stated for); {@code --quick} shrinks all of them to check the
 * harness in a minute or two, which measures nothing.
 */
record Options(List<String> names, boolean running, boolean quick, String note, int practices, int registrations) {

    static final String USAGE = """
            usage: ./citybridge bench [NAME...] [options]      (no NAME: all that can run)
                   ./citybridge bench list                     the benchmarks, and which cannot run yet
            options:
              --running          use the suite already running (ports and URLs from the launcher's variables;
                                 also CITYBRIDGE_BENCH_RUNNING=true); default: start one on spare ports
                                 (the launcher's + CITYBRIDGE_BENCH_PORT_OFFSET, 1000) and stop it afterwards
              --quick            small counts and short runs: checks the harness, measures nothing
              --note TEXT        a remark for the run's heading in bench/results.md
              --practices N      practices the search benchmark generates (default 100000)
              --registrations N  registrations of the rush (default 10000; seats: a fifth of them)
            """;

    static Options parse(String[] arguments) {
        List<String> names = new ArrayList<>();
        boolean running = "true".equalsIgnoreCase(System.getenv("CITYBRIDGE_BENCH_RUNNING"));
        boolean quick = false;
        String note = "";
        Integer practices = null;
        Integer registrations = null;
        for (int i = 0; i < arguments.length; i++) {
            String argument = arguments[i];
            switch (argument) {
                case "--running" -> running = true;
                case "--quick" -> quick = true;
                case "--note" -> note = value(arguments, ++i, argument);
                case "--practices" -> practices = positive(value(arguments, ++i, argument), argument);
                case "--registrations" -> registrations = positive(value(arguments, ++i, argument), argument);
                default -> {
                    if (argument.startsWith("-")) {
                        throw new IllegalArgumentException("unknown option " + argument);
                    }
                    names.add(argument);
                }
            }
        }
        return new Options(List.copyOf(names), running, quick, note,
                practices != null ? practices : quick ? 1_000 : 100_000,
                registrations != null ? registrations : quick ? 500 : 10_000);
    }

    /** A full-size figure, or the small one of a quick run. */
    int scaled(int full, int quickValue) {
        return quick ? quickValue : full;
    }

    private static String value(String[] arguments, int index, String option) {
        if (index >= arguments.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return arguments[index];
    }

    private static int positive(String text, String option) {
        try {
            int value = Integer.parseInt(text.replace("_", "").replace(",", ""));
            if (value > 0 && value <= 10_000_000) {
                return value;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new IllegalArgumentException(option + " takes a count from 1 to 10,000,000, not " + text);
    }
}
