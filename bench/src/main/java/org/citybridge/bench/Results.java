package org.citybridge.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * bench/results.md: one dated section per run, appended at the end, so earlier runs stay beside the new
 * one for comparison (before and after a change). Each section says where its figures come from: the
 * machine, the commit, the services' JVM flags, the rate limits.
 */
final class Results {

    private static final String PREAMBLE = """
            # Benchmark results

            Written by `./citybridge bench` (see README.md, "Benchmarks"). Each run appends a section,
            newest last; earlier runs are kept for comparison. A figure is only comparable with figures
            of the same machine; ratios measured in the same run (gateway / direct) are the most robust.

            """;

    private final Path file;

    Results(Path file) {
        this.file = file;
    }

    /** The heading and facts of a run, ahead of its benchmarks' sections. */
    record Run(ZonedDateTime at, long minutes, String note, String command, String machine, String commit,
            String target, String jvmFlags, String rateLimits) {

        String markdown() {
            String title = "## " + at.withZoneSameInstant(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern(
                    "yyyy-MM-dd HH:mm 'UTC'")) + (note.isBlank() ? "" : " · " + note);
            return title + "\n\n"
                    + "- command: `" + command + "` (" + minutes + " min)\n"
                    + "- machine: " + machine + "\n"
                    + "- commit: " + commit + "\n"
                    + "- suite: " + target + "\n"
                    + "- JVM flags of the suite's processes: `" + jvmFlags + "`\n"
                    + "- rate limits: " + rateLimits + "\n\n";
        }
    }

    void append(Run run, List<Section> sections) throws IOException {
        StringBuilder text = new StringBuilder();
        if (!Files.exists(file)) {
            text.append(PREAMBLE);
        }
        text.append(run.markdown());
        sections.forEach(section -> text.append(section.markdown()));
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }
}
