package org.citybridge.systemtests;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * ONE suite started with {@code ./citybridge up} for all system-test classes of the JVM (starting it
 * takes the better part of a minute, and after a build as long again: the first {@code up} trains the class data
 * sharing archives), stopped with {@code ./citybridge down} when they are done.
 * Classes that disturb it (stop a part, kill a service) leave it whole again.
 */
final class LaunchedSuite implements BeforeAllCallback {

    private static Launcher launcher;

    static synchronized Launcher launcher() {
        if (launcher == null) {
            throw new IllegalStateException("Use @ExtendWith(LaunchedSuite.class)");
        }
        return launcher;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        synchronized (LaunchedSuite.class) {
            if (launcher != null || BrowserSuite.existing()) {
                return;
            }
            Launcher started = new Launcher();
            long begin = System.nanoTime();
            Launcher.Result result = started.run(720, "up");
            long seconds = (System.nanoTime() - begin) / 1_000_000_000;
            if (result.exitCode() != 0) {
                String tails = started.logTails();
                started.run(120, "down");
                throw new AssertionError("./citybridge up failed (exit " + result.exitCode() + "):\n" + result.output()
                        + tails);
            }
            Launcher.Result status = started.run(60, "status");
            String report = "./citybridge up to all healthy: " + seconds + " s (jars already built)\n" + status.output();
            Files.createDirectories(Path.of("target"));
            Files.writeString(Path.of("target", "launcher-report.txt"), report);
            launcher = started;
            // Closed by JUnit when the whole run is over, after the last class.
            context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).put(LaunchedSuite.class.getName(),
                    (AutoCloseable) () -> {
                        Launcher.Result down = started.run(120, "down");
                        if (down.exitCode() != 0) {
                            throw new IllegalStateException("./citybridge down failed: " + down.output());
                        }
                    });
        }
    }
}
