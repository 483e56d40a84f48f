package org.citybridge.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code ./citybridge up} trains a class data sharing archive for each Spring Boot part once per build and
 * starts the part from it (README.md, "Start-up"); an archive the JVM cannot use never stops a start.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ExtendWith(LaunchedSuite.class)
class ClassDataSharingIT {

    private static final List<String> PARTS = List.of("identity", "organisations-service", "actions-service",
            "knowledge-service", "events-service", "gateway");

    private static Launcher launcher;

    @BeforeAll
    static void suite() {
        launcher = LaunchedSuite.launcher();
    }

    @Test
    @Order(1)
    void everySpringBootPartRunsFromItsTrainedArchive() throws Exception {
        for (String part : PARTS) {
            assertThat(Files.size(archive(part))).as("%s's archive", part).isPositive();
            assertThat(commandLine(part)).as("%s's command line", part)
                    .contains("-XX:SharedArchiveFile=" + archive(part))
                    .contains(Repository.root().resolve(part).resolve("target/cds/" + part + ".jar").toString());
        }
    }

    /**
     * The launcher passes an archive only when it is fresh, but the JVM can still refuse one (a damaged
     * file, a JDK updated in place): the part starts without it. The damaged archive is removed at the
     * end, so that the next {@code up} trains a new one.
     */
    @Test
    @Order(2)
    void aDamagedArchiveDoesNotStopAStart() throws Exception {
        Path archive = archive("knowledge-service");
        Path stamp = archive.resolveSibling("stamp");
        run("stop", "knowledge");
        try {
            // A new file, not the old one overwritten: a suite started from this checkout elsewhere may have
            // the archive mapped. Newer than the jar and beside its stamp, it still counts as fresh.
            Files.delete(archive);
            Files.writeString(archive, "not an archive", StandardCharsets.UTF_8);
            run("start", "knowledge");
            assertThat(commandLine("knowledge-service")).contains("-XX:SharedArchiveFile=" + archive);
            assertThat(launcher.run(60, "status").output()).containsPattern("knowledge-service\\s+\\d+\\s+\\d+ MB\\s+UP");
        } finally {
            Files.deleteIfExists(stamp);
            Files.deleteIfExists(archive);
        }
    }

    private static Path archive(String part) {
        return Repository.root().resolve(part).resolve("target/cds/" + part + ".jsa");
    }

    private static String commandLine(String part) throws Exception {
        String pid = Files.readString(launcher.pidFile(part)).trim();
        return Files.readString(Path.of("/proc", pid, "cmdline"), StandardCharsets.UTF_8).replace('\0', ' ');
    }

    private static void run(String... arguments) {
        Launcher.Result result = launcher.run(300, arguments);
        assertThat(result.exitCode()).as("./citybridge %s: %s", String.join(" ", arguments), result.output()).isZero();
    }
}
