package org.citybridge.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** What the figures were measured on, for the heading of a run: they mean nothing without it. */
final class Machine {

    private Machine() {
    }

    static String describe() {
        return String.format("%d cores (%s), %s memory, %s %s %s, load average %s at start; harness on %s %s",
                Runtime.getRuntime().availableProcessors(), procValue("/proc/cpuinfo", "model name"),
                memory(), System.getProperty("os.name"), System.getProperty("os.version"),
                System.getProperty("os.arch"), loadAverage(), System.getProperty("java.vm.name"),
                System.getProperty("java.runtime.version"));
    }

    /** The commit checked out, with a mark when the tree has changes not committed. */
    static String commit(Path root) {
        String head = command(root, "git", "log", "-1", "--format=%h %s");
        if (head.isBlank()) {
            return "unknown (not a git checkout)";
        }
        String subject = head.length() > 90 ? head.substring(0, 90) + "…" : head;
        boolean dirty = !command(root, "git", "status", "--porcelain", "--untracked-files=no").isBlank();
        return "`" + subject + "`" + (dirty ? " + changes not committed" : "");
    }

    private static String memory() {
        String kilobytes = procValue("/proc/meminfo", "MemTotal").replace("kB", "").trim();
        try {
            return String.format("%.1f GiB", Long.parseLong(kilobytes) / 1024.0 / 1024.0);
        } catch (NumberFormatException e) {
            return "unknown";
        }
    }

    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static String procValue(String file, String key) {
        try {
            for (String line : Files.readAllLines(Path.of(file))) {
                if (line.startsWith(key)) {
                    return line.substring(line.indexOf(':') + 1).trim();
                }
            }
        } catch (IOException e) {
            // not Linux: the description says unknown
        }
        return "unknown";
    }

    private static String command(Path directory, String... command) {
        try {
            Process process = new ProcessBuilder(List.of(command)).directory(directory.toFile())
                    .redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0 ? output : "";
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }
}
