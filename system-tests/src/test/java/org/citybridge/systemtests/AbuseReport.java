package org.citybridge.systemtests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * What the abuse suite saw: requests and findings per service, and the findings grouped by cause (a
 * cause is one kind of finding for one variant on one service, with one example), because one
 * platform-level cause shows on every route of every service and a list of thousands helps no one.
 */
final class AbuseReport {

    enum Kind {
        SERVER_ERROR("5xx"), NO_ANSWER("no answer"), NOT_PROBLEM_JSON("error not problem+json"),
        PRIVATE_DATA("another city's private data");

        final String label;

        Kind(String label) {
            this.label = label;
        }
    }

    record Finding(Kind kind, String where, String caller, String variant, String method, String target, int status,
            String excerpt) {

        String cause() {
            return kind.label + " | " + where + " | " + variant + " | " + status;
        }

        String example() {
            String shown = target.length() > 160 ? target.substring(0, 160) + "…" : target;
            return caller + ": " + method + " " + shown + " → " + status + " " + excerpt;
        }
    }

    private final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> unsendable = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<Finding> findings = new ConcurrentLinkedQueue<>();

    void sent(String where) {
        requests.computeIfAbsent(where, key -> new AtomicInteger()).incrementAndGet();
    }

    /** A variant the test's HTTP client refuses to send (an illegal URI or header). */
    void unsendable(String where) {
        unsendable.computeIfAbsent(where, key -> new AtomicInteger()).incrementAndGet();
    }

    void found(Finding finding) {
        findings.add(finding);
    }

    int requests() {
        return requests.values().stream().mapToInt(AtomicInteger::get).sum();
    }

    List<Finding> findings(Kind kind) {
        return findings.stream().filter(finding -> finding.kind() == kind).toList();
    }

    /** One line per cause: how often, and one example with the body's beginning. */
    static String byCause(Collection<Finding> findings) {
        Map<String, List<Finding>> causes = findings.stream()
                .collect(Collectors.groupingBy(Finding::cause, TreeMap::new, Collectors.toList()));
        StringBuilder text = new StringBuilder();
        causes.forEach((cause, same) -> text.append("- ").append(cause).append(" (").append(same.size())
                .append("×), e.g. ").append(same.get(0).example()).append('\n'));
        return text.toString();
    }

    void write(Path file, long seconds, String how) throws IOException {
        StringBuilder text = new StringBuilder("# Abuse suite on the launched suite\n\n").append(how).append("\n\n")
                .append(requests()).append(" requests in ").append(seconds).append(" s.\n\n")
                .append("| sent to | requests | 5xx | no answer | error not problem+json | another city's private data |\n")
                .append("| --- | --- | --- | --- | --- | --- |\n");
        Map<String, Integer> sorted = new TreeMap<>();
        requests.forEach((where, count) -> sorted.put(where, count.get()));
        sorted.forEach((where, count) -> {
            Map<Kind, Long> counts = new LinkedHashMap<>();
            for (Kind kind : Kind.values()) {
                counts.put(kind, findings.stream().filter(f -> f.kind() == kind && f.where().equals(where)).count());
            }
            text.append("| ").append(where).append(" | ").append(count);
            counts.values().forEach(value -> text.append(" | ").append(value));
            text.append(" |\n");
        });
        if (!unsendable.isEmpty()) {
            text.append("\nNot sent, refused by the test's HTTP client: ").append(unsendable).append(".\n");
        }
        text.append("\n## Findings by cause\n\n");
        List<Finding> all = new ArrayList<>(findings);
        text.append(all.isEmpty() ? "None.\n" : byCause(all));
        Files.createDirectories(file.getParent());
        Files.writeString(file, text.toString());
    }
}
